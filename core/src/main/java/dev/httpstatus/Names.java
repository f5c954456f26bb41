package dev.httpstatus;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The name index behind {@link StatusCode#forName(String)}, built on first use so that a program
 * that only calls {@code of} never pays for it.
 */
final class Names {

    private Names() {}

    /** Other libraries' constant names that no table of ours produces. */
    private static final String[][] ALIASES = {
        {"I_AM_A_TEAPOT", "418"},                             // Spring's constant
        {"REQUEST_URI_TOO_LONG", "414"},
        {"UNPROCESSABLE_ENTITY", "422"},
    };

    private static final Map<String, StatusCode> INDEX = build();

    /**
     * The same names with the word breaks taken out, so that run-together spellings such as .NET's
     * "TooManyRequests" or the 1992 list's "PaymentRequired" are found too. Built in the index's own
     * precedence, so a registered name still wins.
     */
    private static final Map<String, StatusCode> COMPACT = compact();

    private static Map<String, StatusCode> build() {
        Map<String, StatusCode> index = new HashMap<>(1024);
        // First come, first kept: registered names, then former phrases, then vendors' phrases.
        for (StatusCode c : StatusCodes.inRegistry()) {
            c.constantName().ifPresent(n -> index.putIfAbsent(n, c));
            c.drfName().ifPresent(n -> index.putIfAbsent(n, c));
            c.constantName().ifPresent(n -> index.putIfAbsent("HTTP_" + c.code() + "_" + n, c));
            index.putIfAbsent(normalize(c.reasonPhrase()), c);
        }
        for (String[][] names : new String[][][] {RegistryRows.DRF_OUTSIDE, RegistryRows.MISSPELLINGS, ALIASES}) {
            for (String[] alias : names) {
                index.putIfAbsent(alias[0], StatusCode.of(Integer.parseInt(alias[1])));
            }
        }
        for (StatusCode c : StatusCodes.known()) {
            for (FormerPhrase f : c.formerPhrases()) {
                index.putIfAbsent(normalize(f.phrase()), c);
            }
        }
        // A vendor's phrase names a code only where the registry gives it no meaning of its own:
        // "Client Closed Request" is 499, but IIS's "Redirect" is not 451 (search still finds it).
        for (StatusCode c : StatusCodes.known()) {
            if (c.registration().isInRegistry()) {
                continue;
            }
            for (UnofficialMeaning u : c.unofficialMeanings()) {
                index.putIfAbsent(normalize(u.phrase()), c);
            }
        }
        return Map.copyOf(index);
    }

    private static Map<String, StatusCode> compact() {
        Map<String, StatusCode> compact = new HashMap<>(1024);
        for (StatusCode c : StatusCodes.inRegistry()) {
            compact.putIfAbsent(normalize(c.reasonPhrase()).replace("_", ""), c);
        }
        for (StatusCode c : StatusCodes.known()) {
            for (FormerPhrase f : c.formerPhrases()) {
                compact.putIfAbsent(normalize(f.phrase()).replace("_", ""), c);
            }
        }
        for (StatusCode c : StatusCodes.known()) {
            if (c.registration().isInRegistry()) {
                continue;
            }
            for (UnofficialMeaning u : c.unofficialMeanings()) {
                compact.putIfAbsent(normalize(u.phrase()).replace("_", ""), c);
            }
        }
        return Map.copyOf(compact);
    }

    static Optional<StatusCode> find(String name) {
        if (name == null || name.length() > 200) {
            return Optional.empty();
        }
        StatusCode c = INDEX.get(name); // exact constant and DRF names need no normalising
        if (c == null) {
            String key = key(name);
            if (key == null || key.isEmpty()) {
                return Optional.empty();
            }
            c = INDEX.get(key);
            if (c == null && key.indexOf('_') < 0) {
                // Run-together spellings ("TooManyRequests", "notfound") only as one word: letters
                // spaced out one by one ("n o t f o u n d") are not a name.
                c = COMPACT.get(key);
            }
        }
        return c == null ? Optional.empty() : StatusCode.optionalOf(c);
    }

    /**
     * The index key of a name as people write it, or null if it is not one: ASCII letters and digits
     * in words separated by spaces (any Unicode space), '_', '-' or '.', apostrophes dropped, case
     * ignored; quotes, brackets and other ASCII punctuation may surround it. Anything else — control
     * characters, emoji, non-ASCII letters, punctuation inside — makes it no name.
     */
    static String key(String name) {
        int start = 0;
        int end = name.length();
        while (start < end && isWrapping(name.charAt(start))) {
            start++;
        }
        while (end > start && isWrapping(name.charAt(end - 1))) {
            end--;
        }
        StringBuilder b = new StringBuilder(end - start);
        boolean gap = false;
        for (int i = start; i < end; i++) {
            char c = name.charAt(i);
            if (c < 128 && Character.isLetterOrDigit(c)) {
                if (gap && b.length() > 0) {
                    b.append('_');
                }
                b.append(Character.toUpperCase(c));
                gap = false;
            } else if (c == '\'' || c == '\u2019') {
                continue;
            } else if (c == '_' || c == '-' || c == '.' || Character.isSpaceChar(c) || c == '\t') {
                gap = true;
            } else {
                return null;
            }
        }
        return b.toString();
    }

    /** Space and ASCII punctuation around a name: "  [Not Found]  ", "'not found'". */
    private static boolean isWrapping(char c) {
        return Character.isSpaceChar(c) || c == '\t' || c < 128 && c > ' ' && !Character.isLetterOrDigit(c);
    }

    /**
     * Upper-case letters and digits, words joined by single underscores; apostrophes vanish so that
     * "I'm a teapot" meets IM_A_TEAPOT.
     */
    static String normalize(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean gap = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'' || c == '\u2019') {
                continue;
            }
            if (c < 128 && Character.isLetterOrDigit(c)) {
                if (gap && b.length() > 0) {
                    b.append('_');
                }
                b.append(Character.toUpperCase(c));
                gap = false;
            } else {
                gap = true;
            }
        }
        return b.toString();
    }
}
