package dev.httpstatus.jakarta;

import dev.httpstatus.check.Conformance;
import dev.httpstatus.check.model.Exchange;
import dev.httpstatus.check.model.Headers;
import dev.httpstatus.check.model.Severity;
import dev.httpstatus.check.model.Recorder;
import dev.httpstatus.check.model.Source;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A Jakarta REST client filter that checks every response the client receives against the RFCs
 * and, by its {@link Conformance} policy, fails the call or reports the findings.
 *
 * <pre>{@code
 * Client client = ClientBuilder.newClient()
 *         .register(ConformanceFilter.failOn(Severity.ERROR));     // throws NonConformingResponseException
 * Client logging = ClientBuilder.newClient()
 *         .register(new ConformanceFilter(Conformance.log(Severity.WARNING)));
 * }</pre>
 *
 * <p>It reads the response's status and header fields, not its content: only the declared length,
 * so rules on problem details do not run here. Jakarta REST does not tell the HTTP version, so the
 * rules that depend on it (the reason phrase, HTTP/1.x-only fields) are not checkable either. A failure is thrown from the filter;
 * Jersey and RESTEasy deliver it wrapped in a {@code ProcessingException} whose cause is the
 * {@link dev.httpstatus.check.NonConformingResponseException}.
 */
public final class ConformanceFilter implements ClientResponseFilter {

    /** What this adapter sees of a response. */
    private static final Recorder RECORDER = Recorder.client("Jakarta REST client", false);

    private final Conformance policy;

    /** A filter acting on findings as {@code policy} says. */
    public ConformanceFilter(Conformance policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** A filter failing the call on findings at {@code threshold} or worse. */
    public static ConformanceFilter failOn(Severity threshold) {
        return new ConformanceFilter(Conformance.failOn(threshold));
    }

    @Override
    public void filter(ClientRequestContext request, ClientResponseContext response) {
        policy.judge(exchange(request, response));
    }

    /** The exchange of one request and its response, as the filter sees them. */
    public static Exchange exchange(ClientRequestContext request, ClientResponseContext response) {
        String url = request.getUri().toString();
        int length = response.getLength();
        return Exchange.builder(Source.file(url)).recorder(RECORDER)
                .method(request.getMethod()).url(url)
                .request(headers(request.getStringHeaders()))
                .status(response.getStatus())
                .reasonPhrase(response.getStatusInfo().getReasonPhrase())
                .response(headers(response.getHeaders()))
                .bodyLength(length >= 0 ? length : response.hasEntity() ? -1 : 0)
                .build();
    }

    private static Headers headers(Map<String, List<String>> fields) {
        Headers.Builder b = Headers.builder();
        for (Map.Entry<String, List<String>> e : fields.entrySet()) {
            for (String v : e.getValue()) {
                b.add(e.getKey(), v);
            }
        }
        return b.build();
    }

    @Override
    public String toString() {
        return "ConformanceFilter(" + policy + ")";
    }
}
