package dev.httpstatus.check.report;

import dev.httpstatus.check.ci.Triage;
import dev.httpstatus.check.input.BadInputException;
import dev.httpstatus.check.model.Exchange;
import dev.httpstatus.check.model.Finding;
import dev.httpstatus.check.model.Skip;
import java.io.IOException;
import java.util.List;

/**
 * Writes a check's results as they come, so that any input size fits in constant memory.
 *
 * <pre>{@code
 * ReportWriter w = ReportFormat.JSON.writer(out, false);
 * w.begin(triage);                    // or begin() when nothing is suppressed or baselined
 * w.exchange(x, findings, setAside);   // for every exchange checked
 * w.skipped(skip);                     // for every entry skipped
 * w.badInput(e);                       // for every input that could not be read
 * w.end(summary);
 * }</pre>
 *
 * Calls come from one thread, in the order above, also when inputs are checked in parallel;
 * {@link #end} flushes but does not close the stream. A writer that wraps another extends
 * {@link ForwardingReportWriter}, which forwards every call, set-aside findings included.
 */
public interface ReportWriter {

    /** Starts the report. */
    void begin() throws IOException;

    /**
     * Starts the report of a run that sets findings aside as {@code triage} says (suppressions, a
     * baseline); writers that say so in their format (SARIF's {@code baselineState}) override this.
     */
    default void begin(Triage triage) throws IOException {
        begin();
    }

    /** Starts the results of one input (file, "-" or URL). */
    default void input(String name) throws IOException {}

    /** One exchange checked, with its findings (possibly none). */
    void exchange(Exchange x, List<Finding> findings) throws IOException;

    /**
     * One exchange checked: the findings reported, and those set aside by a suppression or the
     * baseline (listed apart, never failures). Writers that list set-aside findings override this;
     * the default reports {@code findings} alone.
     */
    default void exchange(Exchange x, List<Finding> findings, List<SetAside> setAside) throws IOException {
        exchange(x, findings);
    }

    /** One entry that was read but not checked. */
    void skipped(Skip skip) throws IOException;

    /** An input that could not be read to its end. */
    void badInput(BadInputException e) throws IOException;

    /** Ends the report with the totals. */
    void end(Summary summary) throws IOException;
}
