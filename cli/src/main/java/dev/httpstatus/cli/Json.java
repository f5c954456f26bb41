package dev.httpstatus.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.httpstatus.cli.render.Terminal;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * The generator every {@code --json} output goes through: indented on a terminal, compact in a pipe,
 * never closing stdout.
 *
 * <pre>{@code
 * try (JsonGenerator g = Json.generator(io)) {
 *     StatusJson.write(g, StatusCode.NOT_FOUND);
 * }
 * Json.end(io);
 * }</pre>
 */
final class Json {

    /** Escaping keeps JSON intact where stdout cannot encode "§" or "—" (e.g. an ASCII locale). */
    private static final boolean ESCAPE = !Io.charset().equals(java.nio.charset.StandardCharsets.UTF_8);

    private static final JsonFactory FACTORY = new JsonFactory()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private Json() {}

    static JsonGenerator generator(Io io) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(io.out());
        if (ESCAPE) {
            g.enable(JsonGenerator.Feature.ESCAPE_NON_ASCII);
        }
        Terminal t = io.terminal();
        return t.prettyJson() ? g.useDefaultPrettyPrinter() : g;
    }

    /** Ends the document with a newline, as line-oriented tools expect. */
    static void end(Io io) {
        PrintWriter out = io.out();
        out.print('\n');
    }
}
