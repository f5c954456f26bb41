package dev.httpstatus.openapi.traffic;

import dev.httpstatus.check.report.ForwardingReportWriter;
import dev.httpstatus.check.report.ReportWriter;
import dev.httpstatus.check.report.Summary;
import java.io.IOException;

/**
 * Passes a check's results to a report writer and, at the end, adds what the traffic showed of the
 * description (operations seen, declared codes never observed) to the summary it prints.
 *
 * <pre>{@code
 * ReportWriter w = new WithCoverage(ReportFormat.TEXT.writer(out, false, rules), traffic.coverage());
 * }</pre>
 */
public final class WithCoverage extends ForwardingReportWriter {

    private final Coverage coverage;

    public WithCoverage(ReportWriter inner, Coverage coverage) {
        super(inner);
        this.coverage = java.util.Objects.requireNonNull(coverage, "coverage");
    }

    @Override
    public void end(Summary summary) throws IOException {
        for (String r : coverage.remarks()) {
            summary.remark(r);
        }
        super.end(summary);
    }
}
