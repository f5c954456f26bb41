package dev.httpstatus.check.input;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.httpstatus.check.Checker;
import dev.httpstatus.check.model.Exchange;
import dev.httpstatus.check.model.HttpVersion;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Exchanges built from real JDK HttpClient responses (the JDK's own server answers). */
class ExchangesTest {

    static HttpServer server;
    static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/items", ex -> {
            byte[] body = "items cannot be deleted".getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "text/plain");
            ex.sendResponseHeaders(405, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    @Test
    void aStringBodyIsKeptWithItsLength() throws Exception {
        HttpResponse<String> res = CLIENT.send(HttpRequest.newBuilder(uri("/items/7?x=1")).DELETE()
                .header("Accept", "text/plain").build(), HttpResponse.BodyHandlers.ofString());
        Exchange x = Exchanges.of(res);
        assertThat(x.methodText()).isEqualTo("DELETE");
        assertThat(x.url()).isEqualTo(uri("/items/7?x=1").toString());
        assertThat(x.source().toString()).isEqualTo(x.url());
        assertThat(x.request().first("Accept")).contains("text/plain");
        assertThat(x.status()).isEqualTo(405);
        assertThat(x.reasonPhrase()).isEmpty(); // the JDK client does not report it
        assertThat(x.responseVersion()).isEqualTo(HttpVersion.HTTP_1_1);
        assertThat(x.response().first("content-type")).contains("text/plain");
        assertThat(x.bodyLength()).isEqualTo(23);
        assertThat(x.body()).contains("items cannot be deleted");
        assertThat(Checker.standard().check(x)).extracting(f -> f.rule().id()).contains("405-without-allow");
    }

    @Test
    void bytesAndDiscardedBodies() throws Exception {
        HttpResponse<byte[]> bytes = CLIENT.send(HttpRequest.newBuilder(uri("/items")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(Exchanges.of(bytes).bodyLength()).isEqualTo(23);
        assertThat(Exchanges.of(bytes).body()).contains("items cannot be deleted");
        HttpResponse<Void> discarded = CLIENT.send(HttpRequest.newBuilder(uri("/items")).build(), HttpResponse.BodyHandlers.discarding());
        Exchange x = Exchanges.of(discarded);
        assertThat(x.bodyLength()).isEqualTo(23); // from Content-Length
        assertThat(x.body()).isEmpty();
    }
}
