package dev.httpstatus.check.ci;

import dev.httpstatus.check.model.Exchange;
import dev.httpstatus.check.model.Finding;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * How a finding of the traffic checker is located across captures: by method, path and status, not
 * by file, entry or line, so that a fresh capture of the same traffic gives the same keys.
 *
 * <p>The location key is {@code METHOD PATH[?NAMES] STATUS}: the path as recorded, without scheme,
 * host, query values or fragment; path segments that are identifiers rather than names (all digits,
 * a UUID, or 16 or more hex digits) become {@code {id}}, since a new capture creates new ones; the
 * query keeps only its parameter names, sorted and each once. Unknown parts are "-". The host is
 * left out: the same service under test on another host is the same finding.
 *
 * <pre>{@code
 * TrafficKeys.locationKey("DELETE", "https://api.example/items/42?force=1&a=2#x", 405);
 *                                       // "DELETE /items/{id}?a&force 405"
 * TrafficKeys.host("https://User@API.example:8443/x");   // "api.example"
 * TrafficKeys.path("https://api.example/a%20b?q=1");     // "/a%20b"
 * Occurrence o = TrafficKeys.occurrence(finding, exchange);
 * }</pre>
 */
public final class TrafficKeys {

    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]{16,}");
    /** Keys name places, they do not copy URLs: a longer path is cut (the part beyond says nothing a person baselines). */
    private static final int MAX_KEY_PATH = 2048;

    private TrafficKeys() {}

    /** The occurrence of {@code f}, found in {@code x}: key from method, URL and status; host and path for patterns. */
    public static Occurrence occurrence(Finding f, Exchange x) {
        return new Occurrence(f.rule().id(), f.severity(), locationKey(x.methodText(), x.url(), x.status()),
                host(x.url()), path(x.url()), x.methodText());
    }

    /** The fingerprint of {@code f} in {@code x}. */
    public static Fingerprint fingerprint(Finding f, Exchange x) {
        return Fingerprint.of(f.rule().id(), locationKey(x.methodText(), x.url(), x.status()));
    }

    /** {@code METHOD PATH[?NAMES] STATUS}, as described above. */
    public static String locationKey(String method, String url, int status) {
        String p = path(url);
        StringBuilder b = new StringBuilder(64);
        b.append(method.isEmpty() ? "-" : method).append(' ');
        if (p.isEmpty()) {
            b.append('-');
        } else {
            appendNormalised(b, p.length() > MAX_KEY_PATH ? p.substring(0, MAX_KEY_PATH) : p);
        }
        b.append(queryNames(url)).append(' ').append(status);
        return b.toString();
    }

    /** The host of an absolute URL, lower case, without user information or port; "" when there is none. */
    public static String host(String url) {
        int scheme = url.indexOf("://");
        if (scheme < 0) {
            return "";
        }
        int start = scheme + 3;
        int end = endOf(url, start, "/?#");
        String authority = url.substring(start, end);
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            authority = authority.substring(at + 1);
        }
        int stop;
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            stop = close < 0 ? authority.length() : close + 1;
        } else {
            int colon = authority.indexOf(':');
            stop = colon < 0 ? authority.length() : colon;
        }
        return authority.substring(0, stop).toLowerCase(Locale.ROOT);
    }

    /**
     * The path of a URL or request target as recorded (still percent-encoded), without query or
     * fragment: "/" for an absolute URL without one, "*" for "OPTIONS *", "" when unknown.
     */
    public static String path(String url) {
        int start;
        int scheme = url.indexOf("://");
        if (scheme >= 0) {
            start = endOf(url, scheme + 3, "/?#");
            if (start == url.length() || url.charAt(start) != '/') {
                return "/";
            }
        } else if (url.startsWith("/") || url.equals("*")) {
            start = 0;
        } else {
            return "";
        }
        return url.substring(start, endOf(url, start, "?#"));
    }

    /** "?a&b" for the distinct parameter names of the query, sorted; "" when there is no query. */
    static String queryNames(String url) {
        int q = url.indexOf('?');
        if (q < 0) {
            return "";
        }
        int end = endOf(url, q + 1, "#");
        if (end == q + 1) {
            return "";
        }
        TreeSet<String> names = new TreeSet<>();
        int i = q + 1;
        while (i <= end && names.size() < 64) {
            int amp = endOf(url, i, "&#");
            int stop = Math.min(amp, end);
            String pair = url.substring(i, stop);
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            if (!name.isEmpty()) {
                names.add(name.length() > 128 ? name.substring(0, 128) : name);
            }
            i = stop + 1;
        }
        return names.isEmpty() ? "" : "?" + String.join("&", names);
    }

    private static void appendNormalised(StringBuilder b, String path) {
        int i = 0;
        while (i < path.length()) {
            int slash = path.indexOf('/', i);
            int end = slash < 0 ? path.length() : slash;
            String seg = path.substring(i, end);
            b.append(isIdentifier(seg) ? "{id}" : seg);
            if (slash < 0) {
                break;
            }
            b.append('/');
            i = slash + 1;
        }
    }

    static boolean isIdentifier(String seg) {
        return !seg.isEmpty() && (DIGITS.matcher(seg).matches() || UUID.matcher(seg).matches()
                || (HEX.matcher(seg).matches() && seg.chars().anyMatch(Character::isDigit)));
    }

    private static int endOf(String s, int from, String stops) {
        for (int i = from; i < s.length(); i++) {
            if (stops.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return s.length();
    }
}
