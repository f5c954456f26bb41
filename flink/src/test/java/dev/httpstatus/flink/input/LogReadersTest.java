package dev.httpstatus.flink.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.httpstatus.check.model.Exchange;
import dev.httpstatus.check.model.Fact;
import dev.httpstatus.check.model.HttpVersion;
import dev.httpstatus.check.model.Recorder;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/**
 * The log readers without Flink. Lines are written as the servers' documentation describes their
 * formats: Envoy's typed json_format (numbers as numbers, unset values as null), nginx's
 * log_format escape=json (every value a string), Apache httpd's mod_log_config formats.
 */
class LogReadersTest {

    private static final RecordReader ENVOY = new NdjsonRecords(FieldMap.parse("envoy"), "Envoy");
    private static final RecordReader NGINX = new NdjsonRecords(FieldMap.parse("nginx"), "nginx");
    private static final HttpdRecords COMBINED = HttpdRecords.of("combined");

    @Test
    void envoyJsonLine() {
        Collected c = Collected.read(ENVOY, """
                {"start_time":"2026-11-30T10:15:30.123Z","method":"DELETE","path":"/items/7?force=1","protocol":"HTTP/2","response_code":405,"response_flags":"-","bytes_sent":0,"authority":"api.example","upstream_host":null}
                {"start_time":"2026-11-30T10:15:31.000Z","method":"GET","path":"/","protocol":"HTTP/1.1","response_code":0,"response_flags":"DC","bytes_sent":0,"authority":"api.example"}
                """);
        assertThat(c.exchanges).hasSize(1);
        Exchange x = c.exchanges.get(0);
        assertThat(x.methodText()).isEqualTo("DELETE");
        assertThat(x.url()).isEqualTo("//api.example/items/7?force=1");
        assertThat(x.status()).isEqualTo(405);
        assertThat(x.responseVersion()).isEqualTo(HttpVersion.HTTP_2);
        assertThat(x.bodyLength()).isZero();
        assertThat(x.recorder()).isEqualTo(Recorder.log("Envoy"));
        assertThat(x.knows(Fact.RESPONSE_FIELDS)).isFalse();
        assertThat(x.knows(Fact.REQUEST_FIELDS)).isFalse();
        assertThat(x.knows(Fact.REASON_PHRASE)).isFalse();
        assertThat(x.knows(Fact.CONTENT_LENGTH)).isTrue();
        assertThat(x.source().toString()).isEqualTo("access.log line 1");
        assertThat(c.times.get(0)).isEqualTo(Instant.parse("2026-11-30T10:15:30.123Z").toEpochMilli());
        // response_code 0: the client disconnected before any response
        assertThat(c.skipped).singleElement().satisfies(s -> {
            assertThat(s.source().toString()).isEqualTo("access.log line 2");
            assertThat(s.reason()).startsWith("status 0: ");
        });
    }

    @Test
    void nginxJsonLineWithStringValuesAndLocalTime() {
        FieldMap m = FieldMap.parse("nginx,time=time_local");
        Collected c = Collected.read(new NdjsonRecords(m, "nginx"), """
                {"time_local":"30/Nov/2026:11:15:30 +0100","host":"www.example","scheme":"https","request_method":"HEAD","request_uri":"/a","server_protocol":"HTTP/1.0","status":"200","body_bytes_sent":"512"}
                """);
        Exchange x = c.exchanges.get(0);
        assertThat(x.url()).isEqualTo("https://www.example/a");
        assertThat(x.requestVersion()).isEqualTo(HttpVersion.HTTP_1_0);
        assertThat(x.bodyLength()).isEqualTo(512);
        assertThat(c.times.get(0)).isEqualTo(Instant.parse("2026-11-30T10:15:30Z").toEpochMilli());
    }

    @Test
    void malformedLinesAreLocatedAndReadingGoesOn() {
        Collected c = Collected.read(NGINX, String.join("\n",
                "{\"status\":\"200\"",
                "[1,2]",
                "{\"status\":\"2x0\"}",
                "{\"status\":\"200\",\"body_bytes_sent\":\"many\"}",
                "{\"status\":\"200\"} trailing",
                "",
                "{\"status\":404}"));
        assertThat(c.malformed.get(0)).startsWith("access.log line 1: not valid JSON (column 16): Unexpected end-of-input");
        assertThat(c.malformed.subList(1, c.malformed.size())).containsExactly(
                "access.log line 2: expected a JSON object per line, found an array",
                "access.log line 3: status: expected an integer, found \"2x0\"",
                "access.log line 4: bytes sent: expected an integer, found \"many\"",
                "access.log line 5: not valid JSON (column 26): Unrecognized token 'trailing': was expecting"
                        + " (JSON String, Number, Array, Object or token 'null', 'true' or 'false')");
        assertThat(c.exchanges).singleElement().satisfies(x -> {
            assertThat(x.status()).isEqualTo(404);
            assertThat(x.source().toString()).isEqualTo("access.log line 7");
            assertThat(x.knows(Fact.METHOD)).isFalse();
            assertThat(x.knows(Fact.CONTENT_LENGTH)).isFalse();
        });
    }

