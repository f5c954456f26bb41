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

    /**
     * Framing and connection headers the server owns, and Location (only ?location=, relative).
     * Of the other fields a client can have echoed, only Refresh can send a browser elsewhere: it is
     * held to the same same-server rule as ?location= ({@link #refresh}). Link, Content-Location and
     * Set-Cookie cannot navigate (and browsers scope cookies to this origin); Content-Security-Policy
     * is refused from the query (see {@link ResponseHeaders}).
     */
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
        if (name.equalsIgnoreCase("Refresh")) {
            refresh(source, value);
        }
        if (value.length() > MAX_VALUE || !Text.isFieldText(value)) {
            throw ProblemException.badParameter(source, value,
                    "a header value must be at most " + MAX_VALUE
                            + " characters of visible ASCII, spaces and tabs, without leading or trailing space");
        }
        out.add(name, value);
    }

    /**
     * {@code Refresh: 5} or {@code Refresh: 0; url=/path}: the URL, when there is one, must be a
     * path on this server, as for Location, or the echo would be an open redirect.
     */
    private static void refresh(String source, String value) {
        String v = value.trim();
        int i = 0;
        while (i < v.length() && (Character.isDigit(v.charAt(i)) || v.charAt(i) == '.')) {
            i++;
        }
        if (i == 0) {
            throw ProblemException.badParameter(source, value, "Refresh starts with a number of seconds");
        }
        String rest = v.substring(i).trim();
        if (rest.isEmpty()) {
            return;
        }
        if (rest.charAt(0) != ';' && rest.charAt(0) != ',') {
            throw ProblemException.badParameter(source, value, "expected seconds, then ; url=/path");
        }
        rest = rest.substring(1).trim();
        if (rest.regionMatches(true, 0, "url", 0, 3)) {
            String after = rest.substring(3).trim();
            if (after.startsWith("=")) {
                rest = after.substring(1).trim();
            }
        }
        if (rest.length() >= 2 && (rest.charAt(0) == '\'' || rest.charAt(0) == '"')
                && rest.charAt(rest.length() - 1) == rest.charAt(0)) {
            rest = rest.substring(1, rest.length() - 1);
        }
        if (!StatusResponder.isSameServerPath(rest)) {
            throw ProblemException.badParameter(source, value,
                    "a Refresh URL must be a path on this server starting with a single '/' (no open redirect)");
        }
    }
}
