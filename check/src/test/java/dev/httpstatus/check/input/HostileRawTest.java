package dev.httpstatus.check.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.httpstatus.check.Checker;
import dev.httpstatus.check.Collect;
import dev.httpstatus.check.model.Exchange;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Raw HTTP built to break readers: framing HTTP/1.1 forbids, huge header sections, coded content. */
class HostileRawTest {

    private static final String OK = "HTTP/1.1 204 No Content\r\n\r\n";

    static Collect read(byte[] bytes) throws IOException {
        Collect c = new Collect();
        RawHttpReader.read(new ByteArrayInputStream(bytes), "t.http", c);
        return c;
    }

    static Collect read(String text) throws IOException {
        return read(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** RFC 9112 §6 and §7 (and RFC 9110 §5.5, §8.6): framing a reader must not guess at. */
    static Stream<Arguments> forbiddenFraming() {
        String chunked = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n";
        return Stream.of(
                Arguments.of(chunked + "-5\r\nhello\r\n0\r\n\r\n", "t.http line 4: expected a chunk size in hexadecimal digits"),
                Arguments.of(chunked + "+5\r\nhello\r\n0\r\n\r\n", "t.http line 4: expected a chunk size in hexadecimal digits"),
                Arguments.of(chunked + "5 x\r\nhello\r\n0\r\n\r\n", "t.http line 4: expected a chunk size"),
                Arguments.of(chunked + "1234567890abcdef0\r\n", "t.http line 4: expected a chunk size"),
                Arguments.of(chunked + "5\r\nhel\r\n0\r\n\r\n", "t.http line 6: the chunk that starts at line 4 is longer than its size"),
                Arguments.of(chunked + "5\r\nhello world\r\n0\r\n\r\n", "t.http line 5: the chunk that starts at line 4 is longer than its size"),
                Arguments.of(chunked + "50\r\nhello\r\n", "the input ends inside the chunk of 80 bytes that starts at line 4 (7 bytes read)"),
                Arguments.of(chunked + "5\r\nhello\r\n", "ends without its last chunk"),
                Arguments.of("HTTP/1.1 200 OK\r\nX-A: a\u0000b\r\n\r\n", "t.http line 2: NUL in a header field at column 7"),
                Arguments.of("HTTP/1.1 200 OK\r\nX-A: a\rb\r\n\r\n", "t.http line 2: a bare CR in a header field at column 7"),
                Arguments.of("HTTP/1.1 200 OK\u0000\r\n\r\n", "t.http line 1: NUL in a status line at column 16"),
                Arguments.of("HTTP/1.1 200 OK\r\nContent-Length: +3\r\n\r\nabc", "t.http line 1: Content-Length \"+3\" is not a number of bytes"),
                Arguments.of("HTTP/1.1 200 OK\r\nContent-Length: -3\r\n\r\nabc", "t.http line 1: Content-Length \"-3\" is not a number"),
                Arguments.of("HTTP/1.1 200 OK\r\nContent-Length: 3 \t4\r\n\r\nabc", "Content-Length \"3 \\x094\" is not a number"),
                Arguments.of("HTTP/1.1 200 OK\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd",
                        "t.http line 1: Content-Length has different values (3 and 4)"),
                Arguments.of("HTTP/1.1 200 OK\r\nContent-Length: 3, 4\r\n\r\nabcd", "Content-Length has different values (3 and 4)"),
                Arguments.of("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n5\r\nhello\r\n0\r\n\r\n",
                        "t.http line 1: the message has both Transfer-Encoding and Content-Length"),
                Arguments.of("HTTP/1.1 200 OK\r\nContent-Length: 50\r\n\r\nonly this",
                        "t.http line 1: the content of this message ends after 9 of the 50 bytes its Content-Length declares"),
                Arguments.of("POST /x HTTP/1.1\r\nContent-Length: 10\r\n\r\nabc", "ends after 3 of the 10 bytes"),
                Arguments.of("POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nz\r\n", "t.http line 4: expected a chunk size"));
    }

    @ParameterizedTest
    @MethodSource("forbiddenFraming")
    void framingHttpForbidsIsALocatedErrorAfterWhatWasRead(String message, String error) {
        Collect c = new Collect();
        byte[] bytes = (OK + message).getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> RawHttpReader.read(new ByteArrayInputStream(bytes), "t.http", c))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(afterOk(error));
        assertThat(c.exchanges).as("the exchange before the problem is kept").hasSize(1);
    }

    /** The table numbers lines from the message; the two lines of OK stand before it. */
    private static String afterOk(String error) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("line (\\d+)").matcher(error);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, "line " + (Integer.parseInt(m.group(1)) + 2));
        }
        return m.appendTail(b).toString();
    }

    @Test
    void repeatedEqualContentLengthsAreOneLength() throws IOException {
        Exchange x = read("HTTP/1.1 200 OK\r\nContent-Length: 3\r\nContent-Length: 3, 3\r\n\r\nabc").exchanges.get(0);
        assertThat(x.bodyLength()).isEqualTo(3);
        Exchange chunked = read("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5 ; ext=1\r\nhello\r\n0\r\n\r\n").exchanges.get(0);
        assertThat(chunked.body()).contains("hello");
    }

    @Test
    void headerCountAndFoldedSizeAreCappedAsInHar() throws IOException {
        StringBuilder many = new StringBuilder("HTTP/1.1 200 OK\r\n");
        for (int i = 0; i < HarReader.MAX_FIELDS + 500; i++) {
            many.append("X-").append(i).append(": v\r\n");
        }
        many.append("Content-Length: 2\r\n\r\nhi");
        Exchange x = read(many.toString()).exchanges.get(0);
        assertThat(x.response().size()).as("the first 1000, and the framing field after them").isEqualTo(HarReader.MAX_FIELDS + 1);
        assertThat(x.notes()).containsExactly("response: 500 header fields beyond the first 1000 were not checked");
        assertThat(x.bodyLength()).as("the framing past the cap still counts").isEqualTo(2);

        String folded = "HTTP/1.1 200 OK\r\nX-Folded: start\r\n" + " more folded text\r\n".repeat(1000) + "\r\n";
        Exchange f = read(folded).exchanges.get(0);
        assertThat(f.response().first("X-Folded")).get().asString().hasSize(HarReader.MAX_VALUE).startsWith("start more");
        assertThat(f.notes()).singleElement().asString()
                .isEqualTo("header field X-Folded (line 2): value of 17005 characters cut to 8192 for checking");

        String huge = "HTTP/1.1 200 OK\r\nX-Folded: start\r\n" + " more folded text\r\n".repeat(70_000) + "\r\n";
        assertThatThrownBy(() -> read(huge)).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("t.http line 2: header field X-Folded runs over 1048576 characters");
    }

    static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(b);
        }
        return out.toByteArray();
    }

    static byte[] deflate(byte[] b, boolean zlib) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(out, new Deflater(Deflater.DEFAULT_COMPRESSION, !zlib))) {
            z.write(b);
        }
        return out.toByteArray();
    }

    static byte[] response(String status, String coding, byte[] content) {
        String head = "HTTP/1.1 " + status + "\r\nContent-Type: application/problem+json\r\nContent-Encoding: " + coding
                + "\r\nContent-Length: " + content.length + "\r\n\r\n";
        return HostileHarTest.concat(head.getBytes(StandardCharsets.ISO_8859_1), content);
    }

    static final byte[] PROBLEM = "{\"type\":\"about:blank\",\"status\":500}".getBytes(StandardCharsets.UTF_8);

    @Test
    void codedContentIsDecodedBeforeBodyRulesReadIt() throws IOException {
        for (byte[] coded : new byte[][] {
                response("404 Not Found", "gzip", gzip(PROBLEM)),
                response("404 Not Found", "x-gzip", gzip(PROBLEM)),
                response("404 Not Found", "deflate", deflate(PROBLEM, true)),
                response("404 Not Found", "deflate", deflate(PROBLEM, false))}) {
            Exchange x = read(coded).exchanges.get(0);
            assertThat(x.body()).contains(new String(PROBLEM, StandardCharsets.UTF_8));
            assertThat(x.isBodyComplete()).isTrue();
            assertThat(x.bodyLength()).as("bytes on the wire").isEqualTo(coded.length - indexOfBody(coded));
            assertThat(Checker.standard().check(x)).extracting(f -> f.rule().id()).contains("problem-json-status-mismatch");
        }
        // the same, chunked, the gzip header split across chunks
        byte[] z = gzip(PROBLEM);
        String head = "HTTP/1.1 404 Not Found\r\nContent-Type: application/problem+json\r\nContent-Encoding: gzip\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n";
        byte[] chunked = HostileHarTest.concat(head.getBytes(StandardCharsets.ISO_8859_1),
                ("5\r\n").getBytes(StandardCharsets.ISO_8859_1), Arrays.copyOfRange(z, 0, 5),
                ("\r\n" + Integer.toHexString(z.length - 5) + "\r\n").getBytes(StandardCharsets.ISO_8859_1),
                Arrays.copyOfRange(z, 5, z.length), "\r\n0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(read(chunked).exchanges.get(0).body()).contains(new String(PROBLEM, StandardCharsets.UTF_8));
    }

    private static int indexOfBody(byte[] b) {
        String s = new String(b, StandardCharsets.ISO_8859_1);
        return s.indexOf("\r\n\r\n") + 4;
    }

    @Test
    void aCorruptOrUnknownCodingIsANoteNotACrash() throws IOException {
        byte[] z = gzip(PROBLEM);
        byte[] flipped = z.clone();
        flipped[z.length - 9] ^= 0x55; // inside the data or its checksum
        byte[] cut = Arrays.copyOf(z, z.length / 2);
        for (byte[][] c : new byte[][][] {
                {"gzip".getBytes(), flipped}, {"gzip".getBytes(), cut}, {"gzip".getBytes(), PROBLEM},
                {"deflate".getBytes(), "not deflate at all".getBytes()}, {"br".getBytes(), z}, {"gzip, br".getBytes(), z}}) {
            Collect r = read(HostileHarTest.concat(response("404 Not Found", new String(c[0]), c[1]), OK.getBytes()));
            Exchange x = r.exchanges.get(0);
            assertThat(x.body()).as(new String(c[0])).isEmpty();
            assertThat(x.notes()).singleElement().asString().startsWith("Content-Encoding ").endsWith("the content was not checked");
            assertThat(Checker.standard().check(x)).extracting(f -> f.rule().id()).doesNotContain("problem-json-invalid");
            assertThat(r.exchanges).hasSize(2);
        }
    }

    @Test
    void aDecompressionBombIsCutAtTheBodyLimit() throws IOException {
        byte[] bomb = gzip(new byte[64 << 20]); // 64 MiB of zeros in about 64 KiB
        Exchange x = read(response("200 OK", "gzip", bomb)).exchanges.get(0);
        assertThat(x.body()).get().asString().hasSize(HarReader.MAX_BODY);
        assertThat(x.isBodyComplete()).isFalse();
        assertThat(x.notes()).isEmpty();
    }

    @Test
    void byteOrderMarksAndUtf16AreReadAsText() throws IOException {
        String msg = "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n";
        byte[] bom = HostileHarTest.concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, msg.getBytes(StandardCharsets.US_ASCII));
        assertThat(read(bom).exchanges).extracting(Exchange::status).containsExactly(404);
        byte[] utf16 = HostileHarTest.concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, msg.getBytes(StandardCharsets.UTF_16LE));
        assertThat(read(utf16).exchanges).extracting(Exchange::status).containsExactly(404);
        Collect c = HostileHarTest.viaInputs(HostileHarTest.concat("\n".repeat(10_000).getBytes(), msg.getBytes()));
        assertThat(c.exchanges).singleElement().satisfies(x -> assertThat(x.source().line()).isEqualTo(10_001));
    }
}
