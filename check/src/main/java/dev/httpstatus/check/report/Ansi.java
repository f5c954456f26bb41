package dev.httpstatus.check.report;

import dev.httpstatus.check.model.Severity;

/** ANSI colours for terminal output, or plain text when colour is off. */
final class Ansi {

    private final boolean on;

    Ansi(boolean on) {
        this.on = on;
    }

    String severity(Severity s, String text) {
        return switch (s) {
            case ERROR -> wrap("1;31", text);
            case WARNING -> wrap("33", text);
            case INFO -> wrap("36", text);
        };
    }

    String bold(String text) {
        return wrap("1", text);
    }

    String dim(String text) {
        return wrap("2", text);
    }

    String green(String text) {
        return wrap("32", text);
    }

    private String wrap(String code, String text) {
        return on ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
    }
}
