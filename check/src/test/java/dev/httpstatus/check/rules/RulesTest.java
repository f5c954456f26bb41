package dev.httpstatus.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpstatus.Condition;
import dev.httpstatus.Duty;
import dev.httpstatus.check.Checker;
import dev.httpstatus.check.X;
import dev.httpstatus.check.model.Exchange;
import dev.httpstatus.check.model.Finding;
import dev.httpstatus.check.model.Rule;
import dev.httpstatus.check.model.Severity;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule with an exchange that breaks it and a close one that does not. */
class RulesTest {

    private static final String DATE = "Date: Tue, 25 Jul 2023 11:07:59 GMT";

    static Stream<Arguments> cases() {
        return Stream.of(
            c("status-code-out-of-range", X.of("GET", 600), X.of("GET", 599)),
            c("status-code-out-of-range", X.of("GET", 42), X.of("GET", 200)),
            c("unregistered-status-code", X.of("GET", 432), X.of("GET", 429, "Retry-After: 5")),
            c("vendor-status-code", X.of("GET", 499), X.of("GET", 404)),
            c("obsoleted-status-code", X.of("GET", 510), X.of("GET", 500)),
            c("deprecated-status-code", X.of("GET", 305, "Location: http://proxy/"), X.of("GET", 307, "Location: /y")),
            c("reserved-status-code", X.of("GET", 306), X.of("GET", 200)),
            c("reserved-status-code", X.of("GET", 418), X.of("GET", 400)),
            c("reason-phrase-differs", X.of("GET", 404).phrase("Nope"), X.of("GET", 404).phrase("not found")),
            c("reason-phrase-differs", X.of("POST", 413).phrase("Request Entity Too Large"),
                    X.of("POST", 413).phrase("Content Too Large")),
            c("reason-phrase-differs", X.of("GET", 404).phrase("Nope"),
                    X.of("GET", 404).phrase("Nope").version("HTTP/2", "HTTP/2")),
            c("content-in-bodiless-response", X.of("DELETE", 204).body(5), X.of("DELETE", 204).body(0)),
            c("content-in-bodiless-response", X.of("GET", 304, DATE).body(3), X.of("GET", 304, DATE).body(-1)),
            c("content-in-205", X.of("POST", 205).body(3), X.of("POST", 205).body(0)),
            c("content-length-in-2xx-to-connect", X.of("CONNECT", 200, "Content-Length: 0").body(0),
                    X.of("CONNECT", 407, "Content-Length: 0", "Proxy-Authenticate: Basic").body(0)),
            c("transfer-encoding-in-2xx-to-connect", X.of("CONNECT", 200, "Transfer-Encoding: chunked").body(0),
                    X.of("GET", 200, "Transfer-Encoding: chunked").body(0)),
            c("2xx-4xx-without-date", X.of("GET", 404), X.of("GET", 404, DATE)),
            c("2xx-4xx-without-date", X.of("GET", 200), X.of("GET", 500)),
            c("content-in-head-response", X.of("HEAD", 200, "Content-Length: 99").body(99),
                    X.of("HEAD", 200, "Content-Length: 99").body(0)),
            c("content-length-in-1xx-or-204", X.of("DELETE", 204, "Content-Length: 0").body(0), X.of("DELETE", 204).body(0)),
            c("content-length-in-1xx-or-204", X.of("GET", 101, "Upgrade: websocket", "Content-Length: 0").body(0),
                    X.of("HEAD", 200, "Content-Length: 10").body(0)),
            c("transfer-encoding-in-1xx-or-204", X.of("DELETE", 204, "Transfer-Encoding: chunked").body(0),
                    X.of("GET", 200, "Transfer-Encoding: chunked")),
            c("error-without-explanation", X.of("GET", 404).body(0), X.of("GET", 404).body(12)),
            c("error-without-explanation", X.of("GET", 500).body(0), X.of("HEAD", 500).body(0)),
            c("101-without-upgrade", X.of("GET", 101, "Connection: upgrade"), X.of("GET", 101, "Upgrade: websocket")),
            c("101-without-connection-upgrade", X.of("GET", 101, "Upgrade: websocket"),
                    X.of("GET", 101, "Upgrade: websocket", "Connection: Upgrade")),
            c("103-without-link", X.of("GET", 103).body(0), X.of("GET", 103, "Link: </a.css>; rel=preload").body(0)),
            c("201-without-location", X.of("POST", 201), X.of("PUT", 201)),
            c("201-without-location", X.of("POST", 201), X.of("POST", 201, "Location: /items/7")),
            c("206-without-content-range", X.of("GET", 206).req("Range: bytes=0-9"),
                    X.of("GET", 206, "Content-Type: multipart/byteranges; boundary=x").req("Range: bytes=0-9,20-29")),
            c("206-without-etag", X.of("GET", 206, "Content-Range: bytes 0-9/10").afterOk("ETag: \"a\""),
                    X.of("GET", 206, "Content-Range: bytes 0-9/10").afterOk("Vary: Accept")),
            c("206-without-cache-control", X.of("GET", 206).afterOk("Cache-Control: max-age=60"),
                    X.of("GET", 206, "Cache-Control: max-age=60").afterOk("Cache-Control: max-age=60")),
            c("206-without-content-location", X.of("GET", 206).afterOk("Content-Location: /x.en"),
                    X.of("GET", 206)),
            c("206-without-expires", X.of("GET", 206).afterOk("Expires: Thu, 01 Dec 2094 16:00:00 GMT"),
                    X.of("GET", 206).afterOk()),
            c("206-without-vary", X.of("GET", 206).afterOk("Vary: Accept-Encoding"),
                    X.of("GET", 206, "Vary: Accept-Encoding").afterOk("Vary: Accept-Encoding")),
            c("304-without-etag", X.of("GET", 304, DATE).body(-1).afterOk("ETag: \"v1\""),
                    X.of("GET", 304, DATE, "ETag: \"v1\"").body(-1).afterOk("ETag: \"v1\"")),
            c("304-without-cache-control", X.of("GET", 304, DATE).body(-1).afterOk("Cache-Control: no-cache"),
                    X.of("GET", 304, DATE).body(-1)),
            c("304-without-content-location", X.of("GET", 304, DATE).body(-1).afterOk("Content-Location: /x.de"),
                    X.of("GET", 304, DATE, "Content-Location: /x.de").body(-1).afterOk("Content-Location: /x.de")),
            c("304-without-expires", X.of("GET", 304, DATE).body(-1).afterOk("Expires: Thu, 01 Dec 2094 16:00:00 GMT"),
                    X.of("GET", 304, DATE).body(-1).afterOk("ETag: \"v1\"")),
            c("304-without-vary", X.of("GET", 304, DATE).body(-1).afterOk("Vary: Cookie"),
                    X.of("GET", 304, DATE, "Vary: Cookie").body(-1).afterOk("Vary: Cookie")),
            c("304-with-content-type", X.of("GET", 304, DATE, "Content-Type: text/html").body(-1),
                    X.of("GET", 304, DATE, "ETag: \"a\"").body(-1)),
            c("304-with-content-encoding", X.of("GET", 304, DATE, "Content-Encoding: gzip").body(-1),
                    X.of("GET", 304, DATE).body(-1)),
            c("304-with-content-language", X.of("GET", 304, DATE, "Content-Language: de").body(-1),
                    X.of("GET", 200, DATE, "Content-Language: de")),
            c("401-without-www-authenticate", X.of("GET", 401), X.of("GET", 401, "WWW-Authenticate: Basic realm=\"x\"")),
            c("405-without-allow", X.of("DELETE", 405), X.of("DELETE", 405, "Allow: GET, HEAD")),
            c("407-without-proxy-authenticate", X.of("GET", 407), X.of("GET", 407, "Proxy-Authenticate: Basic realm=\"p\"")),
            c("426-without-upgrade", X.of("GET", 426), X.of("GET", 426, "Upgrade: HTTP/3.0")),
            c("426-without-upgrade", X.of("GET", 426), X.of("GET", 426).version("HTTP/2", "HTTP/2")),
            c("426-without-connection-upgrade", X.of("GET", 426, "Upgrade: HTTP/3.0"),
                    X.of("GET", 426, "Upgrade: HTTP/3.0", "Connection: Upgrade")),
            c("429-without-retry-after", X.of("GET", 429), X.of("GET", 429, "Retry-After: 30")),
            c("451-without-blocked-by-link", X.of("GET", 451, "Link: <https://a/>; rel=\"author\""),
                    X.of("GET", 451, "Link: <https://authority.example/>; rel=\"blocked-by\"")),
            c("503-without-retry-after", X.of("GET", 503), X.of("GET", 503, "Retry-After: 120")),
            c("301-without-location", X.of("GET", 301), X.of("GET", 301, "Location: /new")),
            c("302-without-location", X.of("GET", 302), X.of("GET", 302, "Location: /new")),
            c("303-without-location", X.of("POST", 303), X.of("GET", 304, DATE).body(-1)),
            c("305-without-location", X.of("GET", 305), X.of("GET", 305, "Location: http://proxy:3128/")),
            c("307-without-location", X.of("POST", 307), X.of("POST", 307, "Location: /b")),
            c("308-without-location", X.of("PUT", 308), X.of("PUT", 308, "Location: /b")),
            c("416-without-content-range", X.of("GET", 416, "Content-Range: bytes 0-9/100").req("Range: bytes=200-"),
                    X.of("GET", 416, "Content-Range: bytes */100").req("Range: bytes=200-")),
            c("405-allow-lists-request-method", X.of("POST", 405, "Allow: GET, POST"), X.of("POST", 405, "Allow: GET, HEAD, OPTIONS")),
            c("location-not-uri-reference", X.of("GET", 302, "Location: /a b"), X.of("GET", 302, "Location: /a%20b")),
            c("redirect-to-self", X.of("GET", 302, "Location: /x").url("https://example.com/x"),
                    X.of("GET", 302, "Location: /x/").url("https://example.com/x")),
            c("redirect-to-self", X.of("GET", 307, "Location: https://example.com/x#top").url("https://example.com/x"),
                    X.of("GET", 302, "Location: /x", "Set-Cookie: s=1").url("https://example.com/x")),
            c("location-without-meaning", X.of("GET", 200, "Location: /y"), X.of("POST", 202, "Location: /queue/1")),
            c("content-range-outside-206-416", X.of("GET", 200, "Content-Range: bytes 0-9/10"),
                    X.of("GET", 206, "Content-Range: bytes 0-9/10").req("Range: bytes=0-9")),
            c("retry-after-invalid", X.of("GET", 503, "Retry-After: soon"), X.of("GET", 503, "Retry-After: Fri, 31 Dec 1999 23:59:59 GMT")),
            c("retry-after-invalid", X.of("GET", 429, "Retry-After: -5"), X.of("GET", 429, "Retry-After: Sunday, 06-Nov-94 08:49:37 GMT")),
            c("retry-after-invalid", X.of("GET", 429, "Retry-After: 2.5"), X.of("GET", 429, "Retry-After: Sun Nov  6 08:49:37 1994")),
            // The server once accepted this one-digit day (RFC 1123's form) that IMF-fixdate forbids.
            c("retry-after-invalid", X.of("GET", 503, "Retry-After: Sun, 6 Nov 1994 08:49:37 GMT"),
                    X.of("GET", 503, "Retry-After: Sun, 06 Nov 1994 08:49:37 GMT")),
            c("http-date-invalid", X.of("GET", 200, "Date: 2023-07-25T11:07:59Z"), X.of("GET", 200, DATE)),
            c("http-date-invalid", X.of("GET", 200, DATE, "Last-Modified: yesterday"),
                    X.of("GET", 200, DATE, "Expires: 0")),
            c("http-date-obsolete-form", X.of("GET", 200, "Date: Tuesday, 25-Jul-23 11:07:59 GMT"), X.of("GET", 200, DATE)),
            c("1xx-to-http-1.0", X.of("PUT", 100).req("Expect: 100-continue").version("HTTP/1.0", "HTTP/1.1"),
                    X.of("PUT", 100).req("Expect: 100-continue").body(0)),
            c("100-without-expect", X.of("PUT", 100).body(0), X.of("PUT", 100).req("Expect: 100-Continue").body(0)),
            c("501-to-get-or-head", X.of("GET", 501), X.of("PATCH", 501)),
            c("501-to-get-or-head", X.of("HEAD", 501), X.of("GET", 500)),
            c("405-to-get-or-head", X.of("HEAD", 405, "Allow: POST"), X.of("PUT", 405, "Allow: GET")),
            c("status-does-not-fit-method", X.of("GET", 201, "Location: /n"), X.of("POST", 201, "Location: /n")),
            c("status-does-not-fit-method", X.of("POST", 304, DATE).body(-1), X.of("HEAD", 304, DATE).body(-1)),
            c("101-without-upgrade-request", X.of("GET", 101, "Upgrade: h2c", "Connection: upgrade"),
                    X.of("GET", 101, "Upgrade: h2c", "Connection: upgrade").req("Upgrade: h2c", "Connection: Upgrade")),
            c("206-with-unsatisfied-range", X.of("GET", 206, "Content-Range: bytes */100").req("Range: bytes=0-9"),
                    X.of("GET", 206, "Content-Range: bytes 0-9/100").req("Range: bytes=0-9")),
            c("412-instead-of-304", X.of("GET", 412).req("If-None-Match: \"v1\""),
                    X.of("GET", 412).req("If-None-Match: \"v1\"", "If-Match: \"v2\"")),
            c("412-instead-of-304", X.of("HEAD", 412).req("If-None-Match: *"), X.of("PUT", 412).req("If-None-Match: *")),
            c("412-from-if-modified-since", X.of("PUT", 412).req("If-Modified-Since: " + DATE.substring(6)),
                    X.of("PUT", 412).req("If-Unmodified-Since: " + DATE.substring(6))),
            c("304-without-condition", X.of("GET", 304, DATE).body(-1),
                    X.of("GET", 304, DATE).body(-1).req("If-Modified-Since: " + DATE.substring(6))),
            c("304-etag-mismatch", X.of("GET", 304, DATE, "ETag: \"v2\"").body(-1).req("If-None-Match: \"v1\", \"v3\""),
                    X.of("GET", 304, DATE, "ETag: W/\"v3\"").body(-1).req("If-None-Match: \"v1\", \"v3\"")),
            c("304-etag-mismatch", X.of("GET", 304, DATE, "ETag: \"v2\"").body(-1).afterOk("ETag: \"v1\""),
                    X.of("GET", 304, DATE, "ETag: \"v1\"").body(-1).afterOk("ETag: \"v1\"")),
            c("redirect-loop", X.of("GET", 302, "Location: /a").loop("https://example.com/x", "https://example.com/a",
                    "https://example.com/x"), X.of("GET", 302, "Location: /a")),
            c("206-without-range", X.of("GET", 206, "Content-Range: bytes 0-9/10"),
                    X.of("GET", 206, "Content-Range: bytes 0-9/10").req("Range: bytes=0-9")),
            c("406-without-accept", X.of("GET", 406), X.of("GET", 406).req("Accept: application/xml")),
            c("412-without-precondition", X.of("PUT", 412), X.of("PUT", 412).req("If-Match: \"v1\"")),
            c("416-without-range", X.of("GET", 416, "Content-Range: bytes */10"),
                    X.of("GET", 416, "Content-Range: bytes */10").req("Range: bytes=20-")),
            c("417-without-expect", X.of("PUT", 417), X.of("PUT", 417).req("Expect: 100-continue")),
            c("problem-json-invalid", X.of("GET", 404, "Content-Type: application/problem+json").text("{\"status\": 404,"),
                    X.of("GET", 404, "Content-Type: application/problem+json").text("{\"status\": 404}")),
            c("problem-json-invalid", X.of("GET", 400, "Content-Type: application/problem+json").text("[1]"),
                    X.of("GET", 400, "Content-Type: application/json").text("[1]")),
            c("problem-json-status-mismatch",
                    X.of("GET", 404, "Content-Type: application/problem+json; charset=utf-8").text("{\"title\":\"x\",\"status\":500}"),
                    X.of("GET", 404, "Content-Type: application/problem+json").text("{\"title\":\"x\",\"detail\":{\"status\":1}}"))
        );
    }

