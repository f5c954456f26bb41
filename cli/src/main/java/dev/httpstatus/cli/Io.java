package dev.httpstatus.cli;

import dev.httpstatus.cli.render.Lines;
import dev.httpstatus.cli.render.Style;
import dev.httpstatus.cli.render.Terminal;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Where a command writes and how it should look: stdout, stderr and the terminal's abilities.
 *
 * <pre>{@code
 * Io io = new Io(out, err, Terminal.PLAIN);
 * io.lines().row("Class", "4xx Client Error");
 * }</pre>
 *
 * @param out      the command's results
 * @param err      diagnostics: not-found notices, usage errors
 * @param terminal colour and layout for {@code out}
 */
public record Io(PrintWriter out, PrintWriter err, Terminal terminal) {

    /** This output with colour turned off when {@code noColor} is set. */
    public Io withNoColor(boolean noColor) {
        return noColor && terminal.color() ? new Io(out, err, terminal.withoutColor()) : this;
    }

    public Style style() {
        return new Style(terminal.color());
    }

    public Lines lines() {
        return new Lines(out, terminal, style());
    }

    /**
     * The charset of the terminal or file behind stdout: the platform's native encoding (Java 17
     * has no {@code stdout.encoding}), UTF-8 when that is unknown.
     */
    public static Charset charset() {
        String name = System.getProperty("native.encoding");
        try {
            return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
        } catch (RuntimeException e) {
            return StandardCharsets.UTF_8;
        }
    }

    /** A one-line diagnostic on stderr, prefixed with the program name. */
    public void error(String message) {
        err.print("httpstatus: " + message + "\n");
    }
}