    @Test
    void fieldMapsSayWhatIsWrong() {
        assertThat(FieldMap.parse("envoy").carries()).containsExactlyInAnyOrder(Fact.STATUS, Fact.METHOD, Fact.URL,
                Fact.VERSION, Fact.CONTENT_LENGTH);
        assertThat(FieldMap.parse("status=code,url=uri").carries()).containsExactlyInAnyOrder(Fact.STATUS, Fact.URL);
        assertThat(FieldMap.parse("envoy,protocol=").carries()).doesNotContain(Fact.VERSION);
        assertThatThrownBy(() -> FieldMap.parse("method=verb")).hasMessageContaining("no key for status");
        assertThatThrownBy(() -> FieldMap.parse("haproxy")).hasMessageContaining("'haproxy' is neither a preset");
        assertThatThrownBy(() -> FieldMap.parse("status=code,colour=c")).hasMessageContaining("'colour' is not a fact");
    }

    @Test
    void combinedLogLines() {
        Collected c = Collected.read(COMBINED, String.join("\n",
                "192.0.2.7 - - [30/Nov/2026:10:15:30 +0000] \"GET /items/7 HTTP/1.1\" 405 173 \"-\" \"curl/8.5.0\"",
                "192.0.2.7 - alice [30/Nov/2026:10:15:31 +0000] \"HEAD / HTTP/1.0\" 304 - \"https://www.example/\" \"Mozilla/5.0\"",
                "a line of something else"));
        assertThat(c.exchanges).hasSize(2);
        Exchange a = c.exchanges.get(0);
        assertThat(a.methodText()).isEqualTo("GET");
        assertThat(a.url()).isEqualTo("/items/7");
        assertThat(a.status()).isEqualTo(405);
        assertThat(a.bodyLength()).isEqualTo(173);
        assertThat(a.recorder()).isEqualTo(Recorder.log("Apache httpd"));
        Exchange b = c.exchanges.get(1);
        assertThat(b.bodyLength()).isZero(); // "-" is Common Log Format for no bytes
        assertThat(b.requestVersion()).isEqualTo(HttpVersion.HTTP_1_0);
        assertThat(c.times).containsExactly(Instant.parse("2026-11-30T10:15:30Z").toEpochMilli(),
                Instant.parse("2026-11-30T10:15:31Z").toEpochMilli());
        assertThat(c.malformed).containsExactly("access.log line 3: does not match the log format 'combined'");
        assertThat(COMBINED.carries()).containsExactlyInAnyOrder(Fact.STATUS, Fact.METHOD, Fact.URL, Fact.VERSION,
                Fact.CONTENT_LENGTH);
    }

    @Test
    void nginxTextLogFormatAndWhatAFormatCarries() {
        HttpdRecords r = HttpdRecords.of("$host $remote_addr [$time_local] \"$request\" $status $body_bytes_sent");
        Collected c = Collected.read(r, "api.example 192.0.2.7 [30/Nov/2026:10:15:30 +0000] \"POST /items HTTP/1.1\" 201 0\n");
        assertThat(c.exchanges).singleElement().satisfies(x -> {
            assertThat(x.url()).isEqualTo("//api.example/items");
            assertThat(x.status()).isEqualTo(201);
            assertThat(x.recorder()).isEqualTo(Recorder.log("nginx"));
        });
        assertThat(HttpdRecords.of("%h %t %>s").carries()).containsExactly(Fact.STATUS);
        assertThatThrownBy(() -> HttpdRecords.of("%h %t \"%r\"")).hasMessageContaining("has no status field");
    }

    /** Any text: every non-blank line is exactly one record, and nothing is thrown. */
    @Property(tries = 300)
    void everyLineIsOneRecord(@ForAll @StringLength(max = 120) List<@StringLength(max = 120) String> lines) {
        String text = String.join("\n", lines.stream().map(l -> l.replace('\n', ' ').replace('\r', ' ')).toList());
        long nonBlank = lines.stream().filter(l -> !l.replace('\n', ' ').replace('\r', ' ').isBlank()).count();
        for (RecordReader r : List.of(NGINX, ENVOY, COMBINED)) {
            assertThat(Collected.read(r, text).records()).as(r.describe()).isEqualTo((int) nonBlank);
        }
    }

    /** Generated Envoy lines with any status and byte counts: one exchange or skip each, values kept. */
    @Property(tries = 200)
    void envoyValuesSurvive(@ForAll int status, @ForAll long bytes) {
        String line = "{\"response_code\":" + status + ",\"bytes_sent\":" + bytes + ",\"method\":\"GET\",\"path\":\"/\"}";
        Collected c = Collected.read(ENVOY, line);
        if (status <= 0) {
            assertThat(c.skipped).hasSize(1);
        } else {
            assertThat(c.exchanges).singleElement().satisfies(x -> {
                assertThat(x.status()).isEqualTo(status);
                assertThat(x.bodyLength()).isEqualTo(bytes < 0 ? -1 : bytes);
            });
        }
    }
}
