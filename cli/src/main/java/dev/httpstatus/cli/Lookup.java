package dev.httpstatus.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.httpstatus.Method;
import dev.httpstatus.MethodUsage;
import dev.httpstatus.StatusCode;
import dev.httpstatus.StatusCodes;
import dev.httpstatus.TypicalResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns what a user typed into a status code the way every command does: a number or status line
 * first ({@link StatusCode#parse}), then any name or phrase ({@link StatusCode#forName}); for a miss,
 * a message that always says what to try: "did you mean" suggestions (search, or digits typed as
 * letters), or the commands that take free text.
 *
 * <pre>{@code
 * Lookup.find("Request Entity Too Large")  // Optional[413 Content Too Large]
 * Lookup.notFound("4O4")                   // no status code matches "4O4"\ndid you mean: 404 Not Found?
 * Lookup.suggestions("40O")                // [400 Bad Request, 401 Unauthorized, 404 Not Found]
 * }</pre>
 */
public final class Lookup {

    private static final int SUGGESTIONS = 3;

    private Lookup() {}

    public static Optional<StatusCode> find(String query) {
        Optional<StatusCode> byNumber = StatusCode.parse(query);
        return byNumber.isPresent() ? byNumber : StatusCode.forName(query == null ? null : query.trim());
    }

    /** The lines to print when {@code query} names no code: why, then what to try instead. */
    public static String notFound(String query) {
        String trimmed = query.trim();
        StringBuilder b = new StringBuilder();
        if (trimmed.matches("[+-]?[0-9]+")) {
            // Words cannot help with a number; fuzzy matches on its digits would only mislead.
            return b.append('"').append(trimmed).append("\" is not a status code: a status code is a number from ")
                    .append(StatusCode.MIN_CODE).append(" to ").append(StatusCode.MAX_CODE)
                    .append("\ntry 'httpstatus list --all' to see every code the catalog knows").toString();
        }
        b.append("no status code matches \"").append(query).append('"');
        String command = nearCommand(trimmed);
        if (command != null) {
            b.append("\n'").append(trimmed).append("' is not a command either; did you mean 'httpstatus ")
                    .append(command).append(" …'?");
        }
        List<StatusCode> hits = suggestions(query);
        if (!hits.isEmpty()) {
            b.append("\ndid you mean: ");
            for (int i = 0; i < hits.size(); i++) {
                b.append(i == 0 ? "" : ", ").append(hits.get(i));
            }
            b.append('?');
        } else if (command == null) {
            b.append("\ntry 'httpstatus search <words>' for free text, or describe what happened:"
                    + " httpstatus advise \"the user is not logged in\"");
        }
        return b.toString();
    }

    /**
     * What {@code query} may have meant, best first, at most three: for a code typed with letters
     * ("4O4", "40O"), the codes it spells with look-alike digits, then the commonest codes its
     * letters could stand for; otherwise the relevant search matches.
     */
    public static List<StatusCode> suggestions(String query) {
        String q = query == null ? "" : query.trim();
        List<StatusCode> out = new ArrayList<>(SUGGESTIONS);
        if (q.length() == 3 && hasDigit(q) && isLettersOrDigits(q)) {
            for (StatusCode c : StatusCodes.search(q)) {
                if (out.size() < SUGGESTIONS && matchesPattern(c, q)) {
                    out.add(c); // the look-alike reading, which search puts first
                    break;
                }
            }
            List<StatusCode> pattern = new ArrayList<>();
            for (StatusCode c : StatusCodes.known()) {
                if (matchesPattern(c, q) && !out.contains(c)) {
                    pattern.add(c);
                }
            }
            pattern.sort((a, b) -> Integer.compare(commonness(b), commonness(a)));
            for (StatusCode c : pattern) {
                if (out.size() < SUGGESTIONS) {
                    out.add(c);
                }
            }
            if (!out.isEmpty()) {
                return List.copyOf(out);
            }
        }
        List<StatusCode> hits = StatusCodes.search(query);
        return List.copyOf(hits.subList(0, Math.min(SUGGESTIONS, hits.size())));
    }

    /** Whether the code's digits agree with the query's digits, letters standing for any digit. */
    private static boolean matchesPattern(StatusCode c, String q) {
        String digits = Integer.toString(c.code());
        for (int i = 0; i < 3; i++) {
            char ch = q.charAt(i);
            if (Character.isDigit(ch) && ch != digits.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** How many methods the API table lists the code for: 401 and 500 are everyday answers, 207 is not. */
    private static int commonness(StatusCode c) {
        int n = 0;
        for (Method m : MethodUsage.methods()) {
            for (TypicalResponse t : MethodUsage.typicalFor(m)) {
                n += t.status() == c ? 1 : 0;
            }
        }
        return n;
    }

    /**
     * The usage error for a command line whose first word looks like a mistyped command ("expalin
     * 404", "lst") rather than a code or name, or empty. {@code args} is the whole command line.
     */
    static Optional<String> mistypedCommand(List<String> args) {
        int at = -1;
        for (int i = 0; i < args.size(); i++) {
            if (!args.get(i).startsWith("-") || args.get(i).length() == 1) {
                at = i;
                break;
            }
        }
        if (at < 0) {
            return Optional.empty();
        }
        String first = args.get(at).trim();
        String command = nearCommand(first);
        if (command == null || RootCommand.SUBCOMMANDS.contains(first) || find(first).isPresent()) {
            return Optional.empty();
        }
        StringBuilder b = new StringBuilder("'").append(first).append("' is not a command or a status code;")
                .append(" did you mean 'httpstatus");
        for (int i = 0; i < args.size(); i++) {
            String w = i == at ? command : args.get(i);
            b.append(' ').append(w.contains(" ") ? "\"" + w + "\"" : w);
        }
        return Optional.of(b.append("'? (see 'httpstatus --help')").toString());
    }

    // Loops, not streams: these run on every lookup, where a stream's lambdas cost milliseconds of start-up.

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLettersOrDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isLetterOrDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetters(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isLetter(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A subcommand one or two typos away from {@code word} ("lst" → "list"), or null. */
    static String nearCommand(String word) {
        if (word.length() < 3 || !isLetters(word)) {
            return null;
        }
        String w = word.toLowerCase(Locale.ROOT);
        for (String c : RootCommand.SUBCOMMANDS) {
            if (distance(w, c) <= (c.length() > 5 ? 2 : 1)) {
                return c;
            }
        }
        return null;
    }

    /**
     * The JSON error document for a miss, so that a pipe into {@code jq} still gets JSON:
     * {@code {"error": "no status code matches \"4O4\"", "input": "4O4", "suggestions": [{code, phrase}]}}.
     */
    static void writeJsonError(JsonGenerator g, String query) throws IOException {
        g.writeStartObject();
        String message = notFound(query);
        int newline = message.indexOf('\n');
        g.writeStringField("error", newline < 0 ? message : message.substring(0, newline));
        g.writeStringField("input", query);
        g.writeArrayFieldStart("suggestions");
        if (!query.trim().matches("[+-]?[0-9]+")) {
            for (StatusCode c : suggestions(query)) {
                g.writeStartObject();
                g.writeNumberField("code", c.code());
                g.writeStringField("phrase", c.reasonPhrase());
                g.writeEndObject();
            }
        }
        g.writeEndArray();
        g.writeEndObject();
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
