package dev.httpstatus;

/**
 * Reads the status code out of "404", "404 Not Found", "HTTP/1.1 404 Not Found" or "HTTP/2 404",
 * in one pass and without allocating, for {@link StatusCode#parse(CharSequence)}.
 */
final class StatusLine {

    private StatusLine() {}

    /** The code, or -1 when the text is not one of the accepted forms. */
    static int code(CharSequence s) {
        if (s == null) {
            return -1;
        }
        int end = s.length();
        while (end > 0 && isSpace(s.charAt(end - 1))) {
            end--;
        }
        int i = 0;
        while (i < end && isSpace(s.charAt(i))) {
            i++;
        }
        if (i < end && (s.charAt(i) == 'H' || s.charAt(i) == 'h')) {
            i = afterVersion(s, i, end);
            if (i < 0) {
                return -1;
            }
        }
        if (end - i < 3) {
            return -1;
        }
        int d0 = digit(s.charAt(i));
        int d1 = digit(s.charAt(i + 1));
        int d2 = digit(s.charAt(i + 2));
        if (d0 < 1 || d1 < 0 || d2 < 0) {
            return -1;
        }
        i += 3;
        if (i < end) {
            // After the code comes the reason phrase, separated by white space; the phrase may hold
            // any visible text but no control characters (RFC 9112 §4).
            if (!isSpace(s.charAt(i))) {
                return -1;
            }
            for (; i < end; i++) {
                char c = s.charAt(i);
                if (c < 0x20 && c != '\t' || c == 0x7f) {
                    return -1;
                }
            }
        }
        return d0 * 100 + d1 * 10 + d2;
    }

    /** Skips "HTTP/1.1 " (any case, one- or two-part version, then white space); -1 if malformed. */
    private static int afterVersion(CharSequence s, int i, int end) {
        if (end - i < 7 || !regionMatches(s, i, "HTTP/")) {
            return -1;
        }
        i += 5;
        if (digit(s.charAt(i)) < 0) {
            return -1;
        }
        i++;
        if (i + 1 < end && s.charAt(i) == '.' && digit(s.charAt(i + 1)) >= 0) {
            i += 2;
        }
        if (i >= end || !isSpace(s.charAt(i))) {
            return -1;
        }
        while (i < end && isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean regionMatches(CharSequence s, int at, String upper) {
        for (int k = 0; k < upper.length(); k++) {
            char c = s.charAt(at + k);
            if (c != upper.charAt(k) && Character.toUpperCase(c) != upper.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int digit(char c) {
        return c >= '0' && c <= '9' ? c - '0' : -1;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == 0x0b;
    }
}
