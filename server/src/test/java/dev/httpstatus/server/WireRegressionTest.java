package dev.httpstatus.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Regression tests over a real socket for the protocol defects found by driving the server with
 * real clients (issue 11): desync after a refused expectation, 1xx and Upgrade for HTTP/1.0,
 * versions, lenient framing, Refresh as an open redirect, ranges, 101.
 */
class WireRegressionTest {

    static StatusServer server;

    @BeforeAll
    static void start() {
        server = StatusServer.start(ServerConfig.defaults().withPort(0).withLimits(8192, 8192, 1024)
                .withAccessLog(false));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    RawClient client() {
        return new RawClient(server.port());
    }

    @Test
    void aRefusedExpectationClosesSoTheBodyIsNeverReadAsARequest() {
        try (RawClient c = client()) {
            c.send("POST /status/200 HTTP/1.1\r\nHost: t\r\nContent-Length: 5000\r\nExpect: 100-continue\r\n\r\n"
                    + "GET /418 HTTP/1.1\r\nHost: t\r\n\r\n");
            assertThat(c.response()).startsWith("HTTP/1.1 413 ").contains("Connection: close")
                    .contains("Content-Length: 0\r\n");
            assertThat(c.closedByServer()).as("no 418 from the body").isTrue();
        }
        try (RawClient c = client()) {
            c.send("POST /status/200 HTTP/1.1\r\nHost: t\r\nContent-Length: 4\r\nExpect: tea\r\n\r\nGET /418 HTTP/1.1\r\nHost: t\r\n\r\n");
            assertThat(c.response()).startsWith("HTTP/1.1 417 ").contains("Connection: close");
            assertThat(c.closedByServer()).isTrue();
        }
        try (RawClient c = client()) {
            // without Expect the 413 carries its problem details
            c.send("POST /status/200 HTTP/1.1\r\nHost: t\r\nContent-Length: 5000\r\n\r\n");
            assertThat(c.response()).startsWith("HTTP/1.1 413 ").contains("\"status\":413");
            assertThat(c.closedByServer()).isTrue();
        }
    }

    @Test
    void theRefusalIsInTheAccessLog() throws Exception {
        // A server process of its own: its standard output is the access log.
        String javaBin = java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"),
                "dev.httpstatus.server.Main", "--port", "0", "--access-log").redirectErrorStream(true).start();
        try (java.io.BufferedReader out = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(),
                java.nio.charset.StandardCharsets.UTF_8))) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(":(\\d+) \\(").matcher(out.readLine());
            assertThat(m.find()).isTrue();
            try (RawClient c = new RawClient(Integer.parseInt(m.group(1)))) {
                c.send("POST /status/201 HTTP/1.1\r\nHost: t\r\nContent-Length: 5000000\r\nExpect: 100-continue\r\n\r\n");
                assertThat(c.response()).startsWith("HTTP/1.1 413 ");
            }
            assertThat(out.readLine()).contains("\"POST /status/201\" 413 ");
        } finally {
            p.destroyForcibly();
        }
    }

    @Test
    void javaHttpClientWithExpectContinueGetsThe413() throws Exception {
        // JDK 17 hung here while the refusal had content: it drops that content and then waits for it.
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/status/200"))
                .expectContinue(true).timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[2 << 20])).build();
        long start = System.nanoTime();
        HttpResponse<String> res = client.send(r, HttpResponse.BodyHandlers.ofString());
        assertThat(res.statusCode()).isEqualTo(413);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void http10ClientsGetNoInterimResponses() {
        for (int code : new int[] {100, 102, 103}) {
            try (RawClient c = client()) {
                c.send("GET /" + code + " HTTP/1.0\r\n\r\n");
                assertThat(c.response()).as("%d", code).startsWith("HTTP/1.1 200 OK\r\n").contains("\"code\":" + code);
            }
        }
    }

    @Test
    void http10UpgradeIsIgnored() {
        try (RawClient c = client()) {
            c.send("GET /101 HTTP/1.0\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n");
            assertThat(c.response()).startsWith("HTTP/1.1 426 ").contains("HTTP/1.0");
        }
    }

    @ParameterizedTest
    @CsvSource({"GET /status/200 HTTP/9.9", "GET / HTTP/2.0", "GET /status/200 HTTP/0.9", "GET /status/200 HTTP/3.0"})
    void otherMajorVersionsGet505(String line) {
        try (RawClient c = client()) {
            c.send(line + "\r\nHost: t\r\n\r\n");
            assertThat(c.response()).startsWith("HTTP/1.1 505 HTTP Version Not Supported\r\n")
                    .contains("application/problem+json").contains("\"status\":505");
            assertThat(c.closedByServer()).isTrue();
        }
    }

    @Test
    void laterHttp1MinorVersionsAreReadAs11() {
        try (RawClient c = client()) {
            c.send("GET /status/204 HTTP/1.2\r\nHost: t\r\n\r\n");
            assertThat(c.head()).startsWith("HTTP/1.1 204 ");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Transfer-Encoding: identity|400",
        "Transfer-Encoding: gzip|400",
        "Transfer-Encoding: chunked, identity|400",
        "Transfer-Encoding: chunked, chunked|400",
        "Transfer-Encoding: gzip, chunked|501",
        "Transfer-Encoding: x-custom, chunked|501"})
    void transferCodingsOtherThanAFinalChunkedAreRefused(String header, int status) {
        try (RawClient c = client()) {
            c.send("POST /status/200 HTTP/1.1\r\nHost: t\r\n" + header + "\r\n\r\n0\r\n\r\nGET /418 HTTP/1.1\r\nHost: t\r\n\r\n");
            assertThat(c.response()).startsWith("HTTP/1.1 " + status + " ").contains("Transfer-Encoding");
            assertThat(c.closedByServer()).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "5 \r\nhello\r\n0\r\n\r\n",
        " 5\r\nhello\r\n0\r\n\r\n",
        "5\u0000\r\nhello\r\n0\r\n\r\n",
        "5\nhello\r\n0\r\n\r\n",
        "5\r\nhelloXX0\r\n\r\n",
        "z\r\nhello\r\n0\r\n\r\n",
        "fffffffffffffffff\r\n"})
    void malformedChunksAreRefused(String body) {
        try (RawClient c = client()) {
            c.send("POST /status/200 HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n" + body
                    + "GET /418 HTTP/1.1\r\nHost: t\r\n\r\n");
            assertThat(c.response()).startsWith("HTTP/1.1 400 ");
            assertThat(c.closedByServer()).isTrue();
        }
    }

    @Test
    void wellFormedChunksWithExtensionsAndTrailersAreRead() {
        try (RawClient c = client()) {
            c.send("POST /status/201 HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + "5 ;a=b\r\nhello\r\nA\r\n0123456789\r\n0\r\nX-Trailer: 1\r\n\r\nGET /status/202 HTTP/1.1\r\nHost: t\r\n\r\n");
            assertThat(c.response()).startsWith("HTTP/1.1 201 ");
            assertThat(c.response()).startsWith("HTTP/1.1 202 ");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "GET /status/200 HTTP/1.1\nHost: t\r\n\r\n",
        "GET /status/200 HTTP/1.1\r\nHost: t\n\r\n",
        "GET /status/200 HTTP/1.1\r\nHost: t\r\nX-A: a\rb\r\n\r\n",
        "GET /status/200 HTTP/1.1\r\nHost: t\r\nX-A: a\u0000b\r\n\r\n",
        "GET /status/200 HTTP/1.1\r\nHost: t\r\nX-A: a\r\n b\r\n\r\n",
        "GET /status/200 HTTP/1.1\r\nHost: t\r\nContent-Length: 1, 2\r\n\r\nab"})
    void lenientHeadsAreRefused(String request) {
        try (RawClient c = client()) {
            c.send(request);
            assertThat(c.response()).startsWith("HTTP/1.1 400 ");
            assertThat(c.closedByServer()).isTrue();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"a b", "a/b", "user@host", "host:port", "[::1", "a:1:2"})
    void hostsThatAreNotHostsAreRefused(String host) {
        try (RawClient c = client()) {
            c.send("GET /status/200 HTTP/1.1\r\nHost: " + host + "\r\n\r\n");
            assertThat(c.response()).startsWith("HTTP/1.1 400 ").contains("\"parameter\":\"Host\"");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"localhost", "127.0.0.1:8080", "[::1]:80", "example.com", "xn--bcher-kva.example"})
    void realHostsAreAccepted(String host) {
        try (RawClient c = client()) {
            c.send("GET /status/204 HTTP/1.1\r\nHost: " + host + "\r\n\r\n");
            assertThat(c.head()).startsWith("HTTP/1.1 204 ");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/response-headers?Refresh=0;url=https://evil.example/",
        "/response-headers?Refresh=0;%20URL=//evil.example",
        "/response-headers?Refresh=5,%20url='https://evil.example'",
        "/response-headers?refresh=0;url=javascript:alert(1)"})
    void refreshCannotSendTheBrowserElsewhere(String target) {
        try (RawClient c = client()) {
            c.send("GET " + target + " HTTP/1.1\r\nHost: t\r\n\r\n");
            String r = c.response();
            assertThat(r).startsWith("HTTP/1.1 400 ").doesNotContainIgnoringCase("\r\nRefresh:");
        }
        try (RawClient c = client()) {
            c.send("GET /status/200 HTTP/1.1\r\nHost: t\r\nX-HttpStatus-Response-Refresh: 0;url=https://evil.example\r\n\r\n");
            assertThat(c.response()).startsWith("HTTP/1.1 400 ");
        }
    }

    @Test
    void refreshOnThisServerIsEchoed() {
        try (RawClient c = client()) {
            c.send("GET /response-headers?Refresh=0;url=/status/200 HTTP/1.1\r\nHost: t\r\n\r\n");
            assertThat(c.response()).startsWith("HTTP/1.1 200 ").contains("Refresh: 0;url=/status/200\r\n");
        }
    }

    @Test
    void anInvalidRangeIsIgnored() {
        try (RawClient c = client()) {
            c.send("GET /status/206 HTTP/1.1\r\nHost: t\r\nRange: bytes=10-5\r\n\r\n");
            String r = c.response();
            assertThat(r).startsWith("HTTP/1.1 200 OK\r\n").contains("Content-Length: 1024\r\n")
                    .doesNotContain("Content-Range");
        }
    }

    @Test
    void ifRangeDecidesWhetherTheRangeIsServed() {
        try (RawClient c = client()) {
            c.send("GET /status/206 HTTP/1.1\r\nHost: t\r\nRange: bytes=0-9\r\nIf-Range: " + PartialContent.ETAG + "\r\n\r\n");
            assertThat(c.response()).startsWith("HTTP/1.1 206 ").contains("Content-Range: bytes 0-9/1024");
            c.send("GET /status/206 HTTP/1.1\r\nHost: t\r\nRange: bytes=0-9\r\nIf-Range: \"other\"\r\n\r\n");
            assertThat(c.response()).startsWith("HTTP/1.1 200 ").contains("Content-Length: 1024");
            c.send("GET /status/206 HTTP/1.1\r\nHost: t\r\nRange: bytes=0-9\r\nIf-Range: W/" + PartialContent.ETAG + "\r\n\r\n");
            assertThat(c.response()).as("a weak validator never matches").startsWith("HTTP/1.1 200 ");
            c.send("GET /status/206 HTTP/1.1\r\nHost: t\r\nRange: bytes=0-9\r\nIf-Range: Sun, 06 Nov 1994 08:49:37 GMT\r\n\r\n");
            assertThat(c.response()).startsWith("HTTP/1.1 200 ");
        }
    }

    @Test
    void a101IsOnlyForAProtocolTheServerDoesNotSpeak() {
        try (RawClient c = client()) {
            // h2c without its settings is not a real upgrade offer, so no empty 101 for it
            c.send("GET /101 HTTP/1.1\r\nHost: t\r\nConnection: Upgrade\r\nUpgrade: h2c\r\n\r\n");
            assertThat(c.response()).startsWith("HTTP/1.1 426 ").contains("HTTP2-Settings");
        }
        try (RawClient c = client()) {
            c.send("GET /101 HTTP/1.1\r\nHost: t\r\nConnection: Upgrade\r\nUpgrade: h2c, websocket\r\n\r\n");
            assertThat(c.head()).startsWith("HTTP/1.1 101 ").contains("Upgrade: websocket\r\n");
        }
    }

    @Test
    void h2cUpgradeSwitchesForReal() {
        try (RawClient c = client()) {
            c.send("GET /status/404 HTTP/1.1\r\nHost: t\r\nConnection: Upgrade, HTTP2-Settings\r\nUpgrade: h2c\r\n"
                    + "HTTP2-Settings: AAMAAABkAAQAoAAAAAIAAAAA\r\n\r\n");
            assertThat(c.head()).startsWith("HTTP/1.1 101 Switching Protocols\r\n").containsIgnoringCase("upgrade: h2c");
            byte[] frame = c.bytes(9);
            assertThat(frame[3]).as("the server's first HTTP/2 frame is SETTINGS").isEqualTo((byte) 0x4);
        }
    }

    @Test
    void theHttp2PrefaceOpensHttp2ByPriorKnowledge() {
        try (RawClient c = client()) {
            c.send("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n");
            c.send(new byte[] {0, 0, 0, 4, 0, 0, 0, 0, 0}); // an empty SETTINGS frame
            byte[] frame = c.bytes(9);
            assertThat(frame[3]).as("an HTTP/2 SETTINGS frame, not an HTTP/1.1 404").isEqualTo((byte) 0x4);
        }
    }
}
