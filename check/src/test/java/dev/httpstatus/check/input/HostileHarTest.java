package dev.httpstatus.check.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.httpstatus.check.Collect;
import dev.httpstatus.check.model.Exchange;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** HAR input built to break readers: limits, Jackson's internals in messages, encodings, real tools' quirks. */
class HostileHarTest {

    private static final String ONE = "{\"request\":{\"method\":\"GET\",\"url\":\"https://a/\"},\"response\":{\"status\":204}}";

    static Collect read(String json) throws IOException {
        return read(json.getBytes(StandardCharsets.UTF_8));
    }

    static Collect read(byte[] har) throws IOException {
        Collect c = new Collect();
        HarReader.read(new ByteArrayInputStream(har), "t.har", c);
        return c;
    }

    static Collect viaInputs(byte[] bytes) throws IOException {
        Collect c = new Collect();
        Inputs.read("-", new ByteArrayInputStream(bytes), LiveRequest.get(), c, null);
        return c;
    }

    /** Jackson's words for its own settings and its redacted source must never reach a user. */
    static void assertClean(Throwable e) {
        assertThat(e).isInstanceOf(BadInputException.class);
        assertThat(e.getMessage()).doesNotContain("Feature", "`", "Source:", "REDACTED", "StreamReadConstraints",
                "JsonReadFeature", "code ", "CTRL-CHAR", "was expecting");
    }

    static Stream<Arguments> limitsOfJson() {
        String deep = "[".repeat(1200) + "]".repeat(1200);
        return Stream.of(
                Arguments.of("{\"log\":{\"entries\":[" + ONE + ",{\"_x\":" + deep + "}]}}",
                        "t.har entry 1 (line 1, column ", "nested more than 1000 deep"),
                Arguments.of("{\"log\":{\"entries\":[" + ONE + ",{\"response\":{\"status\":200,\"bodySize\":"
                                + "9".repeat(1500) + "}}]}}",
                        "t.har entry 1 (line 1, column ", "a number of more than 1000 digits"),
                Arguments.of("{\"log\":{\"entries\":[" + ONE + ",{\"" + "k".repeat(60_000) + "\":1}]}}",
                        "t.har entry 1 (line 1, column ", "a field name of more than 50000 characters"),
                Arguments.of("{\"log\":{\"entries\":[" + ONE + ",{\"response\":{\"status\":NaN}}]}}",
                        "t.har entry 1 (line 1, column ", "not valid JSON: 'NaN' is not a JSON value"),
                Arguments.of("{\"log\":{\"entries\":[" + ONE + " // comment\n]}}",
                        "t.har entry 1 (line 1, column ", "unexpected character '/' (U+002F) (comments are not part of JSON)"),
                Arguments.of("{\"log\":{\"entries\":[" + ONE + ",{\"x\":\"a\u0001b\"}]}}",
                        "t.har entry 1 (line 1, column ", "control character U+0001 inside a string"),
                Arguments.of("{\"log\":{\"entries\":[" + ONE + " " + ONE + "]}}",
                        "t.har entry 1 (line 1, column ", "unexpected character '{' (U+007B) where ',' or ']' was expected"),
                Arguments.of("{\"log\":{\"entries\":[" + ONE + ",{\"a\" 1}]}}",
                        "t.har entry 1 (line 1, column ", "where ':' was expected"),
                Arguments.of("{\"log\":{\"entries\":[" + ONE + ",{\"a\":tru}]}}",
                        "t.har entry 1 (line 1, column ", "'tru' is not a JSON value"),
                Arguments.of("{\"log\":{\"entries\":[" + ONE + ",{\"a\":\"\\q\"}]}}",
                        "t.har entry 1 (line 1, column ", "\\'q' (U+0071) is not an escape sequence"),
                Arguments.of("{\"log\":{\"entries\":[" + ONE + ",{\"a\":01}]}}",
                        "t.har entry 1 (line 1, column ", "a malformed number"),
                Arguments.of("{\"log\":{\"entries\":[" + ONE + ",\n {\"a\":[1,2}]}}",
                        "t.har entry 1 (line 2, column ", "not valid JSON: '}' closes an array opened at line 2, column 7"),
                Arguments.of("{\"log\":{\"entries\":[" + ONE + ",{\"a\":+1}]}}",
                        "t.har entry 1 (line 1, column ", "unexpected character '+' (U+002B) (a JSON number has no '+')"),
                Arguments.of("{\"log\":{\"entries\":[" + ONE + ",\n{\"a\":[1,2",
                        "t.har entry 1 (line 2, column ", "ends in the middle of the JSON (truncated?): an array opened at line 2, column 6 is not closed"));
    }

    @ParameterizedTest
    @MethodSource("limitsOfJson")
    void jacksonsLimitsAndSyntaxErrorsAreLocatedInOurWords(String har, String where, String what) {
        Collect c = new Collect();
        assertThatThrownBy(() -> HarReader.read(new ByteArrayInputStream(har.getBytes(StandardCharsets.UTF_8)), "t.har", c))
                .satisfies(HostileHarTest::assertClean)
                .hasMessageStartingWith(where)
                .hasMessageContaining(what);
        assertThat(c.exchanges).as("what was read before the problem is kept").hasSize(1);
    }

