package dev.httpstatus.openapi.lint;

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

    public LintRun(Linter linter, LintReportWriter writer) {
        this.linter = Objects.requireNonNull(linter, "linter");
        this.writer = Objects.requireNonNull(writer, "writer");
    }

    /**
     * Lints every file named.
     *
     * @throws IOException only when writing the report fails
     */
    public LintSummary run(List<String> files) throws IOException {
        LintSummary summary = new LintSummary();
        writer.begin();
        for (String f : files) {
            ApiDescription d;
            try {
                d = ApiDescription.read(Path.of(f));
            } catch (BadDescriptionException e) {
                summary.bad();
                writer.badInput(f, e.problems());
                continue;
            } catch (java.nio.file.InvalidPathException e) {
                summary.bad();
                writer.badInput(f, List.of(f + ": not a file name: " + e.getReason()));
                continue;
            }
            LintResult r = linter.lint(d);
            summary.add(r);
            writer.description(r);
        }
        writer.end(summary);
        return summary;
    }
}
