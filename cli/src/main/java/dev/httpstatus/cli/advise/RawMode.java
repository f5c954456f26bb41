package dev.httpstatus.cli.advise;

import java.io.File;
import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * The terminal in character-at-a-time mode without echo, set and restored with {@code stty} on
 * {@code /dev/tty}: the JDK has no terminal API, and {@code stty} is on every POSIX system. Signals
 * stay on, so Ctrl-C still interrupts; a shutdown hook restores the settings on the way out.
 *
 * <pre>{@code
 * Optional<RawMode> raw = RawMode.enter();    // empty where stty or /dev/tty is missing
 * try { … } finally { raw.ifPresent(RawMode::close); }
 * }</pre>
 */
public final class RawMode implements AutoCloseable {

    private static final File TTY = new File("/dev/tty");

    private final String saved;
    private final Thread restoreOnExit;
    private boolean closed;

    private RawMode(String saved) {
        this.saved = saved;
        this.restoreOnExit = new Thread(this::restore, "httpstatus-restore-tty");
        Runtime.getRuntime().addShutdownHook(restoreOnExit);
    }

    /** Raw mode on the controlling terminal, or empty if it cannot be set (no tty, no stty). */
    public static java.util.Optional<RawMode> enter() {
        if (!TTY.canRead() || File.separatorChar != '/') {
            return java.util.Optional.empty();
        }
        try {
            String saved = stty("-g").trim();
            if (saved.isEmpty()) {
                return java.util.Optional.empty();
            }
            stty("-icanon", "-echo", "min", "1", "time", "0");
            return java.util.Optional.of(new RawMode(saved));
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            restore();
            try {
                Runtime.getRuntime().removeShutdownHook(restoreOnExit);
            } catch (IllegalStateException e) {
                // already shutting down: the hook restores
            }
        }
    }

    private synchronized void restore() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            stty(saved);
        } catch (IOException e) {
            // nothing better to do on the way out; `stty sane` fixes a terminal left raw
        }
    }

    private static String stty(String... args) throws IOException {
        String[] command = new String[args.length + 1];
        command[0] = "stty";
        System.arraycopy(args, 0, command, 1, args.length);
        Process p = new ProcessBuilder(command).redirectInput(TTY).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII);
            if (!p.waitFor(5, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException("stty " + String.join(" ", args) + " failed");
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running stty", e);
        }
    }
}
