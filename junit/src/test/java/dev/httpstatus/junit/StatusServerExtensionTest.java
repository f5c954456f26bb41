package dev.httpstatus.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpstatus.server.StatusServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@StatusServerTest
class StatusServerExtensionTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static URI started;

    @BeforeAll
    static void remember(URI base) {
        started = base;
    }

    @Test
    void injectsTheBaseUriOfARunningServer(URI base) throws Exception {
        assertThat(base.toString()).matches("http://127\\.0\\.0\\.1:\\d+/");
        HttpResponse<String> res = CLIENT.send(HttpRequest.newBuilder(base.resolve("/418")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(res.statusCode()).isEqualTo(418);
    }

    @Test
    void injectsTheServerItself(StatusServer server, URI base) {
        assertThat(server.port()).isEqualTo(base.getPort()).isPositive();
        assertThat(server.address().getAddress().isLoopbackAddress()).isTrue();
    }

    @Test
    void oneServerForTheWholeClass(URI base) {
        assertThat(base).isEqualTo(started);
    }

    @Nested
    class Inner {
        @Test
        void nestedClassesShareIt(URI base) {
            assertThat(base).isEqualTo(started);
        }
    }

    @AfterAll
    static void stillRunningUntilTheClassEnds(URI base) throws Exception {
        assertThat(CLIENT.send(HttpRequest.newBuilder(base.resolve("/204")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(204);
    }
}
