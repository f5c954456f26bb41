package dev.httpstatus.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.httpstatus.StatusCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * RFC 9457 problem details as {@code application/problem+json}: type, title, status, detail, and
 * for a rejected input the parameter and value at fault.
 *
 * <pre>{@code byte[] json = Problem.json(StatusCode.NOT_FOUND, "no route for /x", null, null);}</pre>
 *
 * <p>The type is {@code about:blank}: the status code itself says what kind of problem it is, and
 * the title is then the code's registered phrase, as RFC 9457 §4.2.1 asks.
 */
final class Problem {

    static final String MEDIA_TYPE = "application/problem+json";
    private static final JsonFactory JSON = new JsonFactory();

    private Problem() {}

    static byte[] json(StatusCode code, String detail, String parameter, String value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("type", "about:blank");
            g.writeStringField("title", code.reasonPhrase());
            g.writeNumberField("status", code.code());
            g.writeStringField("detail", detail);
            if (parameter != null) {
                g.writeStringField("parameter", parameter);
                g.writeStringField("value", value);
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // memory output does not fail
        }
        return out.toByteArray();
    }
}
