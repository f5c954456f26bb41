package dev.httpstatus.cli.render;

import java.util.Map;

/**
 * How output should look where it is going: colour or not, the width to wrap prose at (0 for no
 * wrapping), and whether JSON is indented. Colour and layout belong to a terminal only; piped output
 * is plain so that scripts and {@code grep} see one fact per line.
 *
 * <pre>{@code
 * Terminal t = Terminal.detect(System.getenv(), false);  // colour on a tty unless NO_COLOR is set
 * Terminal.PLAIN.color()                                  // false
 * }</pre>
 *
 * @param color     whether to use ANSI colour
 * @param width     the column to wrap prose at, or 0 to leave every paragraph on one line
 * @param prettyJson whether JSON output is indented
 */
public record Terminal(boolean color, int width, boolean prettyJson) {

    /** The usual width of a terminal, used when {@code COLUMNS} says nothing. */
    public static final int DEFAULT_WIDTH = 80;

    /** Output for a pipe or a file: no colour, no wrapping, compact JSON. */
    public static final Terminal PLAIN = new Terminal(false, 0, false);

    /** An 80-column colour terminal. */
    public static final Terminal ANSI_80 = new Terminal(true, DEFAULT_WIDTH, true);

    /**
     * Decides from the environment: a terminal only when the JVM has a console (stdin and stdout
     * both attached to one); colour unless {@code noColor}, a non-empty {@code NO_COLOR}
     * (no-color.org) or {@code TERM=dumb}.
     */
    public static Terminal detect(Map<String, String> env, boolean noColor) {
        return detect(env, noColor, System.console() != null);
    }

    static Terminal detect(Map<String, String> env, boolean noColor, boolean console) {
        if (!console) {
            return PLAIN;
        }
        String noColorEnv = env.get("NO_COLOR");
        boolean color = !noColor && (noColorEnv == null || noColorEnv.isEmpty()) && !"dumb".equals(env.get("TERM"));
        return new Terminal(color, columns(env.get("COLUMNS")), true);
    }

    /** The wrap width from a {@code COLUMNS} value, kept between 40 and 120 for readable lines. */
    static int columns(String value) {
        if (value != null) {
            try {
                return Math.max(40, Math.min(120, Integer.parseInt(value.trim())));
            } catch (NumberFormatException e) {
                // an odd COLUMNS value is not worth failing over
            }
        }
        return DEFAULT_WIDTH;
    }

    /** This terminal without colour, for {@code --no-color} given after detection. */
    public Terminal withoutColor() {
        return color ? new Terminal(false, width, prettyJson) : this;
    }
}
