package dev.httpstatus;

import java.util.ArrayList;
import java.util.List;

/**
 * The catalog as a whole: which codes it holds, and free-text search over them. Questions about one
 * code are answered by {@link StatusCode} itself.
 *
 * <pre>{@code
 * StatusCodes.inRegistry().size();                // 64: every IANA entry, reserved and obsoleted ones too
 * StatusCodes.known();                            // the registry plus the vendor codes (499, 520 …)
 * StatusCodes.inClass(StatusClass.CLIENT_ERROR);  // every known 4xx code
 * StatusCodes.search("too many request");         // [429 Too Many Requests, …]
 * }</pre>
 */
public final class StatusCodes {

    private StatusCodes() {}

    /**
     * Every code with an entry in the IANA registry, in code order: registered ones, and also the
     * temporary (104), reserved (306, 418) and obsoleted (510) entries. Filter on
     * {@link StatusCode#registration()} for the ones in good standing.
     */
    public static List<StatusCode> inRegistry() {
        return Catalog.InRegistry.LIST;
    }

    /**
     * Every code the catalog knows something about beyond its class: the registry's entries and the
     * codes vendors use (nginx's 499, Cloudflare's 520–530 …), in code order. The other codes of
     * 100–999 are values too ({@link StatusCode#of(int)}), just without facts of their own.
     */
    public static List<StatusCode> known() {
        return Catalog.Known.LIST;
    }

    /** The {@link #known()} codes of one class, in code order. */
    public static List<StatusCode> inClass(StatusClass statusClass) {
        List<StatusCode> list = new ArrayList<>();
        for (StatusCode c : known()) {
            if (c.statusClass() == statusClass) {
                list.add(c);
            }
        }
        return List.copyOf(list);
    }

    /**
     * The relevant matches for free text over codes, names, phrases, vendors and descriptions, best
     * first, tolerant of small typos: {@code search("teapott")} finds 418, {@code search("too many
     * request")} finds 429 first and leaves out codes that only share the word "request". What
     * {@link StatusCode#forName} finds comes first ({@code "unprocessableEntity"} → 422), and so does a
     * code typed with look-alike letters ({@code "4O4"} → 404). Matches scoring under 40 % of the
     * best are left out; {@link #search(String, int)} gives those too. Empty when nothing matches;
     * never throws, whatever the text.
     */
    public static List<StatusCode> search(String query) {
        return Search.search(query);
    }

    /**
     * The best {@code limit} matches for free text, however weak, ranked as {@link #search(String)}
     * ranks them; {@code limit} 0 gives every match.
     *
     * <pre>{@code StatusCodes.search("request", 0).size();   // every code whose texts mention a request}</pre>
     *
     * @throws IllegalArgumentException if {@code limit} is negative
     */
    public static List<StatusCode> search(String query, int limit) {
        return Search.search(query, limit);
    }
}
