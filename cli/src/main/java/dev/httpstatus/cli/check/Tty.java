package dev.httpstatus.cli.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Whether a standard stream is a terminal. Java 17 only tells whether stdin and stdout both are
 * ({@code System.console()}); on Linux the descriptor's link in /proc says it for each stream.
 *
 * <pre>{@code Tty.isTerminal(2)  // stderr is a terminal: show a progress bar}</pre>
 */
public final class Tty {

    private Tty() {}

    /** Whether file descriptor {@code fd} (1 stdout, 2 stderr) is a terminal. */
    public static boolean isTerminal(int fd) {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    /** Colour on {@code fd}: a terminal, no --no-color, no non-empty NO_COLOR, and TERM not "dumb". */
    public static boolean colorOn(Map<String, String> env, boolean noColor, int fd) {
        String nc = env.get("NO_COLOR");
        return !noColor && (nc == null || nc.isEmpty()) && !"dumb".equals(env.get("TERM")) && isTerminal(fd);
    }
}
