package dev.httpstatus.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpstatus.StatusCode;
import dev.httpstatus.StatusCodes;
import dev.httpstatus.check.Checker;
import dev.httpstatus.check.model.Exchange;
import dev.httpstatus.check.model.Finding;
import dev.httpstatus.check.model.Headers;
import dev.httpstatus.check.model.Severity;
import dev.httpstatus.check.model.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the conformance checker over exchanges captured from our own server: every registered code
 * for GET and HEAD, in each body format, plus ranges and redirects with ?location=.
 */
class CheckerConformanceTest {

    /**
     * Rules that question whether a code suits the request (201 to GET, 206 without Range, a
     * reserved code at all). At /status/{code} the client chose the code, so only there are they
     * set aside; every rule about the response itself (duties, content, framing, problem details)
     * must pass everywhere.
     */
    static final Set<String> CODE_CHOSEN_BY_CLIENT = Set.of("status-does-not-fit-method", "206-without-range",
            "412-without-precondition", "416-without-range", "417-without-expect", "deprecated-status-code",
            "405-to-get-or-head", "501-to-get-or-head", "100-without-expect",
            "obsoleted-status-code", "reserved-status-code", "101-without-upgrade-request", "304-without-condition",
            "412-instead-of-304", "412-from-if-modified-since");

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
    void everyStatusResponsePassesTheChecker() {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (StatusCode c : StatusCodes.inRegistry()) {
            if (c.isInformational()) {
                continue; // the final answer to a 1xx request is a 200, checked as such below
            }
            for (String method : new String[] {"GET", "HEAD"}) {
                for (String accept : new String[] {"*/*", "text/plain", "text/html"}) {
                    problems.addAll(check(method, "/status/" + c.code(), "Accept: " + accept + "\r\n"));
                    checked++;
                }
            }
        }
        for (String target : new String[] {"/status/302?location=/api/codes", "/status/201?location=/x",
                "/status/503?retry_after=30", "/status/200?reason=Fine", "/status/404?suppressBody=1",
                "/status/500?body=boom", "/api/codes/404", "/api/codes?class=1xx", "/", "/nope", "/status/abc",
                "/unstable?failure_rate=1", "/response-headers?X-A=b"}) {
            problems.addAll(check("GET", target, ""));
            checked++;
        }
        problems.addAll(check("GET", "/status/206", "Range: bytes=1-2\r\n"));
        problems.addAll(check("GET", "/status/206", "Range: bytes=1-2,5-6\r\n"));
        problems.addAll(check("GET", "/status/206", "Range: bytes=4000-\r\n"));
        problems.addAll(check("POST", "/api/codes", ""));
        assertThat(checked).isGreaterThan(300);
        assertThat(problems).isEmpty();
    }

    @Test
    void everyRuleSetAsideStillExists() {
        // A renamed rule must not leave a stale id here that quietly sets nothing aside.
        assertThat(Checker.standard().rules()).extracting(r -> r.id()).containsAll(CODE_CHOSEN_BY_CLIENT);
    }

    @Test
    void theCheckerWouldNoticeIfADutyWereDropped() {
        // Guards this test's own wiring: the same exchanges, minus the header the duty asks for.
        assertThat(check("GET", "/status/405", "", "Allow")).anyMatch(p -> p.contains("405"));
        assertThat(check("GET", "/status/401", "", "WWW-Authenticate")).anyMatch(p -> p.contains("401"));
        assertThat(check("GET", "/status/206", "Range: bytes=1-2\r\n", "Content-Range")).isNotEmpty();
    }

    private static List<String> check(String method, String target, String extraHeaders) {
        return check(method, target, extraHeaders, null);
    }

    /** Sends one request and returns the checker's warnings and errors about the answer. */
    private static List<String> check(String method, String target, String extraHeaders, String drop) {
        String head;
        String body;
        try (RawClient c = new RawClient(server.port())) {
            c.send(method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extraHeaders + "\r\n");
            head = c.head();
            body = method.equals("HEAD") ? "" : c.body(RawClient.contentLength(head));
        }
        String[] lines = head.split("\r\n");
        String[] status = lines[0].split(" ", 3);
        Headers.Builder response = Headers.builder();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (lines[i].substring(0, colon).equalsIgnoreCase(drop)) {
                continue;
            }
            response.add(lines[i].substring(0, colon), lines[i].substring(colon + 1).trim());
        }
        Headers.Builder request = Headers.builder().add("Host", "127.0.0.1");
        for (String h : extraHeaders.split("\r\n")) {
            if (!h.isEmpty()) {
                request.add(h.substring(0, h.indexOf(':')), h.substring(h.indexOf(':') + 1).trim());
            }
        }
        Exchange x = Exchange.builder(Source.hop("http://127.0.0.1" + target, 0))
                .method(method).url("http://127.0.0.1:" + server.port() + target).requestVersion("HTTP/1.1")
                .request(request.build())
                .status(Integer.parseInt(status[1])).reasonPhrase(status.length > 2 ? status[2] : "")
                .responseVersion(status[0]).response(response.build())
                .bodyLength(body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).body(body, true)
                .build();
        List<String> out = new ArrayList<>();
        for (Finding f : Checker.standard().check(x)) {
            boolean chosen = target.startsWith("/status/") && CODE_CHOSEN_BY_CLIENT.contains(f.rule().id());
            if (f.rule().severity().isAtLeast(Severity.WARNING) && !chosen) {
                out.add(method + " " + target + " [" + extraHeaders.trim() + "] -> " + f.rule().id() + ": " + f.detail());
            }
        }
        return out;
    }
}
