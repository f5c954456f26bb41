package dev.httpstatus.check.report;

import dev.httpstatus.check.model.Severity;

/**
 * ANSI colours for terminal output, or plain text when colour is off; shared by the checker's and
 * the OpenAPI linter's text reports.
 *
 * <pre>{@code new Ansi(true).bold("x");  // "\u001b[1mx\u001b[0m"}</pre>
 */
public final class Ansi {

    private final boolean on;

    /** Colours when {@code on}, plain text otherwise. */
    public Ansi(boolean on) {
        this.on = on;
    }

    /** The text in this style. */
    public String severity(Severity s, String text) {
        return switch (s) {
            case ERROR -> wrap("1;31", text);
            case WARNING -> wrap("33", text);
            case INFO -> wrap("36", text);
        };
    }

    /** The text in this style. */
    public String bold(String text) {
        return wrap("1", text);
    }

    /** The text in this style. */
    public String dim(String text) {
        return wrap("2", text);
    }

    /** The text in this style. */
    public String green(String text) {
        return wrap("32", text);
    }

    private String wrap(String code, String text) {
        return on ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
    }
}
