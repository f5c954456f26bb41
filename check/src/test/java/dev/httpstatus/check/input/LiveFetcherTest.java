package dev.httpstatus.check.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.httpstatus.check.Checker;
import dev.httpstatus.check.Collect;
import dev.httpstatus.check.model.Exchange;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Live checks against a small server on 127.0.0.1, started and stopped by the test. */
class LiveFetcherTest {

    static HttpServer server;
    static String base;
    static final List<String> received = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/redirect", x -> reply(x, 302, "Location", "/final", ""));
        server.createContext("/final", x -> reply(x, 200, "Content-Type", "text/plain", "arrived"));
        server.createContext("/loop", x -> reply(x, 307, "Location", "/loop", ""));
        server.createContext("/see-other", x -> reply(x, 303, "Location", "/echo-method", ""));
        server.createContext("/temporary", x -> reply(x, 307, "Location", "/echo-method", ""));
        server.createContext("/found", x -> reply(x, 302, "Location", "/echo-method", ""));
        server.createContext("/echo-method", x -> reply(x, 200, "X-Method", x.getRequestMethod(), ""));
        server.createContext("/denied", x -> reply(x, 401, "Content-Type", "text/plain", "who are you?"));
        server.createContext("/items", x -> {
            byte[] body = x.getRequestBody().readAllBytes();
            received.add(x.getRequestMethod() + " " + x.getRequestHeaders().getFirst("X-Trace") + " "
                    + new String(body, StandardCharsets.UTF_8));
            reply(x, 201, "Content-Type", "application/json", "{\"id\":1}");
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    private static void reply(HttpExchange x, int status, String header, String value, String body) throws IOException {
        x.getRequestBody().readAllBytes();
        x.getResponseHeaders().add(header, value);
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        x.sendResponseHeaders(status, b.length == 0 ? -1 : b.length);
        x.getResponseBody().write(b);
        x.close();
    }

    private static Collect fetch(String path, LiveRequest r) throws IOException {
        Collect c = new Collect();
        LiveFetcher.fetch(base + path, r, c);
        return c;
    }

    @Test
    void eachRedirectHopIsAnExchangeWhenFollowing() throws IOException {
        List<Exchange> hops = fetch("/redirect", LiveRequest.get().following(true)).exchanges;
        assertThat(hops).extracting(Exchange::status).containsExactly(302, 200);
        assertThat(hops).extracting(x -> x.source().hop()).containsExactly(0, 1);
        assertThat(hops.get(1).url()).isEqualTo(base + "/final");
        assertThat(hops.get(1).body()).contains("arrived");
        assertThat(fetch("/redirect", LiveRequest.get()).exchanges).hasSize(1);
    }

    @ParameterizedTest(name = "{1} to {0} is followed with {2}")
    @CsvSource({
        "/see-other, POST, GET",   // 303: fetch the result with GET
        "/see-other, HEAD, HEAD",  // … but HEAD stays HEAD
        "/temporary, POST, POST",  // 307: the method is kept
        "/found, POST, GET",       // 302: what browsers do with POST
        "/found, PUT, PUT",        // … and only with POST
    })
    void redirectsChangeTheMethodAsTheCatalogSays(String path, String method, String followedWith) throws IOException {
        List<Exchange> hops = fetch(path, LiveRequest.get().withMethod(method).following(true)).exchanges;
        assertThat(hops).hasSize(2);
        assertThat(hops.get(1).isMethod(dev.httpstatus.Method.of(followedWith))).as("second hop's method").isTrue();
        assertThat(hops.get(1).response().first("X-Method")).contains(followedWith);
    }

    @Test
    void aRedirectToItselfIsCheckedOnceAndReported() throws IOException {
        List<Exchange> hops = fetch("/loop", LiveRequest.get().following(true)).exchanges;
        assertThat(hops).hasSize(1);
        assertThat(Checker.standard().check(hops.get(0))).extracting(f -> f.rule().id()).contains("redirect-to-self");
    }

    @Test
    void methodHeadersAndContentAreSent() throws IOException {
        received.clear();
        Exchange x = fetch("/items", LiveRequest.get().withMethod("POST").withHeader("X-Trace", "t-1")
                .withBody("{\"name\":\"a\"}".getBytes(StandardCharsets.UTF_8))).exchanges.get(0);
        assertThat(received).containsExactly("POST t-1 {\"name\":\"a\"}");
        assertThat(x.isMethod(dev.httpstatus.Method.POST)).isTrue();
        assertThat(x.request().first("X-Trace")).contains("t-1");
        assertThat(Checker.standard().check(x)).extracting(f -> f.rule().id()).containsExactly("201-without-location");
    }

    @Test
    void findingsOnALiveResponse() throws IOException {
        Exchange x = fetch("/denied", LiveRequest.get()).exchanges.get(0);
        assertThat(x.bodyLength()).isEqualTo(12);
        assertThat(Checker.standard().check(x)).extracting(f -> f.rule().id()).containsExactly("401-without-www-authenticate");
    }

    @Test
    void failuresNameTheUrl() throws IOException {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closed + "/x";
        assertThatThrownBy(() -> LiveFetcher.fetch(url, LiveRequest.get(), new Collect()))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(url + " hop 0: ")
                .hasMessageContaining("127.0.0.1:" + closed);
        assertThatThrownBy(() -> LiveFetcher.fetch(base + "/x", LiveRequest.get().withHeader("Host", "evil"), new Collect()))
                .isInstanceOf(BadInputException.class).hasMessageContaining("cannot send this request");
        assertThatThrownBy(() -> LiveFetcher.fetch("http:///nohost", LiveRequest.get(), new Collect()))
                .isInstanceOf(BadInputException.class).hasMessageContaining("expected an http:// or https:// URL with a host");
    }
}
