package dev.httpstatus.check.input;

import dev.httpstatus.check.model.Exchange;
import dev.httpstatus.check.model.Skip;

/**
 * Receives what a reader reads, in order: exchanges to check and entries it had to skip.
 *
 * <pre>{@code
 * HarReader.read(in, "a.har", new ExchangeSink() {
 *     public void exchange(Exchange x) { findings.addAll(checker.check(x)); }
 *     public void skipped(Skip s) { skips.add(s); }
 * });
 * }</pre>
 */
public interface ExchangeSink {

    /** One exchange read. */
    void exchange(Exchange x);

    /** One entry read but not checkable, with the reason. */
    void skipped(Skip skip);
}
