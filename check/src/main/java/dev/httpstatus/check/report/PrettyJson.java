package dev.httpstatus.check.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * The indented JSON generator the JSON and SARIF reports write with. It leaves the writer open,
 * because the caller owns it (stdout or an {@code --output} file).
 *
 * <pre>{@code JsonGenerator g = PrettyJson.generator(writer);}</pre>
 */
public final class PrettyJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private PrettyJson() {}

    /** An indenting generator on {@code out} that leaves it open. */
    public static JsonGenerator generator(Writer out) {
        try {
            JsonGenerator g = FACTORY.createGenerator(out);
            g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            g.useDefaultPrettyPrinter();
            return g;
        } catch (IOException e) {
            throw new UncheckedIOException(e); // creating a generator over a Writer does no I/O
        }
    }
}
