package dev.httpstatus.check.input;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpstatus.Truth;
import dev.httpstatus.check.Collect;
import dev.httpstatus.check.model.Exchange;
import dev.httpstatus.check.model.Fact;
import dev.httpstatus.check.model.Recorder;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** What the reader trusts of each recorder's facts: the quirks seen in real captures (see CorpusTest). */
class RecorderQuirksTest {

    private static String har(String creator, String browser, String entry) {
        return "{\"log\":{\"version\":\"1.2\",\"creator\":{\"name\":\"" + creator + "\",\"version\":\"1\"}"
                + (browser == null ? "" : ",\"browser\":{\"name\":\"" + browser + "\",\"version\":\"9\"}")
                + ",\"entries\":[" + entry + "]}}";
    }

    private static String entry(String method, String url, int status, String responseHeaders, long bodySize,
            long contentSize) {
        return "{\"request\":{\"method\":\"" + method + "\",\"url\":\"" + url + "\",\"httpVersion\":\"HTTP/1.1\","
                + "\"headers\":[{\"name\":\"Host\",\"value\":\"a.example\"}]},"
                + "\"response\":{\"status\":" + status + ",\"statusText\":\"\",\"httpVersion\":\"HTTP/1.1\","
                + "\"headers\":[" + responseHeaders + "],\"bodySize\":" + bodySize
                + ",\"content\":{\"size\":" + contentSize + ",\"mimeType\":\"\"}}}";
    }

    private static Exchange one(String json) throws IOException {
        Collect c = HarReaderTest.read(json);
        assertThat(c.exchanges).hasSize(1);
        return c.exchanges.get(0);
    }

    @Test
    void theRecorderIsReadFromCreatorAndBrowser() throws IOException {
        Exchange x = one(har("Firebug", "Firefox", entry("GET", "http://a.example/", 200,
                "{\"name\":\"Date\",\"value\":\"Tue, 01 Dec 2026 10:00:00 GMT\"}", 10, 10)));
        assertThat(x.recorder()).isEqualTo(Recorder.har("Firebug", "1", "Firefox 9"));
        assertThat(x.recorder().merges304WithCache()).isTrue();
    }

    @Test
    void ieAndFirebug304FieldsAreTheCachesNotTheWire() throws IOException {
        Exchange x = one(har("Internet Explorer Network Inspector", null, entry("GET", "http://a.example/", 304,
                "{\"name\":\"Content-Type\",\"value\":\"text/html\"},{\"name\":\"Content-Length\",\"value\":\"893\"}",
                893, 893)));
        assertThat(x.knows(Fact.RESPONSE_FIELDS)).isFalse();
        assertThat(x.knows(Fact.REQUEST_FIELDS)).isFalse();
        assertThat(x.responseValues("Content-Type")).isEmpty();
        assertThat(x.notes()).singleElement().asString().contains("cached response's header fields");
        Exchange proxy = one(har("Fiddler", null, entry("GET", "http://a.example/", 304,
                "{\"name\":\"Date\",\"value\":\"Tue, 01 Dec 2026 10:00:00 GMT\"}", 0, 0)));
        assertThat(proxy.knows(Fact.RESPONSE_FIELDS)).as("a proxy records the 304 as sent").isTrue();
    }

    @Test
    void aTransferSizeIsNotContent() throws IOException {
        Exchange x = one(har("chrome-har", "Chrome", entry("GET", "https://bat.example/", 204, "", 148, 0)));
        assertThat(x.bodyLength()).isEqualTo(-1);
        assertThat(x.hasContent()).isEqualTo(Truth.UNKNOWN);
        Exchange real = one(har("WebInspector", null, entry("GET", "https://a.example/", 204, "", 0, 0)));
        assertThat(real.hasContent()).isEqualTo(Truth.FALSE);
        Exchange body = one(har("WebInspector", null, entry("GET", "https://a.example/", 204, "", 12, 12)));
        assertThat(body.hasContent()).as("sizes that agree are content").isEqualTo(Truth.TRUE);
        Exchange upgrade = one(har("WebPagetest", null, entry("GET", "wss://a.example/s", 101, "", 448, 448)));
        assertThat(upgrade.bodyLength()).as("a 101's bytes are the new protocol's").isEqualTo(-1);
    }

    @Test
    void entriesThatAreNoHttpResponseAreSkippedWithTheReason() throws IOException {
        Collect c = HarReaderTest.read(har("Playwright", "chromium", String.join(",",
                entry("GET", "https://a.example/x", -1, "", -1, -1),
                entry("", "data:text/css,body{}", 1, "", -1, 0),
                entry("GET", "blob:https://a.example/1", 200, "", -1, 0),
                entry("GET", "/relative/still/http", 200, "{\"name\":\"Date\",\"value\":\"x\"}", 0, 0))));
        assertThat(c.skips).extracting(s -> s.reason()).satisfiesExactly(
                r -> assertThat(r).startsWith("status -1 or less: no response was received"),
                r -> assertThat(r).startsWith("not fetched over HTTP: data: URLs"),
                r -> assertThat(r).startsWith("not fetched over HTTP: blob: URLs"));
        assertThat(c.exchanges).singleElement().satisfies(x -> assertThat(x.url()).isEqualTo("/relative/still/http"));
    }

    @Test
    void firebugsTimeoutMarkIsNotAResponse() throws IOException {
        String e = "{\"request\":{\"method\":\"GET\",\"url\":\"http://a.example/slow\",\"headers\":[]},"
                + "\"response\":{\"status\":420,\"statusText\":\"Response Timeout\",\"httpVersion\":\"\","
                + "\"headers\":[],\"bodySize\":-1,\"content\":{\"size\":0}}}";
        Collect c = HarReaderTest.read(har("Firebug", "Iceweasel", e));
        assertThat(c.exchanges).isEmpty();
        assertThat(c.skips).singleElement().satisfies(s -> assertThat(s.reason()).startsWith("the recorder's timeout mark"));
    }

    @Test
    void chromeHarsRedirectFieldsOnTheFinalResponseAreNotJudged() throws IOException {
        Exchange x = one(har("chrome-har", "Chrome", entry("GET", "https://www.example/", 200,
                "{\"name\":\"location\",\"value\":\"https://www.example/\"},{\"name\":\"content-length\",\"value\":\"169\"}",
                31977, 120318)));
        assertThat(x.knows(Fact.RESPONSE_FIELDS)).isFalse();
        assertThat(x.notes()).singleElement().asString().contains("copies a redirect's header fields");
    }

    @Test
    void aBrowsersCacheHitWithoutFieldsSaysNothingOfThem() throws IOException {
        Exchange x = one(har("Firefox", "Firefox", entry("GET", "https://a.example/logo.png", 200, "", -1, 0)));
        assertThat(x.knows(Fact.RESPONSE_FIELDS)).isFalse();
        assertThat(x.responseValues("Date")).isEmpty();
    }
}
