package dev.httpstatus.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What only a raw socket can show: interim responses, expectations, upgrades, framing errors, limits. */
class ProtocolTest {

    static StatusServer server;

    @BeforeAll
    static void start() {
        server = StatusServer.start(ServerConfig.defaults().withPort(0).withLimits(256, 512, 64)
                .withIdleTimeout(Duration.ofMillis(700)));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    RawClient client() {
        return new RawClient(server.port());
    }

    @Test
    void earlyHintsComeBeforeTheFinal200() {
        try (RawClient c = client()) {
            c.send("GET /103 HTTP/1.1\r\nHost: t\r\n\r\n");
            String interim = c.head();
            assertThat(interim).startsWith("HTTP/1.1 103 Early Hints\r\n").containsIgnoringCase("Link: </app.css>; rel=preload")
                    .doesNotContainIgnoringCase("content-length");
            String fin = c.response();
            assertThat(fin).startsWith("HTTP/1.1 200 OK\r\n").contains("\"code\":103");
        }
    }

    @Test
    void otherInterimCodesAreFollowedBy200() {
        for (int code : new int[] {102, 104, 150}) {
            try (RawClient c = client()) {
                c.send("GET /status/" + code + " HTTP/1.1\r\nHost: t\r\n\r\n");
                assertThat(c.head()).startsWith("HTTP/1.1 " + code + " ");
                assertThat(c.response()).startsWith("HTTP/1.1 200 OK\r\n");
            }
        }
    }

    @Test
    void continueAnswersTheExpectationBeforeTheBodyIsSent() {
        try (RawClient c = client()) {
            c.send("POST /100 HTTP/1.1\r\nHost: t\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\n");
            assertThat(c.head()).startsWith("HTTP/1.1 100 Continue\r\n");
            c.send("hello");
            String fin = c.response();
            assertThat(fin).startsWith("HTTP/1.1 200 OK\r\n").doesNotContain("100 Continue");
        }
    }

    @Test
    void continueWithoutExpectationIsStillAnInterimThen200() {
        try (RawClient c = client()) {
            c.send("GET /100 HTTP/1.1\r\nHost: t\r\n\r\n");
            assertThat(c.head()).startsWith("HTTP/1.1 100 Continue\r\n");
            assertThat(c.response()).startsWith("HTTP/1.1 200 OK\r\n");
        }
    }

    @Test
    void expectationTooLargeIs413AndUnknownExpectationIs417() {
        try (RawClient c = client()) {
            c.send("POST /status/200 HTTP/1.1\r\nHost: t\r\nContent-Length: 100000\r\nExpect: 100-continue\r\n\r\n");
            // no content: see LimitedAggregator.EXPECTATION_REFUSED
            assertThat(c.response()).startsWith("HTTP/1.1 413 Content Too Large\r\n").contains("Content-Length: 0\r\n");
        }
        try (RawClient c = client()) {
            c.send("POST /status/200 HTTP/1.1\r\nHost: t\r\nContent-Length: 1\r\nExpect: teapot\r\n\r\n");
            assertThat(c.response()).startsWith("HTTP/1.1 417 Expectation Failed\r\n").contains("Connection: close");
        }
    }

    @Test
    void switchingProtocolsOnlyWhenAnUpgradeIsOffered() {
        try (RawClient c = client()) {
            c.send("GET /101 HTTP/1.1\r\nHost: t\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n");
            String head = c.head();
            assertThat(head).startsWith("HTTP/1.1 101 Switching Protocols\r\n").contains("Upgrade: websocket\r\n")
                    .contains("Connection: Upgrade\r\n");
            assertThat(c.closedByServer()).isTrue();
        }
        try (RawClient c = client()) {
            c.send("GET /101 HTTP/1.1\r\nHost: t\r\n\r\n");
            assertThat(c.response()).startsWith("HTTP/1.1 426 Upgrade Required\r\n").contains("Upgrade: websocket");
        }
    }

    @Test
    void reasonOverrideReachesTheStatusLine() {
        try (RawClient c = client()) {
            c.send("GET /status/404?reason=Gone%20Fishing HTTP/1.1\r\nHost: t\r\n\r\n");
            assertThat(c.response()).startsWith("HTTP/1.1 404 Gone Fishing\r\n");
        }
    }

    @Test
    void headCarriesLengthButNoBody() {
        try (RawClient c = client()) {
            c.send("HEAD /status/200 HTTP/1.1\r\nHost: t\r\n\r\nGET /status/201 HTTP/1.1\r\nHost: t\r\n\r\n");
            String head = c.head();
            assertThat(head).startsWith("HTTP/1.1 200 OK\r\n");
            assertThat(RawClient.contentLength(head)).isPositive();
            // If the HEAD answer had a body, the next status line would not come next.
            assertThat(c.head()).startsWith("HTTP/1.1 201 Created\r\n");
        }
    }

    @Test
    void pipelinedRepliesKeepTheirOrderDespiteDelays() {
        try (RawClient c = client()) {
            c.send("GET /status/201?delay=150 HTTP/1.1\r\nHost: t\r\n\r\nGET /status/202 HTTP/1.1\r\nHost: t\r\n\r\n");
            assertThat(c.response()).startsWith("HTTP/1.1 201 ");
            assertThat(c.response()).startsWith("HTTP/1.1 202 ");
        }
    }

    @Test
    void malformedRequestGets400ThenClose() {
        try (RawClient c = client()) {
            c.send("THIS IS NOT HTTP\r\n\r\n");
            assertThat(c.response()).startsWith("HTTP/1.1 400 Bad Request\r\n")
                    .contains("application/problem+json").contains("Connection: close");
            assertThat(c.closedByServer()).isTrue();
        }
        try (RawClient c = client()) {
            c.send("GET /status/200 HTTP/1.1\r\nHost: t\r\nBad Header Name: x\r\n\r\n");
            assertThat(c.response()).startsWith("HTTP/1.1 400 Bad Request\r\n");
        }
    }

    @Test
    void absoluteFormAndAsteriskTargetsAreUnderstood() {
        try (RawClient c = client()) {
            c.send("GET http://127.0.0.1/status/410 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
            assertThat(c.response()).startsWith("HTTP/1.1 410 Gone\r\n");
            c.send("OPTIONS * HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
            assertThat(c.head()).startsWith("HTTP/1.1 204 No Content\r\n").contains("Allow: GET, HEAD");
        }
    }

    @Test
    void badPercentEncodingIs400() {
        try (RawClient c = client()) {
            c.send("GET /status/200?reason=%zz HTTP/1.1\r\nHost: t\r\n\r\n");
            assertThat(c.response()).startsWith("HTTP/1.1 400 Bad Request\r\n").contains("percent-encoding");
        }
    }

    @Test
    void closingKeepsOtherConnectionOptions() {
        try (RawClient c = client()) {
            c.send("GET /status/426 HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
            assertThat(c.response()).contains("Connection: Upgrade, close\r\n");
        }
    }

    @Test
    void http11WithoutExactlyOneHostIs400() {
        try (RawClient c = client()) {
            c.send("GET /status/200 HTTP/1.1\r\n\r\n");
            assertThat(c.response()).startsWith("HTTP/1.1 400 Bad Request\r\n").contains("\"parameter\":\"Host\"");
        }
        try (RawClient c = client()) {
            c.send("GET /status/200 HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n");
            assertThat(c.response()).startsWith("HTTP/1.1 400 Bad Request\r\n").contains("a, b");
        }
    }

    @Test
    void requestFramedTwiceIsRefused() {
        try (RawClient c = client()) {
            c.send("POST /status/200 HTTP/1.1\r\nHost: t\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + "0\r\n\r\nGET /status/201 HTTP/1.1\r\nHost: t\r\n\r\n");
            assertThat(c.response()).startsWith("HTTP/1.1 400 Bad Request\r\n")
                    .contains("both Content-Length and Transfer-Encoding");
            assertThat(c.closedByServer()).isTrue();
        }
    }

    @Test
    void longRequestLineIs414() {
        try (RawClient c = client()) {
            c.send("GET /status/200?" + "a".repeat(400) + " HTTP/1.1\r\nHost: t\r\n\r\n");
            assertThat(c.response()).startsWith("HTTP/1.1 414 URI Too Long\r\n").contains("\"status\":414");
            assertThat(c.closedByServer()).isTrue();
        }
    }

    @Test
    void largeHeaderSectionIs431() {
        try (RawClient c = client()) {
            c.send("GET /status/200 HTTP/1.1\r\nHost: t\r\nX-Big: " + "b".repeat(600) + "\r\n\r\n");
            assertThat(c.response()).startsWith("HTTP/1.1 431 Request Header Fields Too Large\r\n");
        }
    }

    @Test
    void largeBodyIs413() {
        try (RawClient c = client()) {
            c.send("POST /status/200 HTTP/1.1\r\nHost: t\r\nContent-Length: 100\r\n\r\n" + "x".repeat(100));
            assertThat(c.response()).startsWith("HTTP/1.1 413 Content Too Large\r\n").contains("64 bytes");
        }
    }

    @Test
    void the413SurvivesABodyStillBeingSent() {
        // Without a lingering close the unread body would make the kernel reset the connection
        // and the client could lose the answer.
        try (RawClient c = client()) {
            c.send("POST /status/200 HTTP/1.1\r\nHost: t\r\nContent-Length: 300000\r\n\r\n");
            for (int i = 0; i < 30; i++) {
                c.send("y".repeat(10_000));
            }
            assertThat(c.response()).startsWith("HTTP/1.1 413 Content Too Large\r\n");
            assertThat(c.closedByServer()).isTrue();
        }
    }

    @Test
    void halfSentRequestTimesOutWith408() {
        try (RawClient c = client()) {
            c.send("GET /status/200 HTTP/1.1\r\nHost: t\r\n");
            assertThat(c.response()).startsWith("HTTP/1.1 408 Request Timeout\r\n").contains("Connection: close");
            assertThat(c.closedByServer()).isTrue();
        }
    }

    @Test
    void quietKeepAliveConnectionIsClosedWithoutAnswer() {
        try (RawClient c = client()) {
            c.send("GET /status/200 HTTP/1.1\r\nHost: t\r\n\r\n");
            assertThat(c.response()).startsWith("HTTP/1.1 200 OK");
            assertThat(c.closedByServer()).isTrue();
        }
    }

    @Test
    void http10ClosesUnlessKeptAlive() {
        try (RawClient c = client()) {
            c.send("GET /status/200 HTTP/1.0\r\n\r\n");
            assertThat(c.response()).startsWith("HTTP/1.1 200 OK").contains("Connection: close");
            assertThat(c.closedByServer()).isTrue();
        }
        try (RawClient c = client()) {
            c.send("GET /status/200 HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
            assertThat(c.response()).contains("Connection: keep-alive");
            c.send("GET /status/204 HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
            assertThat(c.head()).startsWith("HTTP/1.1 204");
        }
    }

    @Test
    void echoedHeaderCannotSplitTheResponse() {
        try (RawClient c = client()) {
            // obs-fold would smuggle a line break into the value; it must be refused, not passed on.
            c.send("GET /status/200 HTTP/1.1\r\nHost: t\r\nX-HttpStatus-Response-X-A: a\r\n Set-Cookie: x=1\r\n\r\n");
            String r = c.response();
            assertThat(r).doesNotContain("\r\nSet-Cookie:");
        }
    }

    @Test
    void connectionsBeyondTheLimitGet503() throws Exception {
        try (StatusServer small = StatusServer.start(ServerConfig.defaults().withPort(0).withMaxConnections(1));
                RawClient first = new RawClient(small.port())) {
            first.send("GET /status/200 HTTP/1.1\r\nHost: t\r\n\r\n");
            assertThat(first.response()).startsWith("HTTP/1.1 200");
            try (RawClient second = new RawClient(small.port())) {
                String r = second.response();
                assertThat(r).startsWith("HTTP/1.1 503 Service Unavailable\r\n").contains("Retry-After: 1");
                assertThat(RawClient.contentLength(r)).isEqualTo(r.length() - r.indexOf("\r\n\r\n") - 4);
            }
        }
    }
}
