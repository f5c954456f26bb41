package dev.httpstatus.check.ci;

/**
 * A path or host pattern of a suppression: {@code *} stands for any run of characters without '/',
 * {@code **} for any run at all (slashes included); every other character stands for itself, and
 * the pattern must match the whole text. Matching takes time proportional to pattern length times
 * text length, whatever the pattern, so a hostile capture cannot make it backtrack for ever.
 *
 * <pre>{@code
 * Glob.of("/legacy/*").matches("/legacy/items");      // true
 * Glob.of("/legacy/*").matches("/legacy/items/7");    // false
 * Glob.of("/legacy/**").matches("/legacy/items/7");   // true
 * Glob.of("*.example.com").matches("cdn.example.com"); // true
 * }</pre>
 */
final class Glob {

    private static final char ONE = '\uE000'; // '*' within a segment, in a private-use slot
    private static final char ANY = '\uE001'; // '**'

    private final String compiled;
    private final String text;

    private Glob(String text, String compiled) {
        this.text = text;
        this.compiled = compiled;
    }

    static Glob of(String pattern) {
        StringBuilder b = new StringBuilder(pattern.length());
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '*') {
                int run = 1;
                while (i + 1 < pattern.length() && pattern.charAt(i + 1) == '*') {
                    i++;
                    run++;
                }
                b.append(run == 1 ? ONE : ANY);
            } else {
                b.append(c);
            }
        }
        return new Glob(pattern, b.toString());
    }

    /** Whether the pattern matches all of {@code s}. */
    boolean matches(String s) {
        int n = s.length();
        boolean[] at = new boolean[n + 1]; // at[j]: the pattern so far matches s[0, j)
        at[0] = true;
        for (int p = 0; p < compiled.length(); p++) {
            char c = compiled.charAt(p);
            if (c == ONE || c == ANY) {
                for (int j = 1; j <= n; j++) {
                    if (!at[j] && at[j - 1] && (c == ANY || s.charAt(j - 1) != '/')) {
                        at[j] = true;
                    }
                }
            } else {
                for (int j = n; j >= 1; j--) {
                    at[j] = at[j - 1] && s.charAt(j - 1) == c;
                }
                at[0] = false;
            }
        }
        return at[n];
    }

    @Override
    public String toString() {
        return text;
    }
}
