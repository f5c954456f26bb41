package dev.httpstatus.check.rules;

import static dev.httpstatus.check.model.Severity.ERROR;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.httpstatus.Method;
import dev.httpstatus.Reference;
import dev.httpstatus.check.model.Exchange;
import dev.httpstatus.check.model.Fact;
import dev.httpstatus.check.model.Rule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Rules for RFC 9457 problem details: the body must be a JSON object, and its status must agree. */
final class ProblemRules {

    private ProblemRules() {}

    private static final JsonFactory JSON = new JsonFactory();
    private static final String PROBLEM = "application/problem+json";

    static List<Rule> rules() {
        return List.of(
            Rule.of("problem-json-invalid", ERROR, Reference.rfc(9457, "3"),
                "application/problem+json body is not a JSON object",
                "Serialise the problem details as one JSON object.",
                (x, out) -> {
                    if (checkable(x)) {
                        String err = read(x.body().orElseThrow()).error;
                        if (err != null) {
                            out.report(err);
                        }
                    }
                }).needing(Fact.RESPONSE_FIELDS, Fact.CONTENT),
            Rule.of("problem-json-status-mismatch", ERROR, Reference.rfc(9457, "3.1.2"),
                "problem details \"status\" differs from the response status",
                "Set \"status\" to the code actually sent, or leave it out.",
                (x, out) -> {
                    if (checkable(x)) {
                        Problem p = read(x.body().orElseThrow());
                        if (p.error == null && p.status != null && !p.status.equals(Integer.toString(x.status()))) {
                            out.report("\"status\": " + p.status + " in a " + x.status() + " response");
                        }
                    }
                }).needing(Fact.RESPONSE_FIELDS, Fact.CONTENT)
        );
    }

    /** Only a whole body can be judged; a prefix would look truncated. */
    private static boolean checkable(Exchange x) {
        return x.isBodyComplete() && Facts.isMediaType(x, PROBLEM) && !x.isMethod(Method.HEAD);
    }

    /** What reading a problem body found: an error, or the raw text of its top-level "status" member. */
    private record Problem(String error, String status) {}

    private static Problem read(String body) {
        try (JsonParser p = JSON.createParser(body)) {
            JsonToken t = p.nextToken();
            if (t != JsonToken.START_OBJECT) {
                return new Problem(t == null ? "empty body" : "starts with " + describe(t) + ", not an object", null);
            }
            String status = null;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                if ("status".equals(name)) {
                    status = v == JsonToken.VALUE_NUMBER_INT || v == JsonToken.VALUE_NUMBER_FLOAT || v == JsonToken.VALUE_STRING
                            ? p.getText() : describe(v);
                }
                p.skipChildren();
            }
            if (p.nextToken() != null) {
                return new Problem("text after the JSON object at character " + p.currentLocation().getCharOffset(), null);
            }
            return new Problem(null, status);
        } catch (JsonProcessingException e) {
            return new Problem("invalid JSON at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a String cannot fail otherwise
        }
    }

    private static String describe(JsonToken t) {
        return switch (t) {
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.toString();
        };
    }
}
