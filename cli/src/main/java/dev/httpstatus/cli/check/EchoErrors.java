package dev.httpstatus.cli.check;

import dev.httpstatus.check.input.BadInputException;
import dev.httpstatus.check.report.ForwardingReportWriter;
import dev.httpstatus.check.report.ReportWriter;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * Passes everything on to a report and also prints unreadable inputs on stderr, for reports that
 * go to a file or a machine format where nobody would see them.
 *
 * <pre>{@code new EchoErrors(ReportFormat.SARIF.writer(out, false), err)}</pre>
 */
final class EchoErrors extends ForwardingReportWriter {

    private final PrintWriter err;

    EchoErrors(ReportWriter next, PrintWriter err) {
        super(next);
        this.err = err;
    }

    @Override
    public void badInput(BadInputException e) throws IOException {
        err.println("httpstatus check: " + e.getMessage());
        err.flush();
        super.badInput(e);
    }
}
