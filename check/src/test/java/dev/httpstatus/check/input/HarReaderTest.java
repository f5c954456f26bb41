package dev.httpstatus.check.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.httpstatus.check.Checker;
import dev.httpstatus.check.Collect;
import dev.httpstatus.check.model.Exchange;
import dev.httpstatus.check.model.Finding;
import dev.httpstatus.check.model.HttpVersion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HarReaderTest {

    static byte[] resource(String name) throws IOException {
        try (InputStream in = HarReaderTest.class.getResourceAsStream("/har/" + name)) {
            return in.readAllBytes();
        }
    }

    static Collect read(byte[] har, String name) throws IOException {
        Collect c = new Collect();
        HarReader.read(new ByteArrayInputStream(har), name, c);
        return c;
    }

    static Collect read(String json) throws IOException {
        return read(json.getBytes(StandardCharsets.UTF_8), "t.har");
    }

    @Test
    void aBrowserSessionReadsWholeAndBreaksNothing() throws IOException {
        Collect c = read(resource("session.har"), "session.har");
        assertThat(c.exchanges).hasSize(10);
        assertThat(c.skips).singleElement().satisfies(s -> {
            assertThat(s.source().entry()).isEqualTo(6);
            assertThat(s.reason()).startsWith("status 0").contains("net::ERR_ABORTED");
        });
        List<Finding> findings = new ArrayList<>();
        c.exchanges.forEach(x -> findings.addAll(Checker.standard().check(x)));
        assertThat(findings).isEmpty();
    }

    @Test
    void capturesAreReadAsTheyAreMeant() throws IOException {
        List<Exchange> xs = read(resource("session.har"), "session.har").exchanges;
        Exchange notModified = xs.stream().filter(x -> x.status() == 304).findFirst().orElseThrow();
        assertThat(notModified.bodyLength()).as("a 304's sizes describe the cached body").isEqualTo(-1);
        assertThat(notModified.responseVersion()).isEqualTo(HttpVersion.HTTP_3);
        Exchange redirect = xs.get(1);
        assertThat(redirect.responseVersion()).isEqualTo(HttpVersion.HTTP_2);
        assertThat(redirect.request().has(":authority")).as("pseudo-headers are not fields").isFalse();
        assertThat(redirect.source().line()).isGreaterThan(1);
        Exchange problem = xs.get(3);
        assertThat(problem.isBodyComplete()).isTrue();
        assertThat(problem.body()).get().asString().contains("\"status\":401");
        Exchange upgrade = xs.stream().filter(x -> x.status() == 101).findFirst().orElseThrow();
        assertThat(upgrade.source().entry()).isEqualTo(8);
        assertThat(upgrade.response().first("upgrade")).contains("websocket");
    }

    @Test
    void aCreatorWrittenAsAPlainNameIsTakenAsTheName() throws IOException {
        // Optic's capture command writes "creator": "Optic capture command" instead of {name, version}
        Collect c = read("""
                {"log": {"version": "1.3", "creator": "Optic capture command", "entries": [
                  {"request": {"method": "GET", "url": "http://example.test/a", "httpVersion": "HTTP/1.1", "headers": []},
                   "response": {"status": 404, "statusText": "Not Found", "httpVersion": "HTTP/1.1",
                                "headers": [{"name": "Date", "value": "Tue, 01 Dec 2026 10:00:00 GMT"}],
                                "content": {"size": 0, "mimeType": ""}}}]}}
                """);
        assertThat(c.exchanges).singleElement().satisfies(x -> assertThat(x.recorder().name()).isEqualTo("Optic capture command"));
        assertThatThrownBy(() -> read("{\"log\": {\"creator\": 42, \"entries\": []}}"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("log.creator");
    }

    @Test
    void responseFieldsThatCopyTheRequestsAreNotJudged() throws IOException {
        // Optic's capture writes the request's fields as the response's; Host gives it away
        String fields = "[{\"name\": \"Host\", \"value\": \"localhost:3030\"}, {\"name\": \"Accept\", \"value\": \"*/*\"}]";
        Collect c = read("""
                {"log": {"creator": {"name": "t", "version": "1"}, "entries": [
                  {"request": {"method": "POST", "url": "http://localhost:3030/books", "httpVersion": "HTTP/1.1", "headers": %s},
                   "response": {"status": 201, "statusText": "Created", "httpVersion": "HTTP/1.1", "headers": %s,
                                "content": {"size": 0, "mimeType": ""}}}]}}
                """.formatted(fields, fields));
        Exchange x = c.exchanges.get(0);
        assertThat(x.isResponseRecorded()).isFalse();
        assertThat(x.notes()).anyMatch(n -> n.contains("copy of the request's"));
        assertThat(Checker.standard().check(x)).as("no Date or Location verdict on fields never recorded").isEmpty();
    }

    @Test
    void aByteOrderMarkIsSkipped() throws IOException {
        byte[] har = resource("session.har");
        byte[] bom = new byte[har.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(har, 0, bom, 3, har.length);
        assertThat(read(bom, "bom.har").exchanges).hasSize(10);
    }

    @Test
    void violationsAreFoundEntryByEntry() throws IOException {
        Collect c = read(resource("violations.har"), "violations.har");
        List<String> found = new ArrayList<>();
        for (Exchange x : c.exchanges) {
            for (Finding f : Checker.standard().check(x)) {
                found.add(x.source().entry() + " " + f.rule().id());
            }
        }
        assertThat(found).containsExactlyInAnyOrder(
                "0 401-without-www-authenticate",
                "1 405-without-allow",
                "1 error-without-explanation",
                "2 201-without-location",
                "3 302-without-location",
                "4 problem-json-status-mismatch",
                "5 retry-after-invalid",
                "6 reserved-status-code",
                "7 vendor-status-code",
                "8 reason-phrase-differs");
    }

    @Test
    void truncatedJsonIsLocated() throws IOException {
        byte[] har = resource("session.har");
        byte[] cut = java.util.Arrays.copyOf(har, har.length / 2);
        assertThatThrownBy(() -> read(cut, "cut.har"))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("cut.har entry ")
                .hasMessageContaining("line ")
                .hasMessageContaining("truncated");
    }

    @Test
    void wrongTypesAreLocated() {
        assertThatThrownBy(() -> read("{\"log\":{\"entries\":[{\"request\":{\"method\":\"GET\"},"
                + "\"response\":{\"status\":\"200\"}}]}}"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("t.har entry 0")
                .hasMessageContaining("response.status: expected an integer, found a string \"200\"");
        assertThatThrownBy(() -> read("{\"log\":{\"entries\":{}}}"))
                .hasMessageContaining("log.entries: expected an array, found an object");
        assertThatThrownBy(() -> read("{\"log\":{\"entries\":[{\"response\":{\"status\":200,\"headers\":[\"x\"]}}]}}"))
                .hasMessageContaining("entry 0").hasMessageContaining("response.headers[0]: expected {\"name\"");
        assertThatThrownBy(() -> read("{\"log\":{\"entries\":[{\"response\":{\"status\":200,\"bodySize\":true}}]}}"))
                .hasMessageContaining("response.bodySize: expected a number, found a boolean");
        assertThatThrownBy(() -> read("{\"log\":{\"entries\":[{\"response\":{\"statusText\":\"OK\"}}]}}"))
                .hasMessageContaining("entry 0").hasMessageContaining("response has no \"status\"");
    }

    @Test
    void aFileWithoutLogIsNotHar() {
        assertThatThrownBy(() -> read("{\"version\":\"1.2\",\"entries\":[]}"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("t.har (line 1, column 31): no \"log\" object at the top level: this is not a HAR file");
        assertThatThrownBy(() -> read("{\"log\":{\"version\":\"1.2\"}}")).hasMessageContaining("no \"entries\" array");
        assertThatThrownBy(() -> read("[]")).hasMessageContaining("expected a HAR object");
        assertThatThrownBy(() -> read("")).hasMessageContaining("empty file");
    }

    @Test
    void binaryJunkIsRejectedWithItsPosition() {
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);
        junk[0] = '{';
        assertThatThrownBy(() -> read(junk, "junk.har"))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("junk.har (line 1, column ");
    }

    @Test
    void aLongHeaderIsCutWithANoteAndAHugeOneRejected() throws IOException {
        String big = "x".repeat(100_000);
        Collect c = read("{\"log\":{\"entries\":[{\"response\":{\"status\":200,"
                + "\"headers\":[{\"name\":\"X-Big\",\"value\":\"" + big + "\"}]}}]}}");
        Exchange x = c.exchanges.get(0);
        assertThat(x.response().first("X-Big")).get().asString().hasSize(HarReader.MAX_VALUE);
        assertThat(x.notes()).singleElement().asString().contains("X-Big").contains("100000 characters cut to 8192");

        String huge = "y".repeat(2 * 1024 * 1024);
        assertThatThrownBy(() -> read("{\"log\":{\"entries\":[{\"response\":{\"status\":200,"
                + "\"headers\":[{\"name\":\"Cookie\",\"value\":\"" + huge + "\"}]}}]}}"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("t.har entry 0")
                .hasMessageContaining("response.headers[0].value (Cookie): a value of more than 1048576 characters");
    }

    @Test
    void aHeadEntryCountsOnlyBytesOnTheWire() throws IOException {
        Collect c = read("{\"log\":{\"entries\":["
                + "{\"request\":{\"method\":\"HEAD\"},\"response\":{\"status\":200,\"bodySize\":-1,\"content\":{\"size\":5000}}},"
                + "{\"request\":{\"method\":\"HEAD\"},\"response\":{\"status\":200,\"bodySize\":12,\"content\":{\"size\":5000}}},"
                + "{\"request\":{\"method\":\"GET\"},\"response\":{\"status\":200,\"bodySize\":-1,\"content\":{\"size\":5000}}}]}}");
        assertThat(c.exchanges).extracting(Exchange::bodyLength).containsExactly(-1L, 12L, 5000L);
    }

    @Test
    void entriesWithoutAResponseAreSkippedNotDropped() throws IOException {
        Collect c = read("{\"log\":{\"entries\":[{\"request\":{\"method\":\"GET\",\"url\":\"https://a/\"}},"
                + "{\"response\":{\"status\":204,\"bodySize\":0}}]}}");
        assertThat(c.skips).singleElement().satisfies(s -> assertThat(s.reason()).isEqualTo("the entry has no response"));
        assertThat(c.exchanges).singleElement().satisfies(x -> assertThat(x.source().entry()).isEqualTo(1));
    }
}
