package dev.httpstatus.assertj;

import dev.httpstatus.StatusCode;
import dev.httpstatus.check.model.Exchange;
import java.net.http.HttpResponse;

/**
 * Entry point of the AssertJ assertions for status codes, JDK {@code HttpClient} responses and
 * checker exchanges. Import it statically beside AssertJ's own {@code assertThat}: the overloads
 * do not clash.
 *
 * <pre>{@code
 * import static dev.httpstatus.assertj.HttpStatusAssertions.assertThat;
 *
 * assertThat(StatusCode.of(503)).isServerError().isRetryable().hasHeaderDuty("Retry-After");
 * HttpResponse<String> res = client.send(request, HttpResponse.BodyHandlers.ofString());
 * assertThat(res).hasStatus(StatusCode.METHOD_NOT_ALLOWED).conformsToRfc();
 * assertThat(res).conformsToRfc(Severity.WARNING);   // warnings fail too
 * }</pre>
 */
public final class HttpStatusAssertions {

    private HttpStatusAssertions() {}

    /** Assertions on a status code and the facts the catalog holds for it. */
    public static StatusCodeAssert assertThat(StatusCode actual) {
        return new StatusCodeAssert(actual);
    }

    /** Assertions on a response of the JDK's {@code java.net.http} client, its request included. */
    public static HttpResponseAssert assertThat(HttpResponse<?> actual) {
        return new HttpResponseAssert(actual);
    }

    /** Assertions on an exchange as the checker sees it (read from a capture, or built by an adapter). */
    public static ExchangeAssert assertThat(Exchange actual) {
        return new ExchangeAssert(actual);
    }
}
