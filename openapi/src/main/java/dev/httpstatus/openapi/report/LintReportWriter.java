package dev.httpstatus.openapi.report;

import dev.httpstatus.check.ci.Triage;
import dev.httpstatus.check.report.ReportFormat;
import dev.httpstatus.openapi.lint.LintResult;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes a lint run's results in one of the checker's formats (text, JSON, SARIF, JUnit).
 *
 * <pre>{@code
 * LintReportWriter w = LintReportWriter.of(ReportFormat.SARIF, writer, false);
 * w.begin(triage);                      // or begin() when nothing is suppressed or baselined
 * w.description(result);                 // per description linted
 * w.badInput("broken.yaml", problems);   // per description that could not be read
 * w.end(summary);
 * }</pre>
 *
 * Calls come from one thread in that order; {@link #end} flushes but does not close the writer.
 */
public interface LintReportWriter {

    /** A writer of {@code format} on {@code out}; {@code color} matters for text only. */
    static LintReportWriter of(ReportFormat format, Writer out, boolean color) {
        return switch (format) {
            case TEXT -> new LintTextReport(out, color);
            case JSON -> new LintJsonReport(out);
            case SARIF -> new LintSarifReport(out);
            case JUNIT -> new LintJunitReport(out);
        };
    }

    /** Starts the report. */
    void begin() throws IOException;

    /**
     * Starts the report of a run that sets findings aside as {@code triage} says (suppressions, a
     * baseline); writers that say so in their format (SARIF's {@code baselineState}) override this.
     */
    default void begin(Triage triage) throws IOException {
        begin();
    }

    /** One description linted, with its findings. */
    void description(LintResult result) throws IOException;

    /** One description that could not be read: each problem is one located line. */
    void badInput(String file, List<String> problems) throws IOException;

    /** Ends the report with the totals. */
    void end(LintSummary summary) throws IOException;
}
