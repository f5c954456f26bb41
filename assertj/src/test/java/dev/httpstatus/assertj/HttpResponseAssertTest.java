package dev.httpstatus.assertj;

import static dev.httpstatus.assertj.HttpStatusAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.httpstatus.StatusCode;
import dev.httpstatus.check.model.Severity;
import dev.httpstatus.server.ServerConfig;
import dev.httpstatus.server.StatusServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Real requests to the in-process test server, which answers any code for any method. */
class HttpResponseAssertTest {

    private static StatusServer server;
    private static HttpClient client;

    @BeforeAll
    static void start() {
        server = StatusServer.start(ServerConfig.defaults().withPort(0));
        client = HttpClient.newHttpClient();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        URI uri = URI.create("http://127.0.0.1:" + server.port() + path);
        return client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void conformingResponsesPass() throws Exception {
        assertThat(get("/405")).hasStatus(StatusCode.METHOD_NOT_ALLOWED).conformsToRfc(Severity.WARNING);
        assertThat(get("/404")).hasStatus(404).conformsToRfc();
        assertThat(get("/status/503")).conformsToRfc(Severity.WARNING);
    }

    @Test
    void anErrorFailsListingRuleSeveritySectionAndFix() throws Exception {
        HttpResponse<String> res = get("/501");
        String uri = res.uri().toString();
        assertThatThrownBy(() -> assertThat(res).conformsToRfc())
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expecting the exchange to conform to the RFCs, but GET " + uri
                        + " → 501 breaks 1 rule at severity error:\n"
                        + "  error    501-to-get-or-head  501 Not Implemented to GET or HEAD: 501 to GET  (RFC 9110 §9.1)\n"
                        + "             fix: Implement GET and HEAD: every general-purpose server must; HEAD is GET"
                        + " without the content.");
    }

    @Test
    void theThresholdDecidesWhichFindingsFail() throws Exception {
        HttpResponse<String> created = get("/status/201");
        assertThat(created).conformsToRfc(); // 201 to GET is only a warning
        assertThatThrownBy(() -> assertThat(created).conformsToRfc(Severity.WARNING))
                .hasMessageContaining("breaks 1 rule at severity warning or worse:")
                .hasMessageContaining("warning  status-does-not-fit-method");
    }

    @Test
    void hasStatusNamesTheRequestAndBothCodes() throws Exception {
        HttpResponse<String> res = get("/404");
        assertThatThrownBy(() -> assertThat(res).hasStatus(StatusCode.OK))
                .hasMessageContaining("Expecting GET " + res.uri() + " to answer 200 OK but it answered 404 Not Found");
    }
}