    @Test
    void invalidUtf8IsNamedByItsByte() {
        byte[] har = ("{\"log\":{\"entries\":[{\"x\":\"caf\u00ff\"}]}}").getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> read(har)).satisfies(HostileHarTest::assertClean)
                .hasMessageContaining("entry 0 (line 1, column").hasMessageContaining("not UTF-8 text (byte 0xFF)");
    }

    @Test
    void longStringsAreCutWithANoteAndTheNextEntryIsStillRead() throws IOException {
        String longUrl = "https://a/" + "p".repeat(3_000_000); // over the parser's bound: the rest is skipped
        String longPhrase = "O".repeat(20_000);
        Collect c = read("{\"log\":{\"entries\":[{\"request\":{\"method\":\"GET\",\"url\":\"" + longUrl + "\"},"
                + "\"response\":{\"status\":200,\"statusText\":\"" + longPhrase + "\"}}," + ONE + "]}}");
        assertThat(c.exchanges).hasSize(2);
        Exchange x = c.exchanges.get(0);
        assertThat(x.url()).hasSize(HarReader.MAX_BODY).startsWith("https://a/ppp");
        assertThat(x.reasonPhrase()).hasSize(HarReader.MAX_VALUE);
        assertThat(x.notes()).containsExactly(
                "request.url: more than 1048576 characters cut to 65536 for checking",
                "response.statusText: 20000 characters cut to 8192 for checking");
        assertThat(c.exchanges.get(1).url()).isEqualTo("https://a/");
    }

    @Test
    void aHugeJsonBodyKeepsItsStart() throws IOException {
        String body = "{\"type\":\"about:blank\",\"detail\":\"" + "\u00e9".repeat(2_000_000) + "\"}";
        Collect c = read("{\"log\":{\"entries\":[{\"response\":{\"status\":500,\"content\":{\"mimeType\":\"application/json\","
                + "\"text\":" + quote(body) + "}}}," + ONE + "]}}");
        Exchange x = c.exchanges.get(0);
        assertThat(x.body()).get().asString().hasSize(HarReader.MAX_BODY).startsWith("{\"type\":\"about:blank\"");
        assertThat(x.isBodyComplete()).isFalse();
        assertThat(c.exchanges).hasSize(2);
    }

    @Test
    void aSurrogatePairIsNeverSplitByACut() throws IOException {
        String emoji = "\uD83D\uDE00";
        Collect c = read("{\"log\":{\"entries\":[{\"response\":{\"status\":200,\"headers\":[{\"name\":\"X\",\"value\":\""
                + "a" + emoji.repeat(HarReader.MAX_VALUE) + "\"}]}}]}}");
        String v = c.exchanges.get(0).response().first("X").orElseThrow();
        assertThat(v).hasSize(HarReader.MAX_VALUE - 1);
        assertThat(Character.isHighSurrogate(v.charAt(v.length() - 1))).isFalse();
    }

    @Test
    void pollyHeaderArraysAreOneFieldLinePerElement() throws IOException {
        // Polly.JS 1.x (node-http adapter) records a repeated or list-valued header as an array
        Collect c = read("{\"log\":{\"entries\":[{\"request\":{\"method\":\"GET\",\"url\":\"https://a/\","
                + "\"headers\":[{\"name\":\"accept\",\"value\":[\"*/*\"]}]},"
                + "\"response\":{\"status\":200,\"headers\":[{\"name\":\"set-cookie\",\"value\":[\"a=1\",null,\"b=2\"]},"
                + "{\"name\":\"content-length\",\"value\":\"0\"}]}}]}}");
        Exchange x = c.exchanges.get(0);
        assertThat(x.request().all("Accept")).containsExactly("*/*");
        assertThat(x.response().all("Set-Cookie")).containsExactly("a=1", "b=2");
        assertThat(x.response().first("Content-Length")).contains("0");
        String many = "\"v\",".repeat(1499) + "\"v\"";
        Exchange capped = read("{\"log\":{\"entries\":[{\"response\":{\"status\":200,\"headers\":["
                + "{\"name\":\"x\",\"value\":[" + many + "]}]}}]}}").exchanges.get(0);
        assertThat(capped.response().size()).isEqualTo(HarReader.MAX_FIELDS);
        assertThat(capped.notes()).containsExactly("response.headers: 500 header fields beyond the first 1000 were not checked");
        assertThatThrownBy(() -> read("{\"log\":{\"entries\":[{\"response\":{\"status\":200,"
                + "\"headers\":[{\"name\":\"a\",\"value\":[1]}]}}]}}"))
                .hasMessageContaining("entry 0").hasMessageContaining("response.headers[0].value[0]: expected a string, found a number 1");
    }

    @Test
    void webPageTestsNullMethodIsNotRecordedNotFatal() throws IOException {
        Collect c = read("{\"log\":{\"entries\":[{\"request\":{\"method\":null,\"url\":\"https://a/\",\"httpVersion\":\"HTTP/1.1\"},"
                + "\"response\":{\"status\":301,\"headers\":[{\"name\":\"Location\",\"value\":\"/b\"}]}}]}}");
        Exchange x = c.exchanges.get(0);
        assertThat(x.method()).isEmpty();
        assertThat(x.methodText()).isEmpty();
        assertThat(x.notes()).containsExactly("request.method is null: the method was not recorded");
        Exchange nulls = read("{\"log\":{\"entries\":[{\"request\":{\"method\":\"GET\",\"url\":null,\"httpVersion\":null},"
                + "\"response\":{\"status\":204,\"statusText\":null,\"httpVersion\":null}}]}}").exchanges.get(0);
        assertThat(nulls.url()).isEmpty();
        assertThat(nulls.reasonPhrase()).isEmpty();
        assertThat(nulls.responseVersion()).isEqualTo(dev.httpstatus.check.model.HttpVersion.UNKNOWN);
    }

    static Stream<Arguments> encodings() {
        return Stream.of(
                Arguments.of(StandardCharsets.UTF_16LE, new byte[] {(byte) 0xFF, (byte) 0xFE}),
                Arguments.of(StandardCharsets.UTF_16BE, new byte[] {(byte) 0xFE, (byte) 0xFF}),
                Arguments.of(Charset.forName("UTF-32LE"), new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}),
                Arguments.of(Charset.forName("UTF-32BE"), new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}),
                Arguments.of(StandardCharsets.UTF_16LE, new byte[0]),
                Arguments.of(Charset.forName("UTF-32BE"), new byte[0]));
    }

    @ParameterizedTest
    @MethodSource("encodings")
    void utf16AndUtf32HarsAreReadAsTheSameText(Charset cs, byte[] bom, @TempDir Path dir) throws IOException {
        String text = new String(HarReaderTest.resource("session.har"), StandardCharsets.UTF_8);
        byte[] encoded = concat(bom, ("\r\n  " + text).getBytes(cs));
        assertThat(read(encoded).exchanges).hasSize(10);
        assertThat(viaInputs(encoded).exchanges).hasSize(10);
        Path file = dir.resolve("utf.har");
        Files.write(file, encoded);
        Collect c = new Collect();
        Inputs.read(file.toString(), InputStream.nullInputStream(), LiveRequest.get(), c, null);
        assertThat(c.exchanges).hasSize(10);
        assertThat(c.exchanges.get(1).source().line()).as("lines count as in the file").isGreaterThan(2);
    }

    @Test
    void aUtf16FileWithBrokenBytesIsRejectedAsNotText() {
        byte[] bad = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "{\"log\":{\"entries\":[".getBytes(StandardCharsets.UTF_16LE),
                new byte[] {0x00, (byte) 0xDC, 'a', 0}); // a lone low surrogate
        assertThatThrownBy(() -> read(bad)).satisfies(HostileHarTest::assertClean)
                .hasMessageStartingWith("t.har").hasMessageContaining("not text: bytes that are not UTF-16LE text");
    }

    @Test
    void whiteSpaceBeyondAnyBufferStillFindsTheFormat(@TempDir Path dir) throws IOException {
        byte[] har = HarReaderTest.resource("session.har");
        String ws = " \t\r\n".repeat(5000); // 20,000 bytes: more than the old 4,096-byte look-ahead
        byte[] padded = concat(ws.getBytes(StandardCharsets.US_ASCII), har);
        Collect c = viaInputs(padded);
        assertThat(c.exchanges).hasSize(10);
        assertThat(c.exchanges.get(0).source().line()).as("line numbers count the white space").isGreaterThan(5000);
        Path file = dir.resolve("padded.har");
        Files.write(file, padded);
        Collect f = new Collect();
        Inputs.read(file.toString(), InputStream.nullInputStream(), LiveRequest.get(), f, null);
        assertThat(f.exchanges).extracting(x -> x.source().line())
                .containsExactlyElementsOf(c.exchanges.stream().map(x -> x.source().line()).toList());
    }

    @Test
    void aDirectoryWithoutHarsIsReportedAndTheOtherInputsKept(@TempDir Path dir) throws IOException {
        Path empty = Files.createDirectory(dir.resolve("nothing-here"));
        Path good = dir.resolve("good.har");
        Files.write(good, HarReaderTest.resource("session.har"));
        assertThat(Inputs.expand(java.util.List.of(good.toString(), empty.toString())))
                .containsExactly(good.toString(), empty.toString());
        assertThatThrownBy(() -> Inputs.read(empty.toString(), InputStream.nullInputStream(), LiveRequest.get(), new Collect(), null))
                .isInstanceOf(BadInputException.class)
                .hasMessage(empty + ": a directory holding no *.har file (searched recursively)");
    }

    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
