package dev.httpstatus.cli.lint;

import dev.httpstatus.check.ci.Triage;
import dev.httpstatus.openapi.lint.LintResult;
import dev.httpstatus.openapi.report.LintReportWriter;
import dev.httpstatus.openapi.report.LintSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

/**
 * Passes everything to a report writer and also prints unreadable descriptions on stderr: when the
 * report goes to a file or is JSON, SARIF or JUnit, nobody would otherwise see why the exit code is 2.
 *
 * <pre>{@code LintReportWriter w = new EchoProblems(LintReportWriter.of(ReportFormat.JSON, out, false), err);}</pre>
 */
final class EchoProblems implements LintReportWriter {

    private final LintReportWriter inner;
    private final PrintWriter err;

    EchoProblems(LintReportWriter inner, PrintWriter err) {
        this.inner = inner;
        this.err = err;
    }

    @Override
    public void begin() throws IOException {
        inner.begin();
    }

    @Override
    public void begin(Triage triage) throws IOException {
        inner.begin(triage);
    }

    @Override
    public void description(LintResult result) throws IOException {
        inner.description(result);
    }

    @Override
    public void badInput(String file, List<String> problems) throws IOException {
        for (String p : problems) {
            err.println("httpstatus lint: " + p);
        }
        err.flush();
        inner.badInput(file, problems);
    }

    @Override
    public void end(LintSummary summary) throws IOException {
        inner.end(summary);
    }
}
