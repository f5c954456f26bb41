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
}
