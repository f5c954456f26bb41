package dev.httpstatus.okhttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.httpstatus.check.Conformance;
import dev.httpstatus.check.NonConformingResponseException;
import dev.httpstatus.check.model.Exchange;
import dev.httpstatus.check.model.Severity;
import dev.httpstatus.server.ServerConfig;
import dev.httpstatus.server.StatusServer;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A real OkHttp client against the in-process test server. */
class ConformanceInterceptorTest {

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

    private static OkHttpClient client(ConformanceInterceptor i) {
        return new OkHttpClient.Builder().addNetworkInterceptor(i).build();
    }

    @Test
    void conformingResponsesPassThrough() throws Exception {
        OkHttpClient client = client(ConformanceInterceptor.failOn(Severity.WARNING));
        try (Response r = client.newCall(new Request.Builder().url(url("/405")).build()).execute()) {
            assertThat(r.code()).isEqualTo(405);
        }
        try (Response r = client.newCall(new Request.Builder().url(url("/404")).head().build()).execute()) {
            assertThat(r.code()).isEqualTo(404);
        }
    }

    @Test
    void aBrokenRuleFailsTheCallNamingIt() {
        OkHttpClient client = client(ConformanceInterceptor.failOn(Severity.ERROR));
        String url = url("/501");
        assertThatThrownBy(() -> client.newCall(new Request.Builder().url(url).build()).execute())
                .isInstanceOf(NonConformingResponseException.class)
                .hasMessage("GET " + url + " → 501 Not Implemented breaks 1 rule at severity error:\n"
                        + "  error    501-to-get-or-head  501 Not Implemented to GET or HEAD: 501 to GET  (RFC 9110 §9.1)\n"
                        + "             fix: Implement GET and HEAD: every general-purpose server must; HEAD is GET"
                        + " without the content.");
    }

    @Test
    void everyRedirectHopIsChecked() throws Exception {
        List<String> reports = new CopyOnWriteArrayList<>();
        OkHttpClient client = client(new ConformanceInterceptor(Conformance.reportTo(Severity.INFO, reports::add)));
        // 302 then the 200 it points to; the reason phrase of the 302 is not the registry's.
        try (Response r = client.newCall(new Request.Builder().url(url("/302?reason=Elsewhere")).build()).execute()) {
            assertThat(r.code()).isEqualTo(200);
        }
        assertThat(reports).singleElement().asString()
                .startsWith("GET " + url("/302?reason=Elsewhere") + " → 302 Elsewhere breaks 1 rule at severity info or worse:")
                .contains("info     reason-phrase-differs");
    }

    @Test
    void theExchangeIsWhatWentOverTheWire() throws Exception {
        OkHttpClient client = new OkHttpClient();
        try (Response r = client.newCall(new Request.Builder().url(url("/503")).build()).execute()) {
            Exchange x = ConformanceInterceptor.exchange(r);
            assertThat(x.methodText()).isEqualTo("GET");
            assertThat(x.status()).isEqualTo(503);
            assertThat(x.reasonPhrase()).isEqualTo("Service Unavailable");
            assertThat(x.responseVersion()).isEqualTo(dev.httpstatus.check.model.HttpVersion.HTTP_1_1);
            assertThat(x.response().first("Retry-After")).isPresent();
            assertThat(x.bodyLength()).isPositive();
        }
    }
}
