package dev.httpstatus.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** ?fault= over HTTP/1.1, seen from a raw socket. */
class FaultTest {

    static StatusServer server;

    @BeforeAll
    static void start() {
        server = StatusServer.start(ServerConfig.defaults().withPort(0));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Everything the server sends until it ends the connection; "RST" when it resets. */
    static String all(String request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(8000);
            s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = s.getInputStream();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                in.transferTo(out);
            } catch (SocketException reset) {
                return out + "RST";
            }
            return out.toString(StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void resetSendsNothingButAReset() throws IOException {
        assertThat(all("GET /status/200?fault=reset HTTP/1.1\r\nHost: t\r\n\r\n")).isEqualTo("RST");
    }

    @Test
    void closeSendsNothing() throws IOException {
        assertThat(all("GET /status/200?fault=close HTTP/1.1\r\nHost: t\r\n\r\n")).isEmpty();
    }

    @Test
    void truncateSendsHalfOfWhatItAnnounces() throws IOException {
        String r = all("GET /status/200?fault=truncate HTTP/1.1\r\nHost: t\r\n\r\n");
        int announced = RawClient.contentLength(r);
        int sent = r.length() - r.indexOf("\r\n\r\n") - 4;
        assertThat(announced).isPositive();
        assertThat(sent).isEqualTo(announced / 2);
    }

    @Test
    void dripTakesTheDurationAndSendsEveryByte() {
        try (RawClient c = new RawClient(server.port())) {
            long start = System.nanoTime();
            c.send("GET /status/404?fault=drip&duration=400 HTTP/1.1\r\nHost: t\r\n\r\n");
            String r = c.response();
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertThat(r).startsWith("HTTP/1.1 404 ").endsWith("}");
            assertThat(ms).isBetween(350L, 5000L);
            c.send("GET /status/204 HTTP/1.1\r\nHost: t\r\n\r\n");
            assertThat(c.head()).as("the connection is still usable").startsWith("HTTP/1.1 204 ");
        }
    }

    @Test
    void badLengthAnnouncesMoreThanItSendsAndKeepsTheConnection() {
        try (RawClient c = new RawClient(server.port())) {
            c.send("GET /status/200?fault=bad-length HTTP/1.1\r\nHost: t\r\n\r\n");
            String head = c.head();
            int announced = RawClient.contentLength(head);
            String body = c.body(announced - Fault.MISSING_BYTES);
            assertThat(body).startsWith("{").endsWith("}");
            assertThat(c.closedByServer()).isFalse();
        }
    }

    @Test
    void faultsAreCheckedAndBounded() {
        Http http = new Http(server.port());
        assertThat(http.get("/status/200?fault=explode").statusCode()).isEqualTo(400);
        assertThat(http.get("/status/200?fault=drip&duration=10001").statusCode()).isEqualTo(400);
        assertThat(http.get("/status/200?duration=100").statusCode()).isEqualTo(400);
    }

    @Test
    void httpstatUsFaultHeadersMapOntoFaults() throws IOException {
        assertThat(all("GET /200 HTTP/1.1\r\nHost: t\r\nX-HttpStatus-AbortBeforeHeaders: true\r\n\r\n")).isEqualTo("RST");
        String after = all("GET /200 HTTP/1.1\r\nHost: t\r\nX-HttpStatus-AbortAfterHeaders: true\r\n\r\n");
        assertThat(after).startsWith("HTTP/1.1 200 ").endsWith("\r\n\r\n");
        String during = all("GET /200 HTTP/1.1\r\nHost: t\r\nX-HttpStatus-AbortDuringBody: TRUE\r\n\r\n");
        assertThat(during.substring(during.indexOf("\r\n\r\n") + 4)).isEqualTo("{");
        assertThat(all("GET /200 HTTP/1.1\r\nHost: t\r\nConnection: close\r\nX-HttpStatus-AbortBeforeHeaders: maybe\r\n\r\n"))
                .as("unreadable: ignored").startsWith("HTTP/1.1 200 ");
    }

    @Test
    void httpstatUsDribbleAndSleepAfterHeaders() {
        try (RawClient c = new RawClient(server.port())) {
            long start = System.nanoTime();
            c.send("GET /200 HTTP/1.1\r\nHost: t\r\nAccept: text/plain\r\nX-HttpStatus-DribbleBody: true\r\n\r\n");
            assertThat(c.response()).endsWith("\r\n\r\n200 OK");
            assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(50);
            start = System.nanoTime();
            c.send("GET /204 HTTP/1.1\r\nHost: t\r\nX-HttpStatus-SleepAfterHeaders: 200\r\n\r\n");
            assertThat(c.head()).startsWith("HTTP/1.1 204 ");
            c.send("GET /200 HTTP/1.1\r\nHost: t\r\nAccept: text/plain\r\nX-HttpStatus-SleepAfterHeaders: 300\r\n\r\n");
            assertThat(c.response()).endsWith("200 OK");
            assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(500);
        }
        assertThat(new Http(server.port()).get("/200", "X-HttpStatus-SleepAfterHeaders", "60000").statusCode()).isEqualTo(400);
    }
}
