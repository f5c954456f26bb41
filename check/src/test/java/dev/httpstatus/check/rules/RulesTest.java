package dev.httpstatus.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpstatus.HeaderDuty;
import dev.httpstatus.Requirement;
import dev.httpstatus.StatusCode;
import dev.httpstatus.check.Checker;
import dev.httpstatus.check.X;
import dev.httpstatus.check.model.Exchange;
import dev.httpstatus.check.model.Finding;
import dev.httpstatus.check.model.Rule;
import dev.httpstatus.check.model.Severity;
import java.util.HashSet;
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
            c("201-without-location", X.of("POST", 201), X.of("PUT", 201)),
            c("201-without-location", X.of("POST", 201), X.of("POST", 201, "Location: /items/7")),
            c("206-without-content-range", X.of("GET", 206).req("Range: bytes=0-9"),
                    X.of("GET", 206, "Content-Type: multipart/byteranges; boundary=x").req("Range: bytes=0-9,20-29")),
            c("304-without-date", X.of("GET", 304).body(-1), X.of("GET", 304, DATE).body(-1)),
            c("401-without-www-authenticate", X.of("GET", 401), X.of("GET", 401, "WWW-Authenticate: Basic realm=\"x\"")),
            c("405-without-allow", X.of("DELETE", 405), X.of("DELETE", 405, "Allow: GET, HEAD")),
            c("407-without-proxy-authenticate", X.of("GET", 407), X.of("GET", 407, "Proxy-Authenticate: Basic realm=\"p\"")),
            c("408-without-connection-close", X.of("GET", 408, "Connection: keep-alive"), X.of("GET", 408, "Connection: close")),
            c("408-without-connection-close", X.of("GET", 408), X.of("GET", 408).version("HTTP/2", "HTTP/2")),
            c("426-without-upgrade", X.of("GET", 426), X.of("GET", 426, "Upgrade: HTTP/3.0")),
            c("429-without-retry-after", X.of("GET", 429), X.of("GET", 429, "Retry-After: 30")),
            c("451-without-blocked-by-link", X.of("GET", 451, "Link: <https://a/>; rel=\"author\""),
                    X.of("GET", 451, "Link: <https://authority.example/>; rel=\"blocked-by\"")),
            c("503-without-retry-after", X.of("GET", 503), X.of("GET", 503, "Retry-After: 120")),
            c("3xx-without-location", X.of("GET", 301), X.of("GET", 301, "Location: /new")),
            c("3xx-without-location", X.of("POST", 303), X.of("GET", 304, DATE).body(-1)),
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
            c("304-with-content-metadata", X.of("GET", 304, DATE, "Content-Type: text/html").body(-1),
                    X.of("GET", 304, DATE, "ETag: \"a\"").body(-1)),
            c("1xx-to-http-1.0", X.of("PUT", 100).req("Expect: 100-continue").version("HTTP/1.0", "HTTP/1.1"),
                    X.of("PUT", 100).req("Expect: 100-continue").body(0)),
            c("100-without-expect", X.of("PUT", 100).body(0), X.of("PUT", 100).req("Expect: 100-Continue").body(0)),
            c("501-to-get-or-head", X.of("GET", 501), X.of("PATCH", 501)),
            c("501-to-get-or-head", X.of("HEAD", 501), X.of("GET", 500)),
            c("405-to-get-or-head", X.of("HEAD", 405, "Allow: POST"), X.of("PUT", 405, "Allow: GET")),
            c("201-to-safe-method", X.of("GET", 201, "Location: /n"), X.of("POST", 201, "Location: /n")),
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
                .anyMatch(m -> m.contains("former phrase from RFC 2616") && m.contains("Content Too Large"));
        assertThat(Checker.standard().check(X.of("GET", 499).build())).extracting(Finding::message)
                .anyMatch(m -> m.contains("nginx"));
    }

    @Test
    void severityAndReferenceOfDutyRulesComeFromTheCatalog() {
        for (StatusCode c : StatusCode.registered()) {
            for (HeaderDuty d : c.headerDuties()) {
                String id = c.code() + "-without-" + d.header().toLowerCase(java.util.Locale.ROOT);
                Rules.byId(id).ifPresent(r -> {
                    assertThat(r.severity()).as(id).isEqualTo(Severity.of(d.level()));
                    assertThat(r.reference()).as(id).isEqualTo(d.reference());
                });
            }
        }
    }

    /**
     * Every MUST or SHOULD header duty in the catalog is checked by a rule, or named here as one no
     * single exchange can decide. A new duty in core fails this test until a rule or a reason exists.
     */
    @Test
    void everyCheckableDutyHasARule() {
        Set<String> undecidable = Set.of(
                // "when a 200 to the same request would carry it": needs the 200, which one exchange lacks
                "206 Date", "206 Cache-Control", "206 ETag", "206 Expires", "206 Content-Location", "206 Vary",
                "304 ETag", "304 Cache-Control", "304 Vary", "304 Content-Location", "304 Expires",
                "206 Content-Type",          // multipart is the exception 206-without-content-range honours
                "300 Location",              // only when the server has a preferred choice
                "305 Location",              // 305 itself is reported as deprecated
                "413 Retry-After",           // only when the condition is temporary, which the wire does not say
                "415 Accept-Encoding");      // only when a content coding caused it
        Set<String> covered = new HashSet<>();
        for (Rule r : Rules.all()) {
            covered.add(r.id());
        }
        for (StatusCode c : StatusCode.registered()) {
            for (HeaderDuty d : c.headerDuties()) {
                if (d.level() == Requirement.MAY) {
                    continue;
                }
                String key = c.code() + " " + d.header();
                boolean ruled = covered.stream().anyMatch(id -> id.startsWith(c.code() + "-without-"))
                        || (c.isRedirection() && d.header().equals("Location") && covered.contains("3xx-without-location"));
                assertThat(ruled || undecidable.contains(key)).as("duty %s has a rule or a reason", key).isTrue();
            }
        }
    }
}
