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
        for (StatusCode c : StatusCodes.known()) {
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
            String normal = normalize(name);
            c = INDEX.get(normal);
            if (c == null && !normal.isEmpty()) {
                c = COMPACT.get(normal.replace("_", ""));
            }
        }
        return c == null ? Optional.empty() : StatusCode.optionalOf(c);
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
