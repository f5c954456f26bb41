package dev.httpstatus.cli.render;

import dev.httpstatus.Requirement;
import dev.httpstatus.StatusClass;

/**
 * ANSI styling that turns into plain text when colour is off, so renderers never branch on it.
 *
 * <pre>{@code
 * Style s = new Style(true);
 * s.bold("404 Not Found")   // "\u001b[1m404 Not Found\u001b[0m"
 * new Style(false).bold("x") // "x"
 * }</pre>
 */
public final class Style {

    private static final String RESET = "\u001b[0m";

    private final boolean color;

    /** A style that colours only when {@code color} is true. */
    public Style(boolean color) {
        this.color = color;
    }

    /** Whether this style adds escape sequences. */
    public boolean color() {
        return color;
    }

    public String bold(String s) {
        return paint("1", s);
    }

    public String dim(String s) {
        return paint("2", s);
    }

    /** A code's class colour: green for success, cyan for redirects, yellow and red for errors. */
    public String ofClass(StatusClass c, String s) {
        return switch (c) {
            case INFORMATIONAL -> paint("1;34", s);
            case SUCCESSFUL -> paint("1;32", s);
            case REDIRECTION -> paint("1;36", s);
            case CLIENT_ERROR -> paint("1;33", s);
            case SERVER_ERROR -> paint("1;31", s);
            case UNDEFINED -> paint("1;35", s);
        };
    }

    /** Requirement levels stand out by strength. */
    public String level(Requirement r, String s) {
        return switch (r) {
            case MUST, MUST_NOT -> paint("1;31", s);
            case SHOULD, SHOULD_NOT -> paint("1;33", s);
            case MAY -> paint("36", s);
        };
    }

    public String warn(String s) {
        return paint("33", s);
    }

    private String paint(String sgr, String s) {
        return color ? "\u001b[" + sgr + "m" + s + RESET : s;
    }
}
