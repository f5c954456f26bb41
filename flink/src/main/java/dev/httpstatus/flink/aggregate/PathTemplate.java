package dev.httpstatus.flink.aggregate;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds the parts of a URL that vary per resource, so that findings group by endpoint: host as
 * recorded (lower-cased, port kept) and path with each variable segment replaced.
 *
 * <table>
 * <caption>How a path segment is folded (first match wins)</caption>
 * <tr><th>segment</th><th>becomes</th><th>example</th></tr>
 * <tr><td>digits only</td><td>{@code {id}}</td><td>{@code /items/1234} → {@code /items/{id}}</td></tr>
 * <tr><td>a UUID (8-4-4-4-12 hex digits)</td><td>{@code {uuid}}</td><td>{@code /u/3f2c…-…} → {@code /u/{uuid}}</td></tr>
 * <tr><td>hex digits only, 12 or more, at least one a digit</td><td>{@code {hex}}</td><td>{@code /blob/5f2b9c0e7a1d} → {@code /blob/{hex}}</td></tr>
 * <tr><td>20 or more of letters, digits, '-', '_', '=', '+', with a digit, and either both upper- and
 * lower-case letters or a fifth or more digits (so a slug like {@code how-to-…-2026} is not one)</td>
 * <td>{@code {token}}</td><td>{@code /s/aGVsbG8gd29ybGQ5OTk5OQ} → {@code /s/{token}}</td></tr>
 * <tr><td>longer than 64 characters</td><td>{@code {long}}</td><td>a slug, an encoded blob</td></tr>
 * <tr><td>anything else</td><td>itself</td><td>{@code /api/v2/items}</td></tr>
 * </table>
 * A query string becomes {@code ?{query}}; a fragment is dropped; an empty path is "/".
 *
 * <pre>{@code
 * PathTemplate.of("https://API.example:8443/items/42/parts?sort=asc");
 * // host "api.example:8443", path "/items/{id}/parts?{query}"
 * }</pre>
 *
 * @param host the host (and port), lower-cased; "" when the record has none
 * @param path the folded path
 */
public record PathTemplate(String host, String path) {

    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]{12,}");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_\\-=+]{20,}");
    /** Longest segment kept as it is. */
    static final int MAX_SEGMENT = 64;

    /** The template of {@code url}: absolute ("https://h/p"), network-path ("//h/p") or a path alone. */
    public static PathTemplate of(String url) {
        String rest = url;
        String host = "";
        int scheme = rest.indexOf("://");
        if (scheme > 0 && rest.lastIndexOf('/', scheme) < 0 && rest.lastIndexOf('?', scheme) < 0) {
            rest = rest.substring(scheme + 1); // keep the "//"
        }
        if (rest.startsWith("//")) {
            int end = 2;
            while (end < rest.length() && "/?#".indexOf(rest.charAt(end)) < 0) {
                end++;
            }
            host = rest.substring(2, end);
            int at = host.lastIndexOf('@');
            host = (at >= 0 ? host.substring(at + 1) : host).toLowerCase(Locale.ROOT);
            rest = rest.substring(end);
        }
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            rest = rest.substring(0, hash);
        }
        int q = rest.indexOf('?');
        String query = q >= 0 ? "?{query}" : "";
        String path = q >= 0 ? rest.substring(0, q) : rest;
        return new PathTemplate(host, foldPath(path) + query);
    }

    private static String foldPath(String path) {
        if (path.isEmpty()) {
            return "/";
        }
        StringBuilder b = new StringBuilder(path.length());
        int start = 0;
        while (true) {
            int slash = path.indexOf('/', start);
            int end = slash < 0 ? path.length() : slash;
            b.append(fold(path.substring(start, end)));
            if (slash < 0) {
                return b.toString();
            }
            b.append('/');
            start = slash + 1;
        }
    }

    /** One segment, folded by the table above. */
    static String fold(String s) {
        if (s.isEmpty()) {
            return s;
        }
        if (allDigits(s)) {
            return "{id}";
        }
        if (s.length() == 36 && UUID.matcher(s).matches()) {
            return "{uuid}";
        }
        if (HEX.matcher(s).matches() && hasDigit(s)) {
            return "{hex}";
        }
        if (TOKEN.matcher(s).matches() && hasDigit(s) && looksEncoded(s)) {
            return "{token}";
        }
        if (s.length() > MAX_SEGMENT) {
            return "{long}";
        }
        return s;
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    /** Mixed case, or digits for a fifth or more of it: base64 or an encoded id rather than words. */
    private static boolean looksEncoded(String s) {
        boolean upper = false;
        boolean lower = false;
        int digits = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            upper |= c >= 'A' && c <= 'Z';
            lower |= c >= 'a' && c <= 'z';
            digits += c >= '0' && c <= '9' ? 1 : 0;
        }
        return upper && lower || digits * 5 >= s.length();
    }
}
