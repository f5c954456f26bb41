package dev.httpstatus.restassured;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.httpstatus.check.Conformance;
import dev.httpstatus.check.NonConformingResponseException;
import dev.httpstatus.check.model.Severity;
import dev.httpstatus.server.ServerConfig;
import dev.httpstatus.server.StatusServer;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Real RestAssured requests to the in-process test server. */
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
    void conformingResponsesPass() {
        given().filter(ConformanceFilter.failOn(Severity.WARNING)).when().get(url("/405")).then().statusCode(405);
        given().filter(ConformanceFilter.failOn(Severity.WARNING)).when().get(url("/status/422")).then().statusCode(422);
    }

    @Test
    void aBrokenRuleFailsTheRequestNamingIt() {
        String url = url("/501");
        assertThatThrownBy(() -> given().filter(ConformanceFilter.failOn(Severity.ERROR)).when().get(url))
                .isInstanceOf(NonConformingResponseException.class)
                .hasMessage("GET " + url + " → 501 Not Implemented breaks 1 rule at severity error:\n"
                        + "  error    501-to-get-or-head  501 Not Implemented to GET or HEAD: 501 to GET  (RFC 9110 §9.1)\n"
                        + "             fix: Implement GET and HEAD: every general-purpose server must; HEAD is GET"
                        + " without the content.");
    }

    @Test
    void aReportingFilterLetsTheResponseThrough() {
        List<String> reports = new CopyOnWriteArrayList<>();
        ConformanceFilter filter = new ConformanceFilter(Conformance.reportTo(Severity.INFO, reports::add));
        given().filter(filter).when().get(url("/404?reason=Missing")).then().statusCode(404);
        assertThat(reports).singleElement().asString()
                .startsWith("GET " + url("/404?reason=Missing") + " → 404 Missing breaks 1 rule at severity info or worse:")
                .contains("reason-phrase-differs");
    }
}
