package dev.httpstatus.check.rules;

/**
 * Validates text against RFC 3986's URI-reference grammar (§4.1), which Location uses (RFC 9110
 * §10.2.2). {@link java.net.URI} cannot do this: it implements RFC 2396, which refuses some valid
 * references and accepts some invalid ones.
 *
 * <pre>{@code
 * UriReference.problem("../g?y#s");          // null: valid
 * UriReference.problem("/a b");              // "a space is not allowed in the path (position 3)"
 * UriReference.problem("http://[::1/x");     // "the IP literal is not closed with ']' (position 8)"
 * }</pre>
 */
final class UriReference {

    private UriReference() {}

    private static final String SUB_DELIMS = "!$&'()*+,;=";
    private static final String UNRESERVED_MARKS = "-._~";

    /** Why {@code s} is not a URI-reference, with a 1-based position, or null when it is one. */
    static String problem(String s) {
        int hash = s.indexOf('#');
        if (hash >= 0) {
            String bad = chars(s, hash + 1, s.length(), "/?:@", "the fragment");
            if (bad != null) {
                return bad;
            }
        } else {
            hash = s.length();
        }
        int query = s.indexOf('?');
        if (query < 0 || query > hash) {
            query = hash;
        } else {
            String bad = chars(s, query + 1, hash, "/?:@", "the query");
            if (bad != null) {
                return bad;
            }
        }
        int start = 0;
        int colon = s.indexOf(':');
        int slash = s.indexOf('/');
        boolean hasScheme = colon > 0 && colon < query && (slash < 0 || colon < slash) && isScheme(s, colon);
        if (hasScheme) {
            start = colon + 1;
        } else if (colon >= 0 && colon < query && (slash < 0 || colon < slash)) {
            // A relative path whose first segment holds ':' reads as a scheme (path-noscheme, §4.2).
            return colon == 0 ? "a reference cannot start with ':' (position 1)"
                    : "'" + s.substring(0, colon) + "' before ':' is not a valid scheme, and a relative path's first"
                            + " segment cannot contain ':' (position " + (colon + 1) + ")";
        }
        int path = start;
        if (s.startsWith("//", start)) {
            int end = start + 2;
            while (end < query && s.charAt(end) != '/') {
                end++;
            }
            String bad = authority(s, start + 2, end);
            if (bad != null) {
                return bad;
            }
            path = end;
        }
        return chars(s, path, query, "/:@", "the path");
    }

    private static boolean isScheme(String s, int end) {
        if (!isAlpha(s.charAt(0))) {
            return false;
        }
        for (int i = 1; i < end; i++) {
            char c = s.charAt(i);
            if (!(isAlpha(c) || isDigit(c) || c == '+' || c == '-' || c == '.')) {
                return false;
            }
        }
        return true;
    }

    private static String authority(String s, int from, int to) {
        int at = s.lastIndexOf('@', to - 1);
        int host = from;
        if (at >= from) {
            String bad = chars(s, from, at, ":", "the user information");
            if (bad != null) {
                return bad;
            }
            host = at + 1;
        }
        int portColon;
        if (host < to && s.charAt(host) == '[') {
            int close = s.indexOf(']', host);
            if (close < 0 || close >= to) {
                return "the IP literal is not closed with ']' (position " + (host + 1) + ")";
            }
            for (int i = host + 1; i < close; i++) {
                char c = s.charAt(i);
                if (!(isHex(c) || c == ':' || c == '.' || c == 'v' || c == 'V' || isUnreserved(c) || isSubDelim(c))) {
                    return "'" + c + "' is not allowed in an IP literal (position " + (i + 1) + ")";
                }
            }
            portColon = close + 1;
            if (portColon < to && s.charAt(portColon) != ':') {
                return "only ':' and a port may follow an IP literal (position " + (portColon + 1) + ")";
            }
        } else {
            portColon = s.indexOf(':', host);
            if (portColon < 0 || portColon >= to) {
                portColon = to;
            }
            String bad = chars(s, host, portColon, "", "the host");
            if (bad != null) {
                return bad;
            }
        }
        for (int i = portColon + 1; i < to; i++) {
            if (!isDigit(s.charAt(i))) {
                return "the port must be digits, found '" + s.charAt(i) + "' (position " + (i + 1) + ")";
            }
        }
        return null;
    }

    /** Checks that {@code s[from, to)} holds only unreserved characters, %XX, sub-delims and {@code extra}. */
    private static String chars(String s, int from, int to, String extra, String part) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= to || !isHex(s.charAt(i + 1)) || !isHex(s.charAt(i + 2))) {
                    return "'%' must start a percent-encoding %XX in " + part + " (position " + (i + 1) + ")";
                }
                i += 2;
            } else if (!(isUnreserved(c) || isSubDelim(c) || extra.indexOf(c) >= 0)) {
                return describe(c) + " is not allowed in " + part + " (position " + (i + 1) + ")";
            }
        }
        return null;
    }

    private static String describe(char c) {
        if (c == ' ') {
            return "a space";
        }
        if (c < 0x20 || c == 0x7f) {
            return String.format("the control character U+%04X", (int) c);
        }
        if (c > 0x7e) {
            return String.format("the non-ASCII character '%c' (U+%04X; percent-encode its UTF-8 bytes)", c, (int) c);
        }
        return "'" + c + "'";
    }

    private static boolean isUnreserved(char c) {
        return isAlpha(c) || isDigit(c) || UNRESERVED_MARKS.indexOf(c) >= 0;
    }

    private static boolean isSubDelim(char c) {
        return SUB_DELIMS.indexOf(c) >= 0;
    }

    private static boolean isAlpha(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHex(char c) {
        return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }
}
