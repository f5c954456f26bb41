package dev.httpstatus.cli.check;

import dev.httpstatus.check.ci.Triage;
import dev.httpstatus.check.input.BadInputException;
import dev.httpstatus.check.model.Exchange;
import dev.httpstatus.check.model.Finding;
import dev.httpstatus.check.model.Skip;
import dev.httpstatus.check.report.ReportWriter;
import dev.httpstatus.check.report.SetAside;
import dev.httpstatus.check.report.Summary;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

/**
 * Passes everything on to a report and also prints unreadable inputs on stderr, for reports that
 * go to a file or a machine format where nobody would see them.
 *
 * <pre>{@code new EchoErrors(ReportFormat.SARIF.writer(out, false), err)}</pre>
 */
final class EchoErrors implements ReportWriter {

    private final ReportWriter next;
    private final PrintWriter err;

    EchoErrors(ReportWriter next, PrintWriter err) {
        this.next = next;
        this.err = err;
    }

    @Override
    public void begin() throws IOException {
        next.begin();
    }

    @Override
    public void begin(Triage triage) throws IOException {
        next.begin(triage);
    }

    @Override
    public void input(String name) throws IOException {
        next.input(name);
    }

    @Override
    public void exchange(Exchange x, List<Finding> findings) throws IOException {
        next.exchange(x, findings);
    }

    @Override
    public void exchange(Exchange x, List<Finding> findings, List<SetAside> setAside) throws IOException {
        next.exchange(x, findings, setAside);
    }

    @Override
    public void skipped(Skip skip) throws IOException {
        next.skipped(skip);
    }

    @Override
    public void badInput(BadInputException e) throws IOException {
        err.println("httpstatus check: " + e.getMessage());
        err.flush();
        next.badInput(e);
    }

    @Override
    public void end(Summary summary) throws IOException {
        next.end(summary);
    }
}
