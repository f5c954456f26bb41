package dev.httpstatus.cli;

import dev.httpstatus.StatusCode;
import dev.httpstatus.StatusCodes;
import java.util.List;
import java.util.Optional;

/**
 * Turns what a user typed into a status code the way every command does: a number or status line
 * first ({@link StatusCode#parse}), then any name or phrase ({@link StatusCode#forName}); for a miss,
 * a message and "did you mean" suggestions from {@link dev.httpstatus.StatusCodes#search}.
 *
 * <pre>{@code
 * Lookup.find("Request Entity Too Large")  // Optional[413 Content Too Large]
 * Lookup.notFound("nto found")             // no status code matches "nto found"\ndid you mean: 404 Not Found, …?
 * }</pre>
 */
public final class Lookup {

    private static final int SUGGESTIONS = 3;

    private Lookup() {}

    public static Optional<StatusCode> find(String query) {
        Optional<StatusCode> byNumber = StatusCode.parse(query);
        return byNumber.isPresent() ? byNumber : StatusCode.forName(query == null ? null : query.trim());
    }

    /** The lines to print when {@code query} names no code: why, then suggestions when there are any. */
    public static String notFound(String query) {
        String trimmed = query.trim();
        StringBuilder b = new StringBuilder();
        if (trimmed.matches("[+-]?[0-9]+")) {
            // Words cannot help with a number; fuzzy matches on its digits would only mislead.
            return b.append('"').append(trimmed).append("\" is not a status code: a status code is a number from ")
                    .append(StatusCode.MIN_CODE).append(" to ").append(StatusCode.MAX_CODE).toString();
        } else {
            b.append("no status code matches \"").append(query).append('"');
        }
        String command = nearCommand(trimmed);
        if (command != null) {
            b.append("\n'").append(trimmed).append("' is not a command either; did you mean 'httpstatus ")
                    .append(command).append(" …'?");
        }
        List<StatusCode> hits = StatusCodes.search(query);
        if (!hits.isEmpty()) {
            b.append("\ndid you mean: ");
            for (int i = 0; i < Math.min(SUGGESTIONS, hits.size()); i++) {
                b.append(i == 0 ? "" : ", ").append(hits.get(i));
            }
            b.append('?');
        }
        return b.toString();
    }

    /** A subcommand one or two typos away from {@code word} ("lst" → "list"), or null. */
    static String nearCommand(String word) {
        if (word.length() < 3 || !word.chars().allMatch(Character::isLetter)) {
            return null;
        }
        String w = word.toLowerCase(java.util.Locale.ROOT);
        for (String c : RootCommand.SUBCOMMANDS) {
            if (distance(w, c) <= (c.length() > 5 ? 2 : 1)) {
                return c;
            }
        }
        return null;
    }

    /** Levenshtein distance; both words are a few letters long. */
    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
