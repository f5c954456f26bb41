package dev.httpstatus.assertj;

import dev.httpstatus.check.model.Exchange;
import dev.httpstatus.check.model.Severity;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on an {@link Exchange}, one request and its response as the checker sees them.
 *
 * <pre>{@code
 * assertThat(exchange).hasStatus(404).conformsToRfc();
 * }</pre>
 */
public final class ExchangeAssert extends AbstractAssert<ExchangeAssert, Exchange> {

    ExchangeAssert(Exchange actual) {
        super(actual, ExchangeAssert.class);
    }

    /** The response's status code is {@code expected}. */
    public ExchangeAssert hasStatus(int expected) {
        isNotNull();
        if (actual.status() != expected) {
            failWithActualExpectedAndMessage(actual.status(), expected, "Expecting %s to have status %s", actual, expected);
        }
        return this;
    }

    /** The exchange breaks no rule of severity error (see {@link #conformsToRfc(Severity)}). */
    public ExchangeAssert conformsToRfc() {
        return conformsToRfc(Severity.ERROR);
    }

    /** The exchange breaks no rule at {@code threshold} or worse; the failure lists every such finding. */
    public ExchangeAssert conformsToRfc(Severity threshold) {
        isNotNull();
        Rfc.check(actual, threshold, this::fail);
        return this;
    }

    private void fail(String message) {
        failWithMessage("%s", message);
    }
}
