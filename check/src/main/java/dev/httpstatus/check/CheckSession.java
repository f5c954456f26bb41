package dev.httpstatus.check;

import dev.httpstatus.check.input.BadInputException;
import dev.httpstatus.check.input.ExchangeSink;
import dev.httpstatus.check.input.Inputs;
import dev.httpstatus.check.input.LiveRequest;
import dev.httpstatus.check.model.Exchange;
import dev.httpstatus.check.model.Finding;
import dev.httpstatus.check.model.Severity;
import dev.httpstatus.check.model.Skip;
import dev.httpstatus.check.model.Source;
import dev.httpstatus.check.report.ReportWriter;
import dev.httpstatus.check.report.Summary;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * One run of the checker: reads inputs, checks every exchange, streams the results to a report.
 *
 * <pre>{@code
 * Summary s = CheckSession.builder(ReportFormat.TEXT.writer(System.out, false))
 *         .live(LiveRequest.get().following(true))
 *         .build()
 *         .run(List.of("session.har", "http://127.0.0.1:8080/x"));
 * int exit = CheckSession.exitCode(s, Severity.ERROR);   // 0, 1 or 2
 * }</pre>
 *
 * <p>An input that cannot be read is reported and the run goes on with the next one; what was read
 * of it before the problem stays in the report.
 */
public final class CheckSession {

    /** Follows a run: which input, and how many of its bytes have been read. */
    public interface Progress {
        /** A new input of {@code size} bytes (-1 if unknown) starts. */
        void start(String input, long size);

        /** {@code bytes} of the current input have been read. */
        void advance(long bytes);

        /** The run has ended. */
        void finish();
    }

    private final ReportWriter writer;
    private final Checker checker;
    private final LiveRequest live;
    private final InputStream stdin;
    private final Progress progress;

    private CheckSession(Builder b) {
        this.writer = b.writer;
        this.checker = b.checker;
        this.live = b.live;
        this.stdin = b.stdin;
        this.progress = b.progress;
    }

    /** A session writing to {@code writer}, with every rule, a plain GET for URLs and System.in for "-". */
    public static Builder builder(ReportWriter writer) {
        return new Builder(writer);
    }

    /**
     * The exit code for a run: 2 if an input could not be read, 1 if a finding is at or above
     * {@code failOn} (null: never), 0 otherwise.
     */
    public static int exitCode(Summary s, Severity failOn) {
        if (s.badInputs() > 0) {
            return 2;
        }
        return s.hasFindingsAtLeast(failOn) ? 1 : 0;
    }

    /**
     * Checks every input named (see {@link Inputs}) and writes the report.
     *
     * @throws IOException only when writing the report fails; bad input is part of the report
     */
    public Summary run(List<String> args) throws IOException {
        Summary summary = new Summary();
        writer.begin();
        List<String> inputs;
        try {
            inputs = Inputs.expand(args);
        } catch (BadInputException e) {
            summary.badInput();
            writer.badInput(e);
            writer.end(summary);
            return summary;
        }
        Sink sink = new Sink(summary);
        try {
            for (String input : inputs) {
                sink.forget();
                summary.input();
                writer.input(input);
                if (progress != null) {
                    progress.start(input, Inputs.size(input));
                }
                try {
                    Inputs.read(input, stdin, live, sink, progress == null ? null : progress::advance);
                } catch (BadInputException e) {
                    summary.badInput();
                    writer.badInput(e);
                } catch (UncheckedIOException e) {
                    throw e.getCause(); // the report could not be written
                } catch (IOException e) {
                    summary.badInput();
                    writer.badInput(new BadInputException(Source.file(input), "", "cannot read: " + e.getMessage()));
                }
            }
        } finally {
            if (progress != null) {
                progress.finish();
            }
        }
        writer.end(summary);
        return summary;
    }

    /** Checks each exchange as it arrives and hands it on to the report. */
    private final class Sink implements ExchangeSink {
        private final Summary summary;
        private CaptureMemory memory = new CaptureMemory();

        Sink(Summary summary) {
            this.summary = summary;
        }

        /** A new input: what the last one showed says nothing about this one. */
        void forget() {
            memory = new CaptureMemory();
        }

        @Override
        public void exchange(Exchange x) {
            List<Finding> findings = checker.check(memory.see(x));
            summary.checked(findings);
            try {
                writer.exchange(x, findings);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void skipped(Skip skip) {
            summary.skipped(skip.reason());
            try {
                writer.skipped(skip);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Options of a session. */
    public static final class Builder {
        private final ReportWriter writer;
        private Checker checker = Checker.standard();
        private LiveRequest live = LiveRequest.get();
        private InputStream stdin = System.in;
        private Progress progress;

        private Builder(ReportWriter writer) {
            this.writer = Objects.requireNonNull(writer, "writer");
        }

        public Builder checker(Checker c) {
            this.checker = Objects.requireNonNull(c, "checker");
            return this;
        }

        /** What to send to URLs. */
        public Builder live(LiveRequest r) {
            this.live = Objects.requireNonNull(r, "live request");
            return this;
        }

        /** The stream "-" reads. */
        public Builder stdin(InputStream in) {
            this.stdin = Objects.requireNonNull(in, "stdin");
            return this;
        }

        /** A progress listener, or null for none. */
        public Builder progress(Progress p) {
            this.progress = p;
            return this;
        }

        public CheckSession build() {
            return new CheckSession(this);
        }
    }
}
