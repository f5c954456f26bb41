package dev.httpstatus.check;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongConsumer;

/**
 * Checks inputs on several threads and reports them in input order, exactly as a serial run would.
 * The report thread streams the input whose turn it is while at most {@code jobs - 1} later inputs
 * are read ahead, each into its own bounded {@link InputChannel}; an input starts only when the one
 * {@code jobs} places before it has been reported. So memory is bounded by the number of jobs, not by
 * the number or size of inputs, and every input in flight has a thread (no worker waits on another).
 */
final class ParallelRun {

    /** Reads one input into its results; bad input goes to {@link Results#badInput}, not thrown. */
    @FunctionalInterface
    interface Reader {
        void read(String input, Results out, LongConsumer progress);
    }

    /** Where results go, on the report thread: the start of each input, then its results. */
    interface Report extends Results {
        void startInput(String input);
    }

    /** How often the report thread looks at the progress of the input it waits for. */
    private static final long POLL_MILLIS = 100;

    private final int jobs;
    private final Reader reader;

    ParallelRun(int jobs, Reader reader) {
        if (jobs < 2) {
            throw new IllegalArgumentException("a parallel run needs at least 2 jobs, got " + jobs);
        }
        this.jobs = jobs;
        this.reader = reader;
    }

    /** Reads every input, passing the results to {@code report} in input order. */
    void run(List<String> inputs, Report report, CheckSession.Progress progress) {
        AtomicInteger ids = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(jobs, r -> {
            Thread t = new Thread(r, "httpstatus-check-" + ids.incrementAndGet());
            t.setDaemon(true); // a worker stuck on standard input must not keep the process alive
            return t;
        });
        InputChannel[] channels = new InputChannel[inputs.size()];
        int started = 0;
        try {
            for (int i = 0; i < inputs.size(); i++) {
                for (; started < inputs.size() && started < i + jobs; started++) {
                    InputChannel c = new InputChannel();
                    String input = inputs.get(started);
                    channels[started] = c;
                    pool.execute(() -> work(input, c));
                }
                InputChannel c = channels[i];
                channels[i] = null;
                report.startInput(inputs.get(i));
                drain(c, report, progress);
            }
        } finally {
            for (InputChannel c : channels) {
                if (c != null) {
                    c.cancel();
                }
            }
            pool.shutdownNow();
        }
    }

    private void work(String input, InputChannel c) {
        try {
            reader.read(input, c, c::progress);
            c.end();
        } catch (CancellationException e) {
            // the run stopped (the report failed, or an earlier input hit a bug): nothing to tell
        } catch (Throwable t) { // a bug in a reader or rule: the report thread rethrows it in its turn
            c.fail(t);
        }
    }

    private static void drain(InputChannel c, Report report, CheckSession.Progress progress) {
        long shown = 0;
        while (true) {
            InputChannel.Event e;
            try {
                e = c.take(POLL_MILLIS);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted while waiting for " + c);
            }
            if (progress != null) {
                long read = c.bytesRead();
                if (read != shown) {
                    progress.advance(read);
                    shown = read;
                }
            }
            if (e == null) {
                continue;
            }
            if (e instanceof InputChannel.Checked x) {
                report.exchange(x.x(), x.reported(), x.setAside());
            } else if (e instanceof InputChannel.Skipped s) {
                report.skipped(s.skip());
            } else if (e instanceof InputChannel.Bad b) {
                report.badInput(b.e());
            } else if (e instanceof InputChannel.Failed f) {
                rethrow(f.t());
            } else {
                return;
            }
        }
    }

    private static void rethrow(Throwable t) {
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error err) {
            throw err;
        }
        throw new IllegalStateException("a worker failed", t);
    }
}
