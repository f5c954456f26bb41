package dev.httpstatus.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.httpstatus.Advice;
import dev.httpstatus.Advisor;
import dev.httpstatus.AdvisorStep;
import dev.httpstatus.Duty;
import dev.httpstatus.Question;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The JSON form of the advisor's answer: one schema for {@code httpstatus advise --json} and the
 * server's {@code /api/advise}. An array, best first, of
 * {@code {code, phrase, why, reference: {spec, section, url}, duties: [duty …]}}, each duty as
 * {@link StatusJson#writeDuty}.
 *
 * <pre>{@code
 * AdviceJson.toJson(Advisor.advise("the user is not logged in"));
 * // [{"code":401,"phrase":"Unauthorized","why":"The client is not authenticated …", …}, …]
 * }</pre>
 */
public final class AdviceJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private AdviceJson() {}

    /** The advice as a compact JSON array. */
    public static String toJson(List<Advice> advice) {
        StringWriter out = new StringWriter(4096);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            writeArray(g, advice);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /** Writes the advice as a JSON array at the generator's current position. */
    public static void writeArray(JsonGenerator g, List<Advice> advice) throws IOException {
        g.writeStartArray();
        for (Advice a : advice) {
            write(g, a);
        }
        g.writeEndArray();
    }

    /**
     * The advisor's decision tree as one document, for a client that walks it itself:
     * {@code {"first": id, "questions": {id: {"text", "answers": [{"label", "next": id} or
     * {"label", "advice": advice}]}}}}.
     */
    public static String treeJson() {
        StringWriter out = new StringWriter(16_384);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            Question first = Advisor.firstQuestion();
            g.writeStartObject();
            g.writeStringField("first", first.id());
            g.writeObjectFieldStart("questions");
            Set<String> written = new HashSet<>();
            Deque<Question> todo = new ArrayDeque<>(List.of(first));
            while (!todo.isEmpty()) {
                Question q = todo.pop();
                if (!written.add(q.id())) {
                    continue;
                }
                g.writeObjectFieldStart(q.id());
                g.writeStringField("text", q.text());
                g.writeArrayFieldStart("answers");
                for (Question.Answer a : q.answers()) {
                    g.writeStartObject();
                    g.writeStringField("label", a.label());
                    AdvisorStep next = a.next();
                    if (next instanceof Question n) {
                        g.writeStringField("next", n.id());
                        todo.add(n);
                    } else {
                        g.writeFieldName("advice");
                        write(g, (Advice) next);
                    }
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /** Writes one piece of advice as a JSON object. */
    public static void write(JsonGenerator g, Advice a) throws IOException {
        g.writeStartObject();
        g.writeNumberField("code", a.code().code());
        g.writeStringField("phrase", a.code().reasonPhrase());
        g.writeStringField("why", a.why());
        g.writeBooleanField("weak", a.weak());
        g.writeFieldName("reference");
        StatusJson.writeReference(g, a.reference());
        g.writeArrayFieldStart("duties");
        for (Duty d : a.duties()) {
            StatusJson.writeDuty(g, d);
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