    private static Arguments c(String id, X failing, X passing) {
        return Arguments.of(id, failing.build(), passing.build());
    }

    private static Set<String> ids(Exchange x) {
        return Checker.standard().check(x).stream().map(f -> f.rule().id()).collect(Collectors.toSet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void ruleFiresOnTheFailingExchangeOnly(String id, Exchange failing, Exchange passing) {
        assertThat(Rules.byId(id)).as("rule %s exists", id).isPresent();
        assertThat(ids(failing)).as("findings for the failing exchange").contains(id);
        assertThat(ids(passing)).as("findings for the passing exchange").doesNotContain(id);
    }

    @Test
    void everyRuleHasACase() {
        Set<String> tested = cases().map(a -> (String) a.get()[0]).collect(Collectors.toSet());
        Set<String> all = Rules.all().stream().map(Rule::id).collect(Collectors.toSet());
        assertThat(tested).containsExactlyInAnyOrderElementsOf(all);
    }

    @Test
    void aCleanExchangeBreaksNothing() {
        Exchange ok = X.of("GET", 200, "Content-Type: text/html", DATE).phrase("OK").build();
        assertThat(Checker.standard().check(ok)).isEmpty();
    }

    @Test
    void detailsNameWhatWasSeen() {
        List<Finding> f = Checker.standard().check(X.of("POST", 413).phrase("Request Entity Too Large").build());
        assertThat(f).extracting(Finding::message)
                .anyMatch(m -> m.contains("former phrase from RFC 2068") && m.contains("Content Too Large"));
        assertThat(Checker.standard().check(X.of("GET", 499).build())).extracting(Finding::message)
                .anyMatch(m -> m.contains("nginx"));
    }

    @Test
    void everyDutyAnObserverCanJudgeIsARuleWithTheDutysIdSeverityAndReference() {
        for (Duty d : Duty.all()) {
            if (d.condition().observability() == Condition.Observability.NONE) {
                assertThat(Rules.byId(d.id())).as("%s is only the server's to judge", d.id()).isEmpty();
                continue;
            }
            Rule r = Rules.byId(d.id()).orElseThrow(() -> new AssertionError("no rule for duty " + d.id()));
            assertThat(r.reference()).as(d.id()).isEqualTo(d.reference());
            Severity expected = d.condition().observability() == Condition.Observability.PRESUMED
                    && d.level().isAbsolute() ? Severity.WARNING : Severity.of(d.level());
            assertThat(r.severity()).as(d.id()).isEqualTo(expected);
        }
    }

    /**
     * The duties no rule checks, each with its reason. A new duty in core that no observer can judge
     * fails here until it is added, so that leaving a duty unchecked is a decision, not an accident.
     */
    @Test
    void theUncheckedDutiesAreTheseAndOnlyTheServerCanJudgeThem() {
        assertThat(DutyRules.unchecked()).extracting(u -> u.duty().id() + ": " + u.reason()).containsExactly(
                "104-without-location: only the server knows whether it is the first 104 of a new upload",
                "206-multipart-without-content-type: only the server knows whether several parts are sent",
                "300-without-location: only the server knows whether the server has a preferred choice",
                "413-without-retry-after: only the server knows whether the condition is temporary",
                "415-without-accept-encoding: only the server knows whether an unsupported content coding caused it",
                "415-with-accept-encoding: only the server knows whether the failure has nothing to do with content coding");
    }

    @Test
    void dutyRulesReadAsSentences() {
        assertThat(Rules.byId("405-without-allow").orElseThrow().message()).isEqualTo("405 response without Allow");
        assertThat(Rules.byId("405-without-allow").orElseThrow().fix())
                .isEqualTo("Send Allow: GET, HEAD (always: the methods the target resource supports).");
        assertThat(Rules.byId("content-in-head-response").orElseThrow().message())
                .isEqualTo("content in a response when the request method is HEAD");
        assertThat(Rules.byId("304-with-content-type").orElseThrow().message()).isEqualTo("Content-Type in a 304 response");
        assertThat(Rules.byId("451-without-blocked-by-link").orElseThrow().message())
                .isEqualTo("451 response without Link with rel=\"blocked-by\"");
        assertThat(Rules.byId("2xx-4xx-without-date").orElseThrow().message())
                .isEqualTo("2xx, 3xx, 4xx response without Date");
    }
}
