package dev.httpstatus.check;

import dev.httpstatus.check.model.Exchange;
import dev.httpstatus.check.model.Finding;
import dev.httpstatus.check.model.Severity;
import dev.httpstatus.check.report.FindingText;
import java.util.List;

/**
 * A response broke rules at the severity a {@link Conformance} policy fails on. Its message lists
 * each finding with its rule id, severity, section and fix.
 *
 * <pre>{@code
 * try {
 *     client.newCall(request).execute();
 * } catch (NonConformingResponseException e) {
 *     e.findings().get(0).rule().id();   // "405-without-allow"
 * }
 * }</pre>
 */
public final class NonConformingResponseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Exchange exchange;
    private final transient List<Finding> findings;

    /** An exception for {@code exchange}, whose {@code findings} are at {@code threshold} or worse. */
    public NonConformingResponseException(Exchange exchange, List<Finding> findings, Severity threshold) {
        super(FindingText.failure(exchange, findings, threshold));
        this.exchange = exchange;
        this.findings = List.copyOf(findings);
    }

    /** The exchange judged. */
    public Exchange exchange() {
        return exchange;
    }

    /** The findings that made it fail, in rule order. */
    public List<Finding> findings() {
        return findings;
    }
}
