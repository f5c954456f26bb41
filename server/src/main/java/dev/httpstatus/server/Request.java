package dev.httpstatus.server;

import dev.httpstatus.Method;
import dev.httpstatus.Observation;
import dev.httpstatus.Truth;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What the endpoints need of a request: method, decoded path and query, headers, and the body
 * format the client prefers (worked out once, on first use).
 *
 * <pre>{@code Request r = Request.of("GET", "/status/404?delay=5", headers);  r.path()  // "/status/404"}</pre>
 */
final class Request {

    private final String method;
    private final String path;
    private final Map<String, List<String>> query;
    private final HttpHeaders headers;
    private final Wire wire;
    private MediaKind accepts;
    private boolean switched;

    private Request(String method, String path, Map<String, List<String>> query, HttpHeaders headers, Wire wire) {
        this.method = method;
        this.path = path;
        this.query = query;
        this.headers = headers;
        this.wire = wire;
    }

    /** An HTTP/1.1 request; see {@link #of(String, String, HttpHeaders, Wire)}. */
    static Request of(String method, String uri, HttpHeaders headers) {
        return of(method, uri, headers, Wire.HTTP_1_1);
    }

    /** Decodes the target; a malformed percent-escape is a 400 naming the target. */
    static Request of(String method, String uri, HttpHeaders headers, Wire wire) {
        if (uri.regionMatches(true, 0, "http://", 0, 7) || uri.regionMatches(true, 0, "https://", 0, 8)) {
            // absolute-form (RFC 9112 §3.2.2): what matters here is the path and query
            int slash = uri.indexOf('/', uri.indexOf("//") + 2);
            uri = slash < 0 ? "/" : uri.substring(slash);
        }
        try {
            // ';' is an ordinary character of a value (Refresh=0;url=/x), as RFC 3986 and browsers have it.
            QueryStringDecoder d = new QueryStringDecoder(uri, StandardCharsets.UTF_8, true, 1024, true);
            return new Request(method, d.path(), d.parameters(), headers, wire);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badParameter("request-target", uri, "malformed percent-encoding");
        }
    }

    String method() {
        return method;
    }

    boolean isHead() {
        return method.equals(Method.HEAD.token());
    }

    String path() {
        return path;
    }

    Map<String, List<String>> query() {
        return query;
    }

    HttpHeaders headers() {
        return headers;
    }

    Wire wire() {
        return wire;
    }

    /** Notes that this request switched its connection to HTTP/2 (an h2c upgrade): its 101 is sent. */
    void markSwitched() {
        switched = true;
    }

    boolean switched() {
        return switched;
    }

    /**
     * The request as the catalog's conditions see it: its method, its fields and HTTP version; nothing
     * of the response yet, and a 200 that would carry exactly {@code okFields}.
     */
    Observation observation(Set<String> okFields) {
        Request req = this;
        return new Observation() {
            @Override
            public Optional<Method> method() {
                return Method.parse(req.method);
            }

            @Override
            public Optional<List<String>> requestValues(String field) {
                return Optional.of(req.headers.getAll(field));
            }

            @Override
            public Optional<List<String>> responseValues(String field) {
                return Optional.empty();
            }

            @Override
            public OptionalInt httpMajorVersion() {
                return OptionalInt.of(req.wire.major());
            }

            @Override
            public Truth hasContent() {
                return Truth.UNKNOWN;
            }

            @Override
            public Truth okWouldCarry(String field) {
                for (String f : okFields) {
                    if (f.equalsIgnoreCase(field)) {
                        return Truth.TRUE;
                    }
                }
                return Truth.FALSE;
            }
        };
    }

    MediaKind accepts() {
        if (accepts == null) {
            accepts = Negotiation.choose(headers.get("Accept"));
        }
        return accepts;
    }
}
