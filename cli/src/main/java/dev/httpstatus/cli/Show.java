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
 * Prints one card per query: shared by {@code httpstatus <query>…}, {@code httpstatus show} and the
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
        List<StatusCode> found = new ArrayList<>(queries.size());
        boolean missed = false;
        CardView cards = json ? null : new CardView(io.lines());
        for (String q : queries) {
            Optional<StatusCode> code = Lookup.find(q);
            if (code.isEmpty()) {
                io.error(Lookup.notFound(q));
                missed = true;
                continue;
            }
            if (cards != null) {
                if (!found.isEmpty()) {
                    io.out().print('\n');
                }
                cards.write(code.get());
            }
            found.add(code.get());
        }
        if (json && !found.isEmpty()) {
            writeJson(io, found, queries.size() > 1);
        }
        return missed ? ExitCodes.NOT_FOUND : ExitCodes.FOUND;
    }

    private static void writeJson(Io io, List<StatusCode> codes, boolean array) {
        try (JsonGenerator g = Json.generator(io)) {
            if (array) {
                StatusJson.writeArray(g, codes);
            } else {
                StatusJson.write(g, codes.get(0));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Json.end(io);
    }
}
