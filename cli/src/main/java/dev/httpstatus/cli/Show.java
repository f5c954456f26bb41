package dev.httpstatus.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.httpstatus.StatusCode;
import dev.httpstatus.cli.render.CardView;
import dev.httpstatus.json.StatusJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Prints one card per query (with --json, a JSON error document for each miss): shared by {@code httpstatus <query>…}, {@code httpstatus show} and the
 * start-up fast path in {@link Main}, so all three print exactly the same thing.
 *
 * <pre>{@code
 * int exit = Show.run(io, List.of("404", "not found"), false);  // two cards, exit 0
 * }</pre>
 */
final class Show {

    private Show() {}

    /**
     * Cards for every query that names a code, a notice on stderr for every one that does not.
     * With {@code json}: one object for a single query, an array for several.
     *
     * @return {@link ExitCodes#FOUND} when every query was found, else {@link ExitCodes#NOT_FOUND}
     */
    static int run(Io io, List<String> queries, boolean json) {
        List<Object> results = new ArrayList<>(queries.size()); // a StatusCode, or the query that missed
        boolean missed = false;
        CardView cards = json ? null : new CardView(io.lines());
        int shown = 0;
        for (String q : queries) {
            Optional<StatusCode> code = Lookup.find(q);
            if (code.isEmpty()) {
                io.error(Lookup.notFound(q));
                missed = true;
                results.add(q);
                continue;
            }
            if (cards != null) {
                if (shown++ > 0) {
                    io.out().print('\n');
                }
                cards.write(code.get());
            }
            results.add(code.get());
        }
        if (json) {
            writeJson(io, results, queries.size() > 1);
        }
        return missed ? ExitCodes.NOT_FOUND : ExitCodes.FOUND;
    }

    /**
     * One card, or an array for several queries; a miss is a JSON error document in its place, so a
     * pipe into jq always reads JSON.
     */
    private static void writeJson(Io io, List<Object> results, boolean array) {
        try (JsonGenerator g = Json.generator(io)) {
            if (array) {
                g.writeStartArray();
            }
            for (Object r : results) {
                if (r instanceof StatusCode c) {
                    StatusJson.write(g, c);
                } else {
                    Lookup.writeJsonError(g, (String) r);
                }
            }
            if (array) {
                g.writeEndArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Json.end(io);
    }

    /** The JSON error document alone, for commands that look one code up (explain, rules). */
    static void writeJsonError(Io io, String query) {
        try (JsonGenerator g = Json.generator(io)) {
            Lookup.writeJsonError(g, query);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Json.end(io);
    }
}
