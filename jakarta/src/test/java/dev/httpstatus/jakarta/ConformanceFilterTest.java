package dev.httpstatus.jakarta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.httpstatus.check.Conformance;
import dev.httpstatus.check.NonConformingResponseException;
import dev.httpstatus.check.model.Severity;
import dev.httpstatus.server.ServerConfig;
import dev.httpstatus.server.StatusServer;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Jersey client, with the filter registered, against the in-process test server. */
class ConformanceFilterTest {

    private static StatusServer server;

    @BeforeAll
    static void start() {
        server = StatusServer.start(ServerConfig.defaults().withPort(0));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    @Test
    void conformingResponsesPassThrough() {
        Client client = ClientBuilder.newClient().register(ConformanceFilter.failOn(Severity.WARNING));
        try (Response res = client.target(url("/405")).request().get()) {
            assertThat(res.getStatus()).isEqualTo(405);
        }
        try (Response res = client.target(url("/404")).request().get()) {
            assertThat(res.readEntity(String.class)).contains("404");
        }
        client.close();
    }

    @Test
    void aBrokenRuleFailsTheCallNamingIt() {
        Client client = ClientBuilder.newClient().register(ConformanceFilter.failOn(Severity.ERROR));
        String url = url("/501");
        assertThatThrownBy(() -> client.target(url).request().get())
                .isInstanceOf(ProcessingException.class)
                .cause()
                .isInstanceOf(NonConformingResponseException.class)
                .hasMessage("GET " + url + " → 501 Not Implemented breaks 1 rule at severity error:\n"
                        + "  error    501-to-get-or-head  501 Not Implemented to GET or HEAD: 501 to GET  (RFC 9110 §9.1)\n"
                        + "             fix: Implement GET and HEAD: every general-purpose server must; HEAD is GET"
                        + " without the content.");
        client.close();
    }

    @Test
    void theReasonPhraseIsNotJudgedWithoutTheVersion() {
        // Jakarta REST does not say which HTTP version answered, and only HTTP/1.x carries a phrase:
        // a connector may make one up, so a phrase that differs proves nothing here.
        List<String> reports = new CopyOnWriteArrayList<>();
        Client client = ClientBuilder.newClient()
                .register(new ConformanceFilter(Conformance.reportTo(Severity.INFO, reports::add)));
        try (Response res = client.target(url("/404?reason=Gone%20Fishing")).request().get()) {
            assertThat(res.getStatusInfo().getReasonPhrase()).isEqualTo("Gone Fishing");
        }
        assertThat(String.join("\n", reports)).doesNotContain("reason-phrase-differs");
        client.close();
    }

    @Test
    void aReportingPolicyReportsAndLetsTheResponseThrough() {
        List<String> reports = new CopyOnWriteArrayList<>();
        Client client = ClientBuilder.newClient()
                .register(new ConformanceFilter(Conformance.reportTo(Severity.WARNING, reports::add)));
        try (Response res = client.target(url("/status/201")).request().get()) {
            assertThat(res.getStatus()).isEqualTo(201);
        }
        try (Response res = client.target(url("/404")).request().get()) {
            assertThat(res.getStatus()).isEqualTo(404);
        }
        assertThat(reports).singleElement().asString()
                .startsWith("GET " + url("/status/201") + " → 201 Created breaks 1 rule at severity warning or worse:\n")
                .contains("warning  status-does-not-fit-method");
        client.close();
    }
}
