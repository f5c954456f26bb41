package dev.httpstatus.check;

import dev.httpstatus.check.ci.Baseline;
import dev.httpstatus.check.ci.TrafficKeys;
import dev.httpstatus.check.ci.Triage;
import dev.httpstatus.check.input.BadInputException;
import dev.httpstatus.check.input.Inputs;
import dev.httpstatus.check.input.LiveRequest;
import dev.httpstatus.check.model.Exchange;
import dev.httpstatus.check.model.Finding;
import dev.httpstatus.check.model.Severity;
import dev.httpstatus.check.model.Skip;
import dev.httpstatus.check.model.Source;
import dev.httpstatus.check.report.ReportWriter;
import dev.httpstatus.check.report.SetAside;
import dev.httpstatus.check.report.Summary;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.function.LongConsumer;

/**
 * One run of the checker: reads inputs, checks every exchange, streams the results to a report.
 *
 * <pre>{@code
 * Summary s = CheckSession.builder(ReportFormat.TEXT.writer(System.out, false))
 *         .live(LiveRequest.get().following(true))
 *         .build()
 *         .run(List.of("session.har", "http://127.0.0.1:8080/x"));
 * int exit = CheckSession.exitCode(s, Severity.ERROR);   // 0, 1 or 2
 *
 * CheckSession.builder(writer)
 *         .triage(Triage.of(suppressions, Baseline.read(Path.of("baseline.json"), "check")))
 *         .jobs(4)                                   // four inputs at a time, report in input order
 *         .build().run(List.of("captures/"));
 * }</pre>
 *
 * <p>An input that cannot be read is reported and the run goes on with the next one; what was read
 * of it before the problem stays in the report. With {@link Builder#jobs} above 1, inputs are read
 * and checked on that many threads; the report, the summary and the exit code are the same as
 * those of a serial run, and memory stays bounded by the number of jobs.
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
    private final Triage triage;
    private final Baseline.Recorder recorder;
    private final int jobs;

    private CheckSession(Builder b) {
        this.writer = b.writer;
        this.checker = b.checker;
        this.live = b.live;
        this.stdin = b.stdin;
        this.progress = b.progress;
        this.triage = b.triage;
        this.recorder = b.recorder;
        this.jobs = b.jobs;
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
        writer.begin(triage);
        List<String> inputs;
        try {
            inputs = Inputs.expand(args);
        } catch (BadInputException e) {
            summary.badInput();
            writer.badInput(e);
            writer.end(summary);
            return summary;
        }
        Emitter report = new Emitter(summary);
        try {
            if (jobs > 1 && inputs.size() > 1) {
                new ParallelRun(Math.min(jobs, inputs.size()), this::read).run(inputs, report, progress);
            } else {
                for (String input : inputs) {
                    report.startInput(input);
                    read(input, report, progress == null ? null : progress::advance);
                }
            }
        } catch (ReportFailure e) {
            throw e.getCause();
        } finally {
            if (progress != null) {
                progress.finish();
            }
        }
        writer.end(summary);
        return summary;
    }

    /** Reads and checks one input; bad input becomes a result, not an exception. */
    private void read(String input, Results out, LongConsumer bytesRead) {
        try {
            Inputs.read(input, stdin, live, new InputCheck(checker, triage, out), bytesRead);
        } catch (BadInputException e) {
            out.badInput(e);
        } catch (IOException e) {
            out.badInput(new BadInputException(Source.file(input), "", "cannot read: " + e.getMessage()));
        }
    }

    /** Writing the report failed: ends the run, unlike bad input. */
    private static final class ReportFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ReportFailure(IOException cause) {
            super(cause);
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }

    /** Passes results to the summary, the baseline being recorded and the report; on the report's thread only. */
    final class Emitter implements ParallelRun.Report {
        private final Summary summary;

        Emitter(Summary summary) {
            this.summary = summary;
        }

        /** The results of {@code input} follow. */
        @Override
        public void startInput(String input) {
            summary.input();
            try {
                writer.input(input);
            } catch (IOException e) {
                throw new ReportFailure(e);
            }
            if (progress != null) {
                progress.start(input, Inputs.size(input));
            }
        }

        @Override
        public void exchange(Exchange x, List<Finding> reported, List<SetAside> setAside) {
            summary.checked(reported, setAside);
            if (recorder != null) {
                for (Finding f : reported) {
                    recorder.add(TrafficKeys.occurrence(f, x));
                }
                for (SetAside a : setAside) {
                    if (!a.isSuppressed()) {
                        recorder.add(TrafficKeys.occurrence(a.finding(), x));
                    }
                }
            }
            try {
                writer.exchange(x, reported, setAside);
            } catch (IOException e) {
                throw new ReportFailure(e);
            }
        }

        @Override
        public void skipped(Skip skip) {
            summary.skipped(skip.reason());
            try {
                writer.skipped(skip);
            } catch (IOException e) {
                throw new ReportFailure(e);
            }
        }

        @Override
        public void badInput(BadInputException e) {
            summary.badInput();
            try {
                writer.badInput(e);
            } catch (IOException ex) {
                throw new ReportFailure(ex);
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
        private Triage triage = Triage.none();
        private Baseline.Recorder recorder;
        private int jobs = 1;

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

        /** Which findings are reported and which set aside (suppressions, a baseline); default: all reported. */
        public Builder triage(Triage t) {
            this.triage = Objects.requireNonNull(t, "triage");
            return this;
        }

        /**
         * Records every finding not suppressed (reported or in the baseline) into {@code r}, for a new
         * baseline; null for none. Holds one entry per distinct rule and location, not per finding.
         */
        public Builder recording(Baseline.Recorder r) {
            this.recorder = r;
            return this;
        }

        /**
         * How many inputs are read and checked at a time (default 1). The report is the same for
         * any number; more jobs only help when there are several inputs.
         *
         * @throws IllegalArgumentException if {@code n} is below 1
         */
        public Builder jobs(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("jobs must be at least 1, got " + n);
            }
            this.jobs = n;
            return this;
        }

        public CheckSession build() {
            return new CheckSession(this);
        }
    }
}
