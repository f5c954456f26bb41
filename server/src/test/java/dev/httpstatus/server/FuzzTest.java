package dev.httpstatus.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Random but repeatable junk in targets, parameters and headers: every request must get a
 * well-formed answer, never a dropped connection and never a 500 from a bug of ours.
 */
class FuzzTest {

    static final String[] PATHS = {"/status/", "/", "/api/codes/", "/unstable?", "/response-headers?", "/status/200?", "/1"};
    static final String[] PARAMS = {"delay", "sleep", "reason", "location", "retry_after", "body", "suppressBody",
        "class", "failure_rate", "seed", "X-A", "Content-Type"};
    static final String CHARS = "abc%0d%0a%zz/\\:?&=,;\"'<>0123456789.-_~";
    static final String[] METHODS = {"GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "BREW"};

    static StatusServer server;

    @BeforeAll
    static void start() {
        server = StatusServer.start(ServerConfig.defaults().withPort(0));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void junkAlwaysGetsAWellFormedAnswer() {
        Random random = new Random(20261124);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            StringBuilder target = new StringBuilder(PATHS[random.nextInt(PATHS.length)]).append(junk(random, 8));
            if (random.nextBoolean()) {
                target.append('?');
                for (int p = random.nextInt(3); p >= 0; p--) {
                    target.append(PARAMS[random.nextInt(PARAMS.length)]).append('=').append(junk(random, 6)).append('&');
                }
            }
            String headers = "Host: fuzz\r\n";
            if (random.nextInt(3) == 0) {
                headers += "Accept: " + junk(random, 10) + "\r\n";
            }
            if (random.nextInt(3) == 0) {
                headers += "Range: bytes=" + junk(random, 6) + "\r\n";
            }
            if (random.nextInt(5) == 0) {
                headers += "X-HttpStatus-Response-" + junk(random, 4).replace(":", "") + "x: " + junk(random, 8) + "\r\n";
            }
            String request = METHODS[random.nextInt(METHODS.length)] + " " + target.toString().replace(" ", "")
                    + " HTTP/1.1\r\n" + headers + "Connection: close\r\n\r\n";
            try (RawClient c = new RawClient(server.port())) {
                String head = c.send(request).head();
                if (!head.matches("HTTP/1\\.1 [1-9]\\d\\d [^\\r\\n]*\\r\\n(?s).*")) {
                    failures.add(request + " -> " + head);
                } else if (head.startsWith("HTTP/1.1 500") && !request.contains("/unstable") && !request.matches("\\w+ /(status/)?5.*")) {
                    failures.add(request + " -> " + head + c.body(RawClient.contentLength(head)));
                }
            } catch (RuntimeException e) {
                failures.add(request + " -> " + e);
            }
        }
        assertThat(failures).isEmpty();
    }

    private static String junk(Random random, int max) {
        StringBuilder b = new StringBuilder();
        for (int i = random.nextInt(max + 1); i > 0; i--) {
            b.append(CHARS.charAt(random.nextInt(CHARS.length())));
        }
        return b.toString();
    }
}
