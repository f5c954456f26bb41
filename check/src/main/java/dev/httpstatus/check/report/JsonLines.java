package dev.httpstatus.check.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.httpstatus.check.model.Exchange;
import dev.httpstatus.check.model.Finding;
import dev.httpstatus.check.model.Skip;
import dev.httpstatus.check.model.Source;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The results of the JSON report one per line (NDJSON), for drivers that write results from many
 * threads or machines and cannot share one document: each line is exactly one element of
 * {@code results[]} of {@code httpstatus check --format json}, written by the same code.
 *
 * <pre>{@code
 * String line = JsonLines.exchange(x, findings);
 * // {"kind":"exchange","source":{"file":"a.har","entry":4,"line":212,"hop":null},"method":"GET",…}
 * JsonLines.skipped(skip);                       // {"kind":"skipped",…,"reason":"status 0: …"}
 * JsonLines.error(Source.line("access.log", 7), "not JSON: …");
 * }</pre>
 *
 * <p>Lines carry no trailing newline. Stateless and thread-safe.
 */
public final class JsonLines {

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonLines() {}

    /**
     * The result for an exchange checked, nothing set aside. The report lists only exchanges with
     * findings or notes; callers do the same.
     */
    public static String exchange(Exchange x, List<Finding> findings) {
        return write(g -> JsonReport.writeExchange(g, x, findings, List.of()));
    }

    /** The result for an entry read but not checked. */
    public static String skipped(Skip skip) {
        return write(g -> JsonReport.writeSkipped(g, skip));
    }

    /** The result for something that could not be read at {@code source}, with the located message. */
    public static String error(Source source, String message) {
        return write(g -> JsonReport.writeError(g, source, message));
    }

    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private static String write(Body body) {
        StringWriter out = new StringWriter(256);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does no I/O
        }
        return out.toString();
    }
}
