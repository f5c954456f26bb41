package dev.httpstatus.server;

import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.util.List;
import java.util.Map;

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
    private MediaKind accepts;

    private Request(String method, String path, Map<String, List<String>> query, HttpHeaders headers) {
        this.method = method;
        this.path = path;
        this.query = query;
        this.headers = headers;
    }

    /** Decodes the target; a malformed percent-escape is a 400 naming the target. */
    static Request of(String method, String uri, HttpHeaders headers) {
        if (uri.regionMatches(true, 0, "http://", 0, 7) || uri.regionMatches(true, 0, "https://", 0, 8)) {
            // absolute-form (RFC 9112 §3.2.2): what matters here is the path and query
            int slash = uri.indexOf('/', uri.indexOf("//") + 2);
            uri = slash < 0 ? "/" : uri.substring(slash);
        }
        try {
            QueryStringDecoder d = new QueryStringDecoder(uri);
            return new Request(method, d.path(), d.parameters(), headers);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badParameter("request-target", uri, "malformed percent-encoding");
        }
    }

    String method() {
        return method;
    }

    boolean isHead() {
        return method.equals("HEAD");
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

    MediaKind accepts() {
        if (accepts == null) {
            accepts = Negotiation.choose(headers.get("Accept"));
        }
        return accepts;
    }
}
