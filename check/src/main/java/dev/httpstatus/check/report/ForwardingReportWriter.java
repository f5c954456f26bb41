package dev.httpstatus.check.report;

import dev.httpstatus.check.ci.Triage;
import dev.httpstatus.check.input.BadInputException;
import dev.httpstatus.check.model.Exchange;
import dev.httpstatus.check.model.Finding;
import dev.httpstatus.check.model.Skip;
import java.io.IOException;
import java.util.List;

/**
 * A report writer that hands every call to another, for wrappers that add to a report: a subclass
 * overrides only what it adds and cannot forget a call (set-aside findings and the triage among
 * them, which a wrapper written by hand lost).
 *
 * <pre>{@code
 * ReportWriter w = new ForwardingReportWriter(ReportFormat.TEXT.writer(out, false)) {
 *     @Override
 *     public void end(Summary summary) throws IOException {
 *         summary.remark("3 operations never seen");
 *         super.end(summary);
 *     }
 * };
 * }</pre>
 */
public abstract class ForwardingReportWriter implements ReportWriter {

    private final ReportWriter next;

    /** A writer passing everything to {@code next}. */
    protected ForwardingReportWriter(ReportWriter next) {
        this.next = java.util.Objects.requireNonNull(next, "next");
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
        next.badInput(e);
    }

    @Override
    public void end(Summary summary) throws IOException {
        next.end(summary);
    }
}
