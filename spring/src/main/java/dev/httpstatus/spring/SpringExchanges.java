package dev.httpstatus.spring;

import dev.httpstatus.check.model.Exchange;
import dev.httpstatus.check.model.Headers;
import dev.httpstatus.check.model.Recorder;
import dev.httpstatus.check.model.Source;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Exchanges built from Spring test results, for the checker.
 *
 * <pre>{@code
 * Exchange x = SpringExchanges.of(mockMvc.perform(get("/")).andReturn());
 * }</pre>
 *
 * <p>The servlet API has no reason phrase, so none is recorded. MockMvc does not render error
 * pages: after {@code sendError} the content is what the application wrote, usually none.
 */
public final class SpringExchanges {

    /** Content kept as text for the rules that read it (problem details); the length is always exact. */
    private static final int MAX_TEXT = 65536;

    /**
     * Neither the servlet API nor WebTestClient reports a reason phrase; like java.net.http, they
     * hide it, so rules about it are not checkable here.
     */
    private static final Recorder MOCK_MVC = Recorder.client("Spring MockMvc", false);
    private static final Recorder WEB_TEST_CLIENT = Recorder.client("Spring WebTestClient", false);

    private SpringExchanges() {}

    /** The exchange of a MockMvc result. */
    public static Exchange of(MvcResult result) {
        HttpServletRequest rq = result.getRequest();
        MockHttpServletResponse rs = result.getResponse();
        String url = rq.getRequestURL() + (rq.getQueryString() == null ? "" : "?" + rq.getQueryString());
        Headers.Builder request = Headers.builder();
        for (String name : Collections.list(rq.getHeaderNames())) {
            for (String value : Collections.list(rq.getHeaders(name))) {
                request.add(name, value);
            }
        }
        Headers.Builder response = Headers.builder();
        for (String name : rs.getHeaderNames()) {
            for (String value : rs.getHeaders(name)) {
                response.add(name, value);
            }
        }
        byte[] body = rs.getContentAsByteArray();
        Exchange.Builder x = Exchange.builder(Source.file(url)).recorder(MOCK_MVC)
                .method(rq.getMethod()).url(url)
                .requestVersion(rq.getProtocol()).responseVersion(rq.getProtocol())
                .request(request.build())
                .status(rs.getStatus()).response(response.build());
        return withBody(x, body).build();
    }

    /** The exchange of a {@code WebTestClient} result whose body was read as bytes. */
    public static Exchange of(EntityExchangeResult<byte[]> result) {
        String url = result.getUrl().toString();
        byte[] body = result.getResponseBody();
        Exchange.Builder x = Exchange.builder(Source.file(url)).recorder(WEB_TEST_CLIENT)
                .method(result.getMethod().name()).url(url)
                .request(headers(result.getRequestHeaders()))
                .status(result.getStatus().value()).response(headers(result.getResponseHeaders()));
        return withBody(x, body == null ? new byte[0] : body).build();
    }

    private static Exchange.Builder withBody(Exchange.Builder x, byte[] body) {
        int kept = Math.min(body.length, MAX_TEXT);
        return x.bodyLength(body.length).body(new String(body, 0, kept, StandardCharsets.UTF_8), kept == body.length);
    }

    private static Headers headers(HttpHeaders headers) {
        Headers.Builder b = Headers.builder();
        headers.forEach((String name, List<String> values) -> values.forEach(v -> b.add(name, v)));
        return b.build();
    }
}
