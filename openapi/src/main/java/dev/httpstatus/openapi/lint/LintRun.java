package dev.httpstatus.openapi.lint;

import dev.httpstatus.check.ci.Baseline;
import dev.httpstatus.check.ci.Occurrence;
import dev.httpstatus.check.ci.Triage;
import dev.httpstatus.check.ci.Verdict;
import dev.httpstatus.openapi.ApiDescription;
import dev.httpstatus.openapi.BadDescriptionException;
import dev.httpstatus.openapi.report.LintReportWriter;
import dev.httpstatus.openapi.report.LintSummary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Lints descriptions one after the other and writes the report: a description that cannot be read
 * is reported with its located problems, and the run goes on.
 *
 * <pre>{@code
 * LintSummary s = new LintRun(Linter.standard(), LintReportWriter.of(ReportFormat.TEXT, out, false))
 *         .run(List.of("api.yaml", "other.json"));
 * int exit = s.exitCode(Severity.ERROR);   // 0, 1 or 2
 * }</pre>
 */
public final class LintRun {

    private final Linter linter;
    private final LintReportWriter writer;
    private final Triage triage;
    private final Baseline.Recorder recorder;

    public LintRun(Linter linter, LintReportWriter writer) {
        this(linter, writer, Triage.none(), null);
    }

    /**
     * A run whose findings go through {@code triage} (suppressions from {@code --disable} and the
     * configuration file's "lint" section, and a baseline), the checker's mechanism: suppressed
     * findings and those the baseline accepts are counted apart and never fail the run. With a
     * {@code recorder}, every finding is also recorded for a new baseline.
     */
    public LintRun(Linter linter, LintReportWriter writer, Triage triage, Baseline.Recorder recorder) {
        this.linter = Objects.requireNonNull(linter, "linter");
        this.writer = Objects.requireNonNull(writer, "writer");
        this.triage = Objects.requireNonNull(triage, "triage");
        this.recorder = recorder;
    }

    /**
     * How suppressions and baselines see a finding: the rule, its severity, the JSON pointer as the
     * stable location key (not the line, which moves), and the first operation's path and method.
     */
    public static Occurrence occurrence(LintFinding f) {
        Occurrence o = Occurrence.of(f.rule().id(), f.severity(), f.pointer().toString());
        if (f.operations().isEmpty()) {
            return o;
        }
        String op = f.operations().get(0);
        int space = op.indexOf(' ');
        return space < 0 ? o : o.at("", op.substring(space + 1), op.substring(0, space));
    }

    /**
     * Lints every file named.
     *
     * @throws IOException only when writing the report fails
     */
    public LintSummary run(List<String> files) throws IOException {
        LintSummary summary = new LintSummary();
        writer.begin(triage);
        for (String f : files) {
            ApiDescription d;
            try {
                // the rules and the catalog get ready on another thread while the text is parsed
                d = ApiDescription.read(Path.of(f), LintRules::all);
            } catch (BadDescriptionException e) {
                summary.bad();
                writer.badInput(f, e.problems());
                continue;
            } catch (java.nio.file.InvalidPathException e) {
                summary.bad();
                writer.badInput(f, List.of(f + ": not a file name: " + e.getReason()));
                continue;
            }
            LintResult all = linter.lint(d);
            java.util.List<LintFinding> reported = new java.util.ArrayList<>();
            java.util.List<SetAsideFinding> setAside = new java.util.ArrayList<>();
            for (LintFinding x : all.findings()) {
                Occurrence o = occurrence(x);
                Verdict v = triage.judge(o);
                if (recorder != null && v.kind() != Verdict.Kind.SUPPRESSED) {
                    recorder.add(o);
                }
                switch (v.kind()) {
                    case REPORTED -> reported.add(x);
                    case SUPPRESSED -> {
                        summary.suppressed();
                        setAside.add(new SetAsideFinding(x, v));
                    }
                    case IN_BASELINE -> {
                        summary.inBaseline();
                        setAside.add(new SetAsideFinding(x, v));
                    }
                }
            }
            LintResult r = setAside.isEmpty() ? all : new LintResult(d, reported, all.responses(), setAside);
            summary.add(r);
            writer.description(r);
        }
        writer.end(summary);
        return summary;
    }
}
