package dev.httpstatus.check.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.httpstatus.check.Checker;
import dev.httpstatus.check.Collect;
import dev.httpstatus.check.model.Exchange;
import dev.httpstatus.check.model.HttpVersion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RawHttpReaderTest {

    static Collect read(String text) throws IOException {
        Collect c = new Collect();
        RawHttpReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)), "t.http", c);
        return c;
    }

    @Test
    void severalResponsesWithTheirRequests() throws IOException {
        Collect c = new Collect();
        try (InputStream in = getClass().getResourceAsStream("/raw/two-responses.http")) {
            RawHttpReader.read(in, "two.http", c);
        }
        List<Exchange> xs = c.exchanges;
        assertThat(xs).extracting(Exchange::status).containsExactly(401, 204, 100, 200);
        assertThat(xs).extracting(x -> x.source().line()).containsExactly(4, 10, 19, 21);
        assertThat(xs.get(0).url()).isEqualTo("http://api.example/account");
        assertThat(xs.get(0).bodyLength()).isEqualTo(11);
        assertThat(xs.get(1).bodyLength()).isZero();
        assertThat(xs.get(2).isMethod(dev.httpstatus.Method.PUT)).isTrue();
        assertThat(xs.get(2).request().first("Expect")).contains("100-continue");
        assertThat(xs.get(3).body()).contains("{\"a\":1}");
        assertThat(xs.get(3).bodyLength()).isEqualTo(7);
        assertThat(Checker.standard().check(xs.get(0))).extracting(f -> f.rule().id())
                .containsExactly("401-without-www-authenticate");
        assertThat(Checker.standard().check(xs.get(2))).isEmpty();
    }

    @Test
    void aResponseWithoutRequestAndLfEndings() throws IOException {
        Collect c = read("HTTP/1.0 404 Nope\nContent-Type: text/plain\n\nnot here\n");
        Exchange x = c.exchanges.get(0);
        assertThat(x.responseVersion()).isEqualTo(HttpVersion.HTTP_1_0);
        assertThat(x.reasonPhrase()).isEqualTo("Nope");
        assertThat(x.bodyLength()).isEqualTo(8);
        assertThat(x.method()).isEmpty();
    }

    @Test
    void contentWhereNoneMayBeIsSeen() throws IOException {
        Collect c = read("HEAD /f HTTP/1.1\nHost: a\n\nHTTP/1.1 200 OK\nContent-Length: 5000\n\n"
                + "HTTP/1.1 204 No Content\n\nstray\n");
        assertThat(c.exchanges.get(0).bodyLength()).as("HEAD: Content-Length is the GET's").isZero();
        assertThat(c.exchanges.get(1).bodyLength()).isEqualTo(5);
        assertThat(Checker.standard().check(c.exchanges.get(1))).extracting(f -> f.rule().id())
                .contains("content-in-head-response", "content-in-bodiless-response");
    }

    @Test
    void trailerFieldsAreNotedNotDropped() throws IOException {
        Exchange x = read("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\nServer-Timing: db;dur=53\r\n\r\n")
                .exchanges.get(0);
        assertThat(x.bodyLength()).isEqualTo(3);
        assertThat(x.notes()).containsExactly("trailer field Server-Timing: db;dur=53 (not checked as a header field)");
    }


    @Test
    void garbageIsLocatedByLine() {
        assertThatThrownBy(() -> read("HTTP/1.1 200 OK\nContent-Length: 0\n\nhello world\n"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("t.http line 4: expected a status line such as \"HTTP/1.1 200 OK\" or a request line"
                        + " such as \"GET /path HTTP/1.1\", found \"hello world\"");
        assertThatThrownBy(() -> read("HTTP/1.1 200 OK\nno colon here\n\n"))
                .hasMessageStartingWith("t.http line 2: expected a header field");
        assertThatThrownBy(() -> read("HTTP/1.1 200 OK\nContent-Length: ten\n\n"))
                .hasMessageContaining("line 1: Content-Length \"ten\" is not a number");
        assertThatThrownBy(() -> read("\n\n")).hasMessageContaining("no HTTP response found");
        assertThatThrownBy(() -> read("HTTP/1.1 200 OK\nTransfer-Encoding: chunked\n\nzz\n"))
                .hasMessageContaining("line 4: expected a chunk size in hexadecimal");
    }

    @Test
    void binaryJunkIsNamedSoAndNeverEchoedRaw() {
        assertThatThrownBy(() -> read("\u0001\u0002\u00ffgarbage\n"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("t.http line 1: binary data, not HTTP text (expected a status line such as \"HTTP/1.1 200 OK\")");
        assertThatThrownBy(() -> read("caf\u00e9 au lait\n"))
                .hasMessageContaining("found \"caf\\xE9 au lait\"");
    }

    @Test
    void anOverlongLineIsRejected() {
        String line = "X-Big: " + "a".repeat(HarReader.MAX_FIELD + 10);
        assertThatThrownBy(() -> read("HTTP/1.1 200 OK\n" + line + "\n\n"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("t.http line 2: a line longer than");
    }
}
