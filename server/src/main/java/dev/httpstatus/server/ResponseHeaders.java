package dev.httpstatus.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * httpbin's {@code /response-headers}: every query parameter becomes a response header, and the
 * JSON body lists them as httpbin does: a string for a name given once, an array for one given
 * several times. Names and values are checked like echoed headers ({@link HeaderEcho}).
 *
 * <pre>{@code GET /response-headers?Cache-Control=max-age%3D60   →   200, Cache-Control: max-age=60}</pre>
 */
final class ResponseHeaders {

    private static final JsonFactory JSON = new JsonFactory();

    private ResponseHeaders() {}

    static Reply respond(Request req) {
        Reply r = new Reply(200);
        r.head = req.isHead();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            for (Map.Entry<String, List<String>> e : req.query().entrySet()) {
                if (e.getKey().equalsIgnoreCase("Content-Security-Policy")) {
                    throw ProblemException.badParameter(e.getKey(), e.getValue().get(0),
                            "from a link this would lift the script protection of every echoed body; send it as the "
                                    + "request header X-HttpStatus-Response-Content-Security-Policy instead");
                }
                List<String> values = e.getValue();
                for (String v : values) {
                    HeaderEcho.add(e.getKey(), e.getKey(), v, r.headers);
                }
                if (values.size() == 1) {
                    g.writeStringField(e.getKey(), values.get(0));
                } else {
                    g.writeArrayFieldStart(e.getKey());
                    for (String v : values) {
                        g.writeString(v);
                    }
                    g.writeEndArray();
                }
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // memory output does not fail
        }
        String type = r.headers.get("Content-Type");
        r.body(type != null ? type : Bodies.JSON, out.toByteArray());
        return r;
    }
}
