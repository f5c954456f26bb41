package dev.httpstatus.check.input;

/** Makes input safe to quote in a message: printable ASCII kept, other characters as \xNN or \\uNNNN, cut short. */
final class Printable {

    private Printable() {}

    /** At most about {@code max} characters of {@code s}, with "…" when cut. */
    static String quote(String s, int max) {
        StringBuilder b = new StringBuilder(max + 8);
        int i = 0;
        for (; i < s.length() && b.length() < max; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7f) {
                b.append(c);
            } else if (c <= 0xFF) {
                b.append(String.format("\\x%02X", (int) c));
            } else {
                b.append(String.format("\\u%04X", (int) c));
            }
        }
        return i == s.length() ? b.toString() : b + "…";
    }
}
