package dev.httpstatus.server;

import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.util.AsciiString;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Response headers a client asks for: request headers {@code X-HttpStatus-Response-<Name>: value}
 * come back as {@code <Name>: value}, and {@code /response-headers?Name=value} sets them from the
 * query. Names must be tokens and values plain visible text, so nothing can split the response;
 * headers that would break message framing or redirect elsewhere are refused.
 *
 * <pre>{@code X-HttpStatus-Response-Cache-Control: max-age=60   →   Cache-Control: max-age=60}</pre>
 */
final class HeaderEcho {

    static final String PREFIX = "x-httpstatus-response-";

    /** Framing and connection headers the server owns, and Location (only ?location=, relative). */
    private static final Set<String> REFUSED = Set.of("content-length", "transfer-encoding", "connection",
            "keep-alive", "upgrade", "trailer", "te", "proxy-connection", "location", "content-range");

    private static final int MAX_VALUE = 4096;

    private HeaderEcho() {}

    /** Copies every {@code X-HttpStatus-Response-*} request header into {@code out}. */
    static void fromRequest(HttpHeaders request, HttpHeaders out) {
        HttpHeaders echoed = null;
        // Walks the names as received, so the common request without echo headers copies nothing.
        Iterator<Map.Entry<CharSequence, CharSequence>> it = request.iteratorCharSequence();
        while (it.hasNext()) {
            Map.Entry<CharSequence, CharSequence> e = it.next();
            CharSequence name = e.getKey();
            if (name.length() > PREFIX.length() && AsciiString.regionMatches(name, true, 0, PREFIX, 0, PREFIX.length())) {
                if (echoed == null) {
                    echoed = new DefaultHttpHeaders();
                }
                String full = name.toString();
                add(full, full.substring(PREFIX.length()), e.getValue().toString(), echoed);
            }
        }
        if (echoed != null) {
            // What the client asks for replaces the server's default for that header.
            for (String name : echoed.names()) {
                out.set(name, echoed.getAll(name));
            }
        }
    }

    /**
     * Adds {@code name: value} after checking both; {@code source} names where it came from in
     * an error (the request header or query parameter).
     */
    static void add(String source, String name, String value, HttpHeaders out) {
        if (!Text.isToken(name)) {
            throw ProblemException.badParameter(source, name, "not a valid header field name");
        }
        if (REFUSED.contains(name.toLowerCase(Locale.ROOT))) {
            throw ProblemException.badParameter(source, value,
                    "the server sets " + name + " itself; it cannot be chosen by the client");
        }
        if (value.length() > MAX_VALUE || !Text.isFieldText(value)) {
            throw ProblemException.badParameter(source, value,
                    "a header value must be at most " + MAX_VALUE
                            + " characters of visible ASCII, spaces and tabs, without leading or trailing space");
        }
        out.add(name, value);
    }
}
