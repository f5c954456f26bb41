package dev.httpstatus.assertj;

import dev.httpstatus.StatusCode;
import dev.httpstatus.check.input.Exchanges;
import dev.httpstatus.check.model.Severity;
import java.net.http.HttpResponse;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a response of the JDK's {@code java.net.http} client.
 *
 * <pre>{@code
 * HttpResponse<String> res = client.send(request, HttpResponse.BodyHandlers.ofString());
 * assertThat(res).hasStatus(StatusCode.OK).conformsToRfc();
 * }</pre>
 *
 * <p>{@link #conformsToRfc()} sees what the JDK client reports: no reason phrase, no interim 1xx
 * responses, and the content only when the body handler kept it as a {@code String} or
 * {@code byte[]} (see {@link Exchanges#of(HttpResponse)}).
 */
public final class HttpResponseAssert extends AbstractAssert<HttpResponseAssert, HttpResponse<?>> {

    HttpResponseAssert(HttpResponse<?> actual) {
        super(actual, HttpResponseAssert.class);
    }

    /** The response's status is {@code expected}. */
    public HttpResponseAssert hasStatus(StatusCode expected) {
        Objects.requireNonNull(expected, "expected");
        isNotNull();
        if (actual.statusCode() != expected.code()) {
            failWithActualExpectedAndMessage(actual.statusCode(), expected.code(),
                    "Expecting %s %s to answer %s but it answered %s", actual.request().method(), actual.uri(), expected,
                    describe(actual.statusCode()));
        }
        return this;
    }

    /** The response's status is {@code expected}. */
    public HttpResponseAssert hasStatus(int expected) {
        return hasStatus(StatusCode.of(expected));
    }

    private static String describe(int code) {
        return code >= StatusCode.MIN_CODE && code <= StatusCode.MAX_CODE ? StatusCode.of(code).toString() : Integer.toString(code);
    }

    /**
     * The exchange breaks no rule of severity error: the checker's rules run on the request and
     * response, and the failure lists each finding with its rule id, severity, section and fix.
     */
    public HttpResponseAssert conformsToRfc() {
        return conformsToRfc(Severity.ERROR);
    }

    /** The exchange breaks no rule at {@code threshold} or worse ({@code Severity.WARNING} fails on warnings too). */
    public HttpResponseAssert conformsToRfc(Severity threshold) {
        Objects.requireNonNull(threshold, "threshold");
        isNotNull();
        Rfc.check(Exchanges.of(actual), threshold, this::fail);
        return this;
    }

    private void fail(String message) {
        failWithMessage("%s", message);
    }
}
