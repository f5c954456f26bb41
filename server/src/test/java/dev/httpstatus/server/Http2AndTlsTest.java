package dev.httpstatus.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * HTTP/2 over TLS (ALPN), by prior knowledge and by h2c upgrade, driven by Java's HttpClient and by
 * curl (skipped, saying so, where curl lacks HTTP/2).
 */
class Http2AndTlsTest {

    static StatusServer plain;
    static StatusServer tls;
    static HttpClient h2;

    @BeforeAll
    static void start() throws Exception {
        plain = StatusServer.start(ServerConfig.defaults().withPort(0));
        tls = StatusServer.start(ServerConfig.defaults().withPort(0).withTls(Tls.selfSigned()));
        KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
        trust.load(null, null);
        trust.setCertificateEntry("httpstatus", tls.certificate().orElseThrow());
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, tmf.getTrustManagers(), null);
        h2 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).sslContext(ssl)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stop() {
        plain.close();
        tls.close();
    }

    static HttpResponse<String> get(StatusServer s, String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.scheme() + "://127.0.0.1:" + s.port() + path))
                .timeout(Duration.ofSeconds(10));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return h2.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void javaHttpClientNegotiatesH2OverTlsAndGetsTheSameAnswers() throws Exception {
        assertThat(tls.scheme()).isEqualTo("https");
        assertThat(tls.certificate().orElseThrow().getSubjectX500Principal().getName()).isEqualTo("CN=localhost");
        Http http1 = new Http(plain.port());
        for (String path : new String[] {"/status/404", "/status/503", "/status/301", "/status/405", "/api/codes/418"}) {
            HttpResponse<String> r = get(tls, path);
            assertThat(r.version()).isEqualTo(HttpClient.Version.HTTP_2);
            HttpResponse<String> one = http1.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(one.statusCode());
            assertThat(r.body()).as(path).isEqualTo(one.body());
            for (String field : new String[] {"Location", "Allow", "Retry-After", "Content-Type"}) {
                assertThat(r.headers().firstValue(field)).as(path + " " + field).isEqualTo(one.headers().firstValue(field));
            }
        }
    }

    @Test
    void javaHttpClientUpgradesThePlainPortWithH2c() throws Exception {
        HttpResponse<String> first = get(plain, "/status/418");
        assertThat(first.statusCode()).isEqualTo(418);
        HttpResponse<String> second = get(plain, "/status/201");
        assertThat(second.version()).isEqualTo(HttpClient.Version.HTTP_2);
        assertThat(second.headers().firstValue("Location")).contains("/status/200");
    }

    @Test
    void connectionSpecificFieldsDropOutOverHttp2ByTheCatalogsRows() throws Exception {
        HttpResponse<String> r = get(tls, "/status/426");
        assertThat(r.statusCode()).isEqualTo(426);
        assertThat(r.headers().firstValue("Upgrade")).isEmpty();
        assertThat(r.headers().firstValue("Connection")).isEmpty();
        HttpResponse<String> switching = get(tls, "/101");
        assertThat(switching.statusCode()).isEqualTo(426);
        assertThat(switching.body()).contains("RFC 9113");
    }

    @Test
    void faultsWorkOverHttp2() throws Exception {
        HttpResponse<String> ok = get(tls, "/status/200?fault=drip&duration=300");
        assertThat(ok.statusCode()).isEqualTo(200);
        for (String fault : new String[] {"reset", "truncate", "close"}) {
            try {
                HttpResponse<String> r = get(tls, "/status/200?fault=" + fault);
                throw new AssertionError(fault + " answered " + r.statusCode() + ": " + r.body().length());
            } catch (IOException expected) {
                // a reset stream, a short body or a closed connection
            }
        }
    }

    @Test
    void curlSpeaksH2EveryWay() throws Exception {
        assumeTrue(curlHasHttp2(), "SKIPPED: curl with HTTP/2 support not found on PATH");
        String base = "http://127.0.0.1:" + plain.port();
        assertThat(curl("--http2-prior-knowledge", base + "/status/404")).startsWith("HTTP/2 404");
        String upgraded = curl("--http2", base + "/status/410");
        assertThat(upgraded).startsWith("HTTP/1.1 101 Switching Protocols").contains("HTTP/2 410");
        String early = curl("-k", "--http2", "https://127.0.0.1:" + tls.port() + "/103");
        assertThat(early).startsWith("HTTP/2 103").contains("link: </app.css>").contains("HTTP/2 200");
        assertThat(curl("-k", "--http1.1", "https://127.0.0.1:" + tls.port() + "/status/426"))
                .startsWith("HTTP/1.1 426").contains("Upgrade: websocket");
    }

    private static boolean curlHasHttp2() {
        try {
            Process p = new ProcessBuilder("curl", "--version").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.waitFor(10, TimeUnit.SECONDS) && out.contains("HTTP2");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String curl(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("curl", "-s", "-i", "--max-time", "10"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(15, TimeUnit.SECONDS)).isTrue();
        return out;
    }
}
