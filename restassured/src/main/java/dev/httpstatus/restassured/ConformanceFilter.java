package dev.httpstatus.restassured;

import dev.httpstatus.check.Conformance;
import dev.httpstatus.check.model.Exchange;
import dev.httpstatus.check.model.Headers;
import dev.httpstatus.check.model.Severity;
import dev.httpstatus.check.model.Recorder;
import dev.httpstatus.check.model.Source;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A RestAssured filter that checks every response against the RFCs and, by its
 * {@link Conformance} policy, fails the request or reports the findings.
 *
 * <pre>{@code
 * given().filter(ConformanceFilter.failOn(Severity.ERROR))
 *        .when().delete("/items/7")
 *        .then().statusCode(405);
 * RestAssured.filters(ConformanceFilter.failOn(Severity.WARNING));   // every request of the test run
 * }</pre>
 *
 * <p>RestAssured keeps the whole content, so rules that read it (problem details) run too. A
 * failure is a {@link dev.httpstatus.check.NonConformingResponseException} thrown from the request.
 */
public final class ConformanceFilter implements Filter {

    /** What this adapter sees of a response. */
    private static final Recorder RECORDER = Recorder.client("RestAssured", true);

    /** Content kept as text for the rules that read it; the length is always exact. */
    private static final int MAX_TEXT = 65536;

    private final Conformance policy;

    /** A filter acting on findings as {@code policy} says. */
    public ConformanceFilter(Conformance policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** A filter failing the request on findings at {@code threshold} or worse. */
    public static ConformanceFilter failOn(Severity threshold) {
        return new ConformanceFilter(Conformance.failOn(threshold));
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification spec, FilterContext ctx) {
        Response response = ctx.next(request, spec);
        policy.judge(exchange(request, response));
        return response;
    }

    /** The exchange of a request and its response. */
    public static Exchange exchange(FilterableRequestSpecification request, Response response) {
        String url = request.getURI();
        String statusLine = response.getStatusLine() == null ? "" : response.getStatusLine();
        // "HTTP/1.1 404 Not Found": version, code, then the phrase (which may be empty or hold spaces)
        int first = statusLine.indexOf(' ');
        int second = first < 0 ? -1 : statusLine.indexOf(' ', first + 1);
        String version = first < 0 ? "" : statusLine.substring(0, first);
        String phrase = second < 0 ? "" : statusLine.substring(second + 1);
        byte[] body = request.getMethod().equals("HEAD") ? new byte[0] : response.asByteArray();
        int kept = Math.min(body.length, MAX_TEXT);
        Headers.Builder rq = Headers.builder();
        for (Header h : request.getHeaders()) {
            rq.add(h.getName(), h.getValue());
        }
        Headers.Builder rs = Headers.builder();
        for (Header h : response.getHeaders()) {
            rs.add(h.getName(), h.getValue());
        }
        return Exchange.builder(Source.file(url)).recorder(RECORDER)
                .method(request.getMethod()).url(url)
                .requestVersion(version).responseVersion(version)
                .request(rq.build())
                .status(response.getStatusCode()).reasonPhrase(phrase)
                .response(rs.build())
                .bodyLength(body.length)
                .body(new String(body, 0, kept, StandardCharsets.UTF_8), kept == body.length)
                .build();
    }

    @Override
    public String toString() {
        return "ConformanceFilter(" + policy + ")";
    }
}
