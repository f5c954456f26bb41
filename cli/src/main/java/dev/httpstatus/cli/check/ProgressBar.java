package dev.httpstatus.cli.check;

import dev.httpstatus.check.CheckSession;
import java.io.PrintWriter;

/**
 * A one-line progress bar on a terminal's stderr for inputs of known size, redrawn at most ten
 * times a second and erased at the end.
 *
 * <pre>{@code  big.har  [##########          ]  52%  540 of 1024 MiB}</pre>
 */
final class ProgressBar implements CheckSession.Progress {

    /** Inputs smaller than this finish before a bar would help. */
    private static final long MIN_SIZE = 8L << 20;
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private String name;
    private long size;
    private long lastDraw;
    private boolean drawn;

    ProgressBar(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void start(String input, long size) {
        clear();
        this.name = input.length() > 40 ? "…" + input.substring(input.length() - 39) : input;
        this.size = size;
    }

    @Override
    public void advance(long bytes) {
        if (size < MIN_SIZE) {
            return;
        }
        long now = System.nanoTime();
        if (drawn && now - lastDraw < 100_000_000L) {
            return;
        }
        lastDraw = now;
        int pct = (int) Math.min(100, bytes * 100 / size);
        int filled = pct * WIDTH / 100;
        err.print("\r" + name + "  [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] "
                + String.format("%3d%%  %d of %d MiB", pct, bytes >> 20, size >> 20));
        err.flush();
        drawn = true;
    }

    @Override
    public void finish() {
        clear();
    }

    private void clear() {
        if (drawn) {
            err.print("\r\u001b[2K");
            err.flush();
            drawn = false;
        }
    }
}
