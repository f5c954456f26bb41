package dev.httpstatus.server;

/** Small text helpers for messages and HTML. */
final class Text {

    private Text() {}

    /** A value quoted for an error message, cut short and with control characters made visible. */
    static String quote(String s) {
        if (s == null) {
            return "(none)";
        }
        StringBuilder b = new StringBuilder(Math.min(s.length(), 80) + 2).append('"');
        for (int i = 0; i < s.length() && i < 80; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                b.append(String.format("\\x%02x", (int) c));
            } else {
                b.append(c);
            }
        }
        if (s.length() > 80) {
            b.append('…');
        }
        return b.append('"').toString();
    }

    /** Escapes text for HTML element content and attribute values. */
    static String html(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** RFC 9110 token characters (tchar), as used in header field names and methods. */
    static boolean isToken(CharSequence s) {
        if (s.length() == 0) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code s} is a safe field value or reason phrase: visible ASCII, space and tab, not
     * starting or ending with whitespace. Excludes CR and LF, so it can never split a response.
     */
    static boolean isFieldText(CharSequence s) {
        if (s.length() > 0 && (isWhite(s.charAt(0)) || isWhite(s.charAt(s.length() - 1)))) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c == '\t' || (c >= 0x20 && c <= 0x7e))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWhite(char c) {
        return c == ' ' || c == '\t';
    }

    /**
     * Whether {@code s} is a Host field value (RFC 9112 §3.2, RFC 3986 §3.2.2): empty, or a
     * reg-name, IPv4 address or bracketed IP literal, with an optional port.
     */
    static boolean isHost(String s) {
        if (s.isEmpty()) {
            return true; // sent when the target URI has no authority
        }
        String host = s;
        if (s.charAt(0) == '[') {
            int close = s.indexOf(']');
            if (close < 0) {
                return false;
            }
            for (int i = 1; i < close; i++) {
                char c = s.charAt(i);
                if (!(Character.digit(c, 16) >= 0 || c == ':' || c == '.' || c == 'v' || c == 'V')) {
                    return false;
                }
            }
            return close > 1 && (close == s.length() - 1 || isPort(s.substring(close + 1)));
        }
        int colon = s.indexOf(':');
        if (colon >= 0) {
            host = s.substring(0, colon);
            if (!isPort(s.substring(colon))) {
                return false;
            }
        }
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "-._~!$&'()*+,;=%".indexOf(c) >= 0;
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** ":" followed by up to five digits (an empty port is allowed by RFC 3986). */
    private static boolean isPort(String s) {
        if (s.isEmpty() || s.charAt(0) != ':' || s.length() > 6) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
