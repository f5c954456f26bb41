package dev.httpstatus.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpstatus.StatusCode;
import dev.httpstatus.StatusCodes;
import dev.httpstatus.json.StatusJson;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatusEndpointTest {

    static StatusServer server;
    static Http http;

    @BeforeAll
    static void start() {
        server = StatusServer.start(ServerConfig.defaults().withPort(0));
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void bindsLoopbackByDefault() {
        assertThat(server.address().getAddress().isLoopbackAddress()).isTrue();
        assertThat(ServerConfig.defaults().bind()).isEqualTo("127.0.0.1");
    }

    @Test
    void everyRegisteredFinalCodeAnswersWithItselfAndItsPhrase() {
        for (StatusCode c : StatusCodes.inRegistry()) {
            if (c.isInformational()) {
                continue;
            }
            HttpResponse<String> r = http.get("/status/" + c.code());
            assertThat(r.statusCode()).as("%s", c).isEqualTo(c.code());
            if (c.isError()) {
                assertThat(r.headers().firstValue("Content-Type")).as("%s", c).contains("application/problem+json");
                assertThat(r.body()).as("%s", c).contains("\"status\":" + c.code())
                        .contains("\"title\":\"" + c.reasonPhrase().replace("'", "'") + "\"")
                        .contains("\"type\":\"about:blank\"").contains("\"detail\":");
            }
        }
    }

    @Test
    void shortPathIsTheSameAsStatusPath() {
        HttpResponse<String> r = http.get("/418");
        assertThat(r.statusCode()).isEqualTo(418);
        assertThat(r.body()).isEqualTo(http.get("/status/418").body());
    }

    @Test
    void successBodyIsTheCatalogCard() {
        HttpResponse<String> r = http.get("/status/200");
        assertThat(r.headers().firstValue("Content-Type")).contains("application/json; charset=utf-8");
        assertThat(r.body()).isEqualTo(StatusJson.toJson(StatusCode.OK));
    }

    @Test
    void unauthorizedChallengesWithBasic() {
        HttpResponse<String> r = http.get("/status/401");
        assertThat(r.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v ->
                assertThat(v).startsWith("Basic realm=\""));
    }

    @Test
    void proxyAuthenticationRequiredChallengesForTheProxy() {
        assertThat(http.get("/status/407").headers().firstValue("Proxy-Authenticate")).hasValueSatisfying(v ->
                assertThat(v).startsWith("Basic realm=\""));
    }

    @Test
    void methodNotAllowedListsOtherMethods() {
        assertThat(http.get("/status/405").headers().firstValue("Allow"))
                .contains("POST, PUT, PATCH, DELETE, OPTIONS");
        assertThat(http.method("DELETE", "/status/405").headers().firstValue("Allow"))
                .contains("GET, HEAD, POST, PUT, PATCH, OPTIONS");
    }

    @ParameterizedTest
    @ValueSource(ints = {201, 301, 302, 303, 307, 308})
    void redirectsAndCreatedPointAtThisServer(int code) {
        HttpResponse<String> r = http.get("/status/" + code);
        assertThat(r.statusCode()).isEqualTo(code);
        assertThat(r.headers().firstValue("Location")).contains("/status/200");
    }

    @Test
    void multipleChoicesNamesAPreferredChoiceOnlyWhenGivenOne() {
        // RFC 9110 §15.4.1: Location only when the server has a preferred choice; ?location= says it has.
        assertThat(http.get("/status/300").headers().firstValue("Location")).isEmpty();
        assertThat(http.get("/status/300?location=/choices/en").headers().firstValue("Location")).contains("/choices/en");
    }

    @Test
    void locationParameterAcceptsRelativePaths() {
        assertThat(http.get("/status/302?location=/api/codes/404").headers().firstValue("Location"))
                .contains("/api/codes/404");
        assertThat(http.get("/status/202?location=/status/200").headers().firstValue("Location"))
                .contains("/status/200");
        assertThat(http.get("/status/202").headers().firstValue("Location")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example/", "//evil.example/x", "/%5Cevil.example", "evil",
            "javascript:alert(1)", "/a%20b", "/%0d%0aSet-Cookie:x=1", "%2F%2Fevil.example"})
    void locationParameterRefusesAnythingThatCouldLeaveTheServer(String location) {
        HttpResponse<String> r = http.get("/status/302?location=" + location);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Location")).isEmpty();
        assertThat(r.body()).contains("\"parameter\":\"location\"");
    }

    @Test
    void locationOnACodeWithoutOneIsRefused() {
        assertThat(http.get("/status/404?location=/x").statusCode()).isEqualTo(400);
    }

    @Test
    void partialContentWithoutRangeSendsTheFirstHalf() {
        HttpResponse<String> r = http.get("/status/206");
        assertThat(r.statusCode()).isEqualTo(206);
        assertThat(r.headers().firstValue("Content-Range")).contains("bytes 0-511/1024");
        assertThat(r.body()).hasSize(512);
    }

    @Test
    void partialContentHonoursASingleRange() {
        HttpResponse<String> r = http.get("/status/206", "Range", "bytes=10-19");
        assertThat(r.statusCode()).isEqualTo(206);
        assertThat(r.headers().firstValue("Content-Range")).contains("bytes 10-19/1024");
        assertThat(r.body()).isEqualTo(new String(PartialContent.REPRESENTATION, 10, 10,
                java.nio.charset.StandardCharsets.US_ASCII));
        HttpResponse<String> suffix = http.get("/status/206", "Range", "bytes=-4");
        assertThat(suffix.headers().firstValue("Content-Range")).contains("bytes 1020-1023/1024");
        assertThat(suffix.body()).hasSize(4);
    }

    @Test
    void partialContentSendsSeveralRangesAsMultipart() {
        HttpResponse<String> r = http.get("/status/206", "Range", "bytes=0-3,10-12");
        assertThat(r.headers().firstValue("Content-Type"))
                .contains("multipart/byteranges; boundary=" + PartialContent.BOUNDARY);
        assertThat(r.headers().firstValue("Content-Range")).isEmpty();
        assertThat(r.body()).contains("Content-Range: bytes 0-3/1024\r\n\r\nabcd\r\n")
                .contains("Content-Range: bytes 10-12/1024\r\n\r\nklm\r\n")
                .endsWith("--" + PartialContent.BOUNDARY + "--\r\n");
    }

    @Test
    void unsatisfiableRangeAt206Becomes416() {
        HttpResponse<String> r = http.get("/status/206", "Range", "bytes=5000-");
        assertThat(r.statusCode()).isEqualTo(416);
        assertThat(r.headers().firstValue("Content-Range")).contains("bytes */1024");
    }

    @Test
    void rangeNotSatisfiableNamesTheLength() {
        HttpResponse<String> r = http.get("/status/416");
        assertThat(r.statusCode()).isEqualTo(416);
        assertThat(r.headers().firstValue("Content-Range")).contains("bytes */1024");
        assertThat(r.headers().firstValue("Content-Type")).contains("application/problem+json");
    }

    @Test
    void upgradeRequiredNamesAProtocol() {
        HttpResponse<String> r = http.get("/status/426");
        assertThat(r.headers().firstValue("Upgrade")).contains("websocket");
        assertThat(r.headers().firstValue("Connection")).hasValueSatisfying(v -> assertThat(v).containsIgnoringCase("upgrade"));
    }

    @Test
    void tooManyRequestsAndUnavailableSayWhenToRetry() {
        assertThat(http.get("/status/429").headers().firstValue("Retry-After")).contains("5");
        assertThat(http.get("/status/503").headers().firstValue("Retry-After")).contains("5");
        assertThat(http.get("/status/503?retry_after=120").headers().firstValue("Retry-After")).contains("120");
        assertThat(http.get("/status/429?retry_after=Wed,%2021%20Oct%202026%2007:28:00%20GMT")
                .headers().firstValue("Retry-After")).contains("Wed, 21 Oct 2026 07:28:00 GMT");
        assertThat(http.get("/status/413").headers().firstValue("Retry-After")).isEmpty();
        assertThat(http.get("/status/413?retry_after=3").headers().firstValue("Retry-After")).contains("3");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "soon", "1.5", "9999999999", "Wed, 21 Oct 2026 07:28:00 CET"})
    void badRetryAfterIsRefused(String value) {
        HttpResponse<String> r = http.get("/status/503?retry_after=" + value.replace(" ", "%20"));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("\"parameter\":\"retry_after\"");
    }

    @Test
    void unavailableForLegalReasonsNamesWhoBlocks() {
        assertThat(http.get("/status/451").headers().firstValue("Link")).hasValueSatisfying(v ->
                assertThat(v).contains("rel=\"blocked-by\""));
    }

    @Test
    void requestTimeoutClosesTheConnection() {
        assertThat(http.get("/status/408").headers().firstValue("Connection")).contains("close");
    }

    @ParameterizedTest
    @ValueSource(ints = {204, 304})
    void noContentCodesHaveNoBodyAndNoLength(int code) {
        HttpResponse<String> r = http.get("/status/" + code);
        assertThat(r.statusCode()).isEqualTo(code);
        assertThat(r.body()).isEmpty();
        assertThat(r.headers().firstValue("Content-Length")).isEmpty();
    }

    @Test
    void notModifiedCarriesTheValidatorsA200Would() {
        HttpResponse<String> r = http.get("/status/304");
        // This server's 200 carries no ETag, so its 304 need not either (RFC 9110 §15.4.5).
        assertThat(r.headers().firstValue("ETag")).isEqualTo(http.get("/status/200").headers().firstValue("ETag"));
        assertThat(r.headers().firstValue("Date")).isPresent();
        assertThat(r.headers().firstValue("Vary")).isEqualTo(http.get("/status/200").headers().firstValue("Vary"));
        assertThat(r.headers().firstValue("Cache-Control")).isEqualTo(http.get("/status/200").headers()
                .firstValue("Cache-Control"));
    }

    @Test
    void resetContentSaysZeroLength() {
        HttpResponse<String> r = http.get("/status/205");
        assertThat(r.body()).isEmpty();
        assertThat(r.headers().firstValue("Content-Length")).contains("0");
    }

    @Test
    void headHasTheHeadersOfGetButNoBody() {
        HttpResponse<String> get = http.get("/status/404");
        HttpResponse<String> head = http.method("HEAD", "/status/404");
        assertThat(head.statusCode()).isEqualTo(404);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("Content-Length"))
                .contains(String.valueOf(get.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length));
    }

    @Test
    void anyMethodGetsTheCode() {
        for (String m : new String[] {"POST", "PUT", "PATCH", "DELETE", "OPTIONS", "PROPFIND"}) {
            assertThat(http.method(m, "/status/409").statusCode()).as(m).isEqualTo(409);
        }
    }

    @Test
    void reasonCanBeOverriddenButNotWithJunk() {
        // java.net.http hides the reason phrase, so the raw-socket tests check the status line itself.
        assertThat(http.get("/status/200?reason=All%20Good").statusCode()).isEqualTo(200);
        HttpResponse<String> bad = http.get("/status/200?reason=a%0d%0aSet-Cookie:%20x=1");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(http.get("/status/200?reason=" + "x".repeat(129)).statusCode()).isEqualTo(400);
    }

    @Test
    void delayWaitsAndIsBounded() {
        long start = System.nanoTime();
        assertThat(http.get("/status/202?delay=120").statusCode()).isEqualTo(202);
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(120);
        assertThat(http.get("/status/200?sleep=10").statusCode()).isEqualTo(200);
        HttpResponse<String> tooLong = http.get("/status/200?delay=10001");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("\"parameter\":\"delay\"").contains("10001");
        assertThat(http.get("/status/200?sleep=-5").statusCode()).isEqualTo(400);
        assertThat(http.get("/status/200?delay=fast").statusCode()).isEqualTo(400);
        assertThat(http.get("/status/200?delay=1&sleep=1").statusCode()).isEqualTo(400);
    }

    @Test
    void bodyParameterForcesContentWhereAllowed() {
        HttpResponse<String> r = http.get("/status/500?body=boom");
        assertThat(r.statusCode()).isEqualTo(500);
        assertThat(r.body()).isEqualTo("boom");
        assertThat(r.headers().firstValue("Content-Type")).contains("text/plain; charset=utf-8");
        assertThat(http.get("/status/204?body=x").statusCode()).isEqualTo(400);
        assertThat(http.get("/status/304?body=x").statusCode()).isEqualTo(400);
    }

    @Test
    void suppressBodySendsEmptyContent() {
        HttpResponse<String> r = http.get("/status/404?suppressBody=true");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).isEmpty();
        assertThat(r.headers().firstValue("Content-Length")).contains("0");
        assertThat(http.get("/status/404?suppressBody=maybe").statusCode()).isEqualTo(400);
        assertThat(http.get("/status/404?suppressBody=yes").statusCode()).as("only true or false").isEqualTo(400);
    }

    @Test
    void httpstatUsSpellingsAndHeadersWork() {
        HttpResponse<String> r = http.get("/200?SuppressBody=true");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEmpty();
        assertThat(http.get("/200?SUPPRESSBODY=True").body()).isEmpty();
        assertThat(http.get("/201", "X-HttpStatus-SuppressBody", "true").body()).isEmpty();
        assertThat(http.get("/201?suppressBody=false", "X-HttpStatus-SuppressBody", "true").body())
                .as("the query wins").isNotEmpty();
        assertThat(http.get("/201", "X-HttpStatus-SuppressBody", "banana").body()).as("ignored").isNotEmpty();
        long start = System.nanoTime();
        assertThat(http.get("/200", "X-HttpStatus-Sleep", "150").statusCode()).isEqualTo(200);
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(150);
        assertThat(http.get("/200", "X-HttpStatus-Sleep", "soon").statusCode()).as("unreadable: ignored").isEqualTo(200);
        assertThat(http.get("/200", "X-HttpStatus-Sleep", "60000").statusCode()).isEqualTo(400);
        assertThat(http.get("/200?Sleep=5").statusCode()).isEqualTo(200);
        assertThat(http.get("/200?sleep=1&Sleep=1").statusCode()).as("the same name twice").isEqualTo(400);
    }

    @Test
    void httpstatUsRoutesWork() {
        assertThat(http.get("/418/anything/here").statusCode()).isEqualTo(418);
        assertThat(http.get("/status/200/foo").statusCode()).as("go-httpbin: 404").isEqualTo(404);
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int i = 0; i < 100 && seen.size() < 4; i++) {
            int s = http.get("/random/200,500-502").statusCode();
            assertThat(s).isIn(200, 500, 501, 502);
            seen.add(s);
        }
        assertThat(seen).hasSize(4);
        for (String bad : new String[] {"foo", "200,x", "200.0", "-1,0,1", "-1-1", "504-500"}) {
            assertThat(http.get("/random/" + bad).statusCode()).as(bad).isEqualTo(400);
        }
    }

    @Test
    void unknownOrRepeatedParametersAreRefused() {
        HttpResponse<String> r = http.get("/status/200?dealy=5");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("\"parameter\":\"dealy\"");
        assertThat(http.get("/status/200?delay=1&delay=2").statusCode()).isEqualTo(400);
    }

    @Test
    void requestHeadersAreEchoedAsResponseHeaders() {
        HttpResponse<String> r = http.get("/status/200", "X-HttpStatus-Response-Cache-Control", "max-age=60",
                "X-HttpStatus-Response-X-Trace", "abc 123");
        assertThat(r.headers().firstValue("Cache-Control")).contains("max-age=60");
        assertThat(r.headers().firstValue("X-Trace")).contains("abc 123");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Content-Length", "Transfer-Encoding", "Connection", "Location"})
    void echoRefusesHeadersTheServerOwns(String name) {
        HttpResponse<String> r = http.get("/status/200", "X-HttpStatus-Response-" + name, "1");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"200,201:0", "201:1,500:0", "201"})
    void weightedChoiceFollowsTheWeights(String spec) {
        for (int i = 0; i < 20; i++) {
            assertThat(http.get("/status/" + spec).statusCode()).isIn(200, 201);
        }
        assertThat(http.get("/status/200:0,201:1").statusCode()).isEqualTo(201);
    }

    @Test
    void weightedChoiceDrawsEveryCodeWithWeight() {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int i = 0; i < 200 && seen.size() < 2; i++) {
            seen.add(http.get("/status/200,503").statusCode());
        }
        assertThat(seen).containsExactlyInAnyOrder(200, 503);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "99", "1000", "0404", "-1", "200,abc", "200:x", "200:0,201:0", "200:-1", "4o4"})
    void junkCodesAre400NamingTheValue(String spec) {
        HttpResponse<String> r = http.get("/status/" + spec);
        assertThat(r.statusCode()).as(spec).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(r.body()).contains("\"status\":400").contains("\"parameter\":\"code\"");
    }

    @Test
    void emptyStatusPathSaysWhatIsMissing() {
        for (String path : new String[] {"/status", "/status/"}) {
            HttpResponse<String> r = http.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(404); // as httpbin and go-httpbin
            assertThat(r.body()).contains("add a status code");
        }
    }

    @Test
    void unknownPathIs404Problem() {
        HttpResponse<String> r = http.get("/nothing-here");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(r.body()).contains("/nothing-here");
    }

    @Test
    void unusualCodesAreServedToo() {
        HttpResponse<String> r = http.get("/status/799");
        assertThat(r.statusCode()).isEqualTo(799);
        assertThat(http.get("/status/499").statusCode()).isEqualTo(499);
    }

    @Test
    void negotiatesTextAndHtml() {
        HttpResponse<String> text = http.get("/status/404", "Accept", "text/plain");
        assertThat(text.headers().firstValue("Content-Type")).contains("text/plain; charset=utf-8");
        assertThat(text.body()).isEqualTo("404 Not Found"); // httpstat.us's plain form
        HttpResponse<String> html = http.get("/status/404", "Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertThat(html.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
        assertThat(html.body()).contains("<h1>404 Not Found</h1>");
        HttpResponse<String> json = http.get("/status/404", "Accept", "text/html;q=0.5, application/json");
        assertThat(json.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(http.get("/status/200", "Accept", "text/plain").body()).isEqualTo("200 OK");
        assertThat(http.get("/status/200", "Accept", "image/png").headers().firstValue("Content-Type"))
                .contains("application/json; charset=utf-8");
        assertThat(http.get("/status/400?delay=x", "Accept", "text/plain").body()).contains("delay");
    }

    @Test
    void echoedBodiesCannotRunAsAPage() {
        HttpResponse<String> r = http.get("/response-headers?Content-Type=text/html&x=%3Cscript%3E");
        assertThat(r.headers().firstValue("Content-Type")).contains("text/html");
        assertThat(r.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(v -> assertThat(v).contains("sandbox"));
        assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(http.get("/").headers().firstValue("Content-Security-Policy")).hasValueSatisfying(v ->
                assertThat(v).contains("script-src 'self'"));
    }

    @Test
    void browsersOnOtherOriginsMayCallAndReadEverything() {
        HttpResponse<String> r = http.get("/status/429", "Origin", "https://app.example");
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        assertThat(r.headers().firstValue("Access-Control-Expose-Headers")).contains("*");
        HttpResponse<String> preflight = http.method("OPTIONS", "/status/404", "Origin", "https://app.example",
                "Access-Control-Request-Method", "DELETE",
                "Access-Control-Request-Headers", "x-httpstatus-response-x-a, content-type");
        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).contains("DELETE");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers"))
                .contains("x-httpstatus-response-x-a, content-type");
        assertThat(http.method("OPTIONS", "/status/404").statusCode()).as("a plain OPTIONS gets the code").isEqualTo(404);
    }

    @Test
    void everyResponseIsDated() {
        assertThat(http.get("/status/200").headers().firstValue("Date")).hasValueSatisfying(d ->
                assertThat(d).matches("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT"));
    }

    @Test
    void unstableFailsAtTheGivenRate() {
        assertThat(http.get("/unstable?failure_rate=1").statusCode()).isEqualTo(500);
        assertThat(http.get("/unstable?failure_rate=0").statusCode()).isEqualTo(200);
        assertThat(http.get("/unstable?failure_rate=1.5").statusCode()).isEqualTo(400);
        assertThat(http.get("/unstable?failure_rate=half").statusCode()).isEqualTo(400);
        int a = http.get("/unstable?seed=42").statusCode();
        for (int i = 0; i < 5; i++) {
            assertThat(http.get("/unstable?seed=42").statusCode()).isEqualTo(a);
        }
    }

    @Test
    void responseHeadersSetsWhatTheQueryAsks() {
        HttpResponse<String> r = http.get("/response-headers?X-Color=blue&Cache-Control=max-age%3D5");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("X-Color")).contains("blue");
        assertThat(r.headers().firstValue("Cache-Control")).contains("max-age=5");
        assertThat(r.body()).contains("\"X-Color\":\"blue\"");
        assertThat(http.get("/response-headers?A=1&A=2").body()).isEqualTo("{\"A\":[\"1\",\"2\"]}");
        assertThat(http.get("/response-headers?Content-Length=1").statusCode()).isEqualTo(400);
        assertThat(http.get("/response-headers?X-A=a%0d%0aX-B:%20b").statusCode()).isEqualTo(400);
        assertThat(http.get("/response-headers?Bad%20Name=1").statusCode()).isEqualTo(400);
        assertThat(http.get("/response-headers?Location=https://evil.example").statusCode()).isEqualTo(400);
        assertThat(http.get("/response-headers?Content-Security-Policy=default-src%20*").statusCode()).isEqualTo(400);
    }
}
