package dev.httpstatus.openapi.traffic;

import dev.httpstatus.check.input.BadInputException;
import dev.httpstatus.check.model.Exchange;
import dev.httpstatus.check.model.Finding;
import dev.httpstatus.check.model.Skip;
import dev.httpstatus.check.report.ReportWriter;
import dev.httpstatus.check.report.Summary;
import java.io.IOException;
import java.util.List;

/**
 * Passes a check's results to a report writer and, at the end, adds what the traffic showed of the
 * description (operations seen, declared codes never observed) to the summary it prints.
 *
 * <pre>{@code
 * ReportWriter w = new WithCoverage(ReportFormat.TEXT.writer(out, false, rules), traffic.coverage());
 * }</pre>
 */
public final class WithCoverage implements ReportWriter {

    private final ReportWriter inner;
    private final Coverage coverage;

    public WithCoverage(ReportWriter inner, Coverage coverage) {
        this.inner = inner;
        this.coverage = coverage;
    }

    @Override
    public void begin() throws IOException {
        inner.begin();
    }

    @Override
    public void input(String name) throws IOException {
        inner.input(name);
    }

    @Override
    public void exchange(Exchange x, List<Finding> findings) throws IOException {
        inner.exchange(x, findings);
    }

    @Override
    public void skipped(Skip skip) throws IOException {
        inner.skipped(skip);
    }

    @Override
    public void badInput(BadInputException e) throws IOException {
        inner.badInput(e);
    }

    @Override
    public void end(Summary summary) throws IOException {
        for (String r : coverage.remarks()) {
            summary.remark(r);
        }
        inner.end(summary);
    }
}
