package dev.httpstatus.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.httpstatus.StatusClass;
import dev.httpstatus.StatusCode;
import dev.httpstatus.StatusCodes;
import dev.httpstatus.json.StatusJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code /api/codes} (every code the catalog knows, optionally {@code ?class=4xx}) and
 * {@code /api/codes/{code}}: cards in the {@link StatusJson} schema, the same as the CLI's
 * {@code --json}. The list bodies are built once.
 *
 * <pre>{@code GET /api/codes?class=5xx   →   [{"code":500,"phrase":"Internal Server Error",…},…]}</pre>
 */
final class CatalogApi {

    static final Set<String> PARAMS = Set.of("class");
    private static final JsonFactory JSON = new JsonFactory();
    private static final byte[] ALL = array(StatusCodes.known());
    private static final Map<StatusClass, byte[]> BY_CLASS = byClass();

    private CatalogApi() {}

    static Reply list(Request req) {
        Params p = Params.of(req.query(), PARAMS);
        String c = p.get("class");
        byte[] body = c == null ? ALL : BY_CLASS.get(statusClass(c));
        return ok(req, body);
    }

    static Reply one(Request req, String text) {
        Params.of(req.query(), Set.of());
        StatusCode code = StatusSpec.single(text);
        if (!code.isKnown()) {
            throw ProblemException.of(404, code.code() + " is a valid status code but nobody has given it a "
                    + "meaning: it is neither in the IANA registry nor in known vendor use");
        }
        return ok(req, StatusJson.toJson(code).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Accepts "4xx", "4", or a class name such as "client_error"; "6xx" to "9xx" (or 6-9) name the undefined range. */
    static StatusClass statusClass(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.matches("[6-9](xx)?")) {
            return StatusClass.UNDEFINED;
        }
        for (StatusClass c : StatusClass.values()) {
            if (t.equals(c.label().toLowerCase(Locale.ROOT)) || t.equals(c.name().toLowerCase(Locale.ROOT))
                    || c != StatusClass.UNDEFINED && t.equals(c.label().substring(0, 1))) {
                return c;
            }
        }
        throw ProblemException.badParameter("class", text,
                "expected a class: 1xx, 2xx, 3xx, 4xx, 5xx or 6xx-9xx");
    }

    private static Reply ok(Request req, byte[] body) {
        Reply r = new Reply(200);
        r.head = req.isHead();
        r.headers.set("Cache-Control", "no-cache");
        return r.body(Bodies.JSON, body);
    }

    private static Map<StatusClass, byte[]> byClass() {
        Map<StatusClass, byte[]> m = new EnumMap<>(StatusClass.class);
        for (StatusClass c : StatusClass.values()) {
            m.put(c, array(StatusCodes.known().stream().filter(s -> s.statusClass() == c).toList()));
        }
        return m;
    }

    private static byte[] array(List<StatusCode> codes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(codes.size() * 1500);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            StatusJson.writeArray(g, codes);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // memory output does not fail
        }
        return out.toByteArray();
    }
}
