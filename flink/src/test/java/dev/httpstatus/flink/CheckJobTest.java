package dev.httpstatus.flink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.httpstatus.check.CheckSession;
import dev.httpstatus.check.model.Finding;
import dev.httpstatus.check.report.ReportFormat;
import dev.httpstatus.check.report.Summary;
import dev.httpstatus.flink.aggregate.PathTemplate;
import dev.httpstatus.flink.input.FieldMap;
import dev.httpstatus.flink.input.HarRecords;
import dev.httpstatus.flink.input.HttpdRecords;
import dev.httpstatus.flink.input.NdjsonRecords;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job on Flink's MiniCluster at parallelism 2, over small inputs: its findings must be those of
 * {@code httpstatus check} on the same exchanges, every record must be counted once, malformed ones
 * located, and the aggregate must add up.
 */
@Tag("minicluster")
@Timeout(180)
class CheckJobTest {

    static final Path CAPTURES = Path.of("../check/src/test/resources/captures").toAbsolutePath().normalize();

    @Test
    void harFindingsEqualTheCliOnTheSameCaptures(@TempDir Path tmp) throws Exception {
        // The CLI, in-process, over the same directory: its JSON report is the reference.
        StringWriter report = new StringWriter();
        Summary cli = CheckSession.builder(ReportFormat.JSON.writer(report, false)).build()
                .run(List.of(CAPTURES.toString()));
        JsonNode cliReport = JobRun.JSON.readTree(report.toString());
        List<String> expected = new ArrayList<>();
        List<String> expectedErrors = new ArrayList<>();
        for (JsonNode r : cliReport.get("results")) {
            switch (r.get("kind").asText()) {
                case "exchange" -> r.get("findings").forEach(f -> expected.add(JobRun.key(f.get("rule").asText(),
                        r.get("source"))));
                case "error" -> expectedErrors.add(r.get("message").asText());
                default -> { }
            }
        }
        assertThat(expected).hasSizeGreaterThan(5); // the corpus has real defects

        JobRun job = JobRun.run(JobOptions.batch(CAPTURES.toString(), tmp.resolve("out").toString(), new HarRecords()));

        assertThat(job.findings()).containsExactlyInAnyOrderElementsOf(expected);
        // exchanges with findings or notes, and skipped entries: the same results[] elements
        List<JsonNode> cliResults = new ArrayList<>();
        cliReport.get("results").forEach(r -> {
            if (!r.get("kind").asText().equals("error")) {
                cliResults.add(r);
            }
        });
        assertThat(job.lines("results")).containsExactlyInAnyOrderElementsOf(cliResults);
        // an unreadable HAR: the CLI's bad input is the job's malformed record, with the same message
        assertThat(job.lines("malformed")).extracting(m -> m.get("message").asText())
                .containsExactlyInAnyOrderElementsOf(expectedErrors);

        JsonNode s = job.summary();
        assertThat(s.get("checked").asLong()).isEqualTo(cli.checked());
        assertThat(s.get("skipped").asLong()).isEqualTo(cli.skipped());
        assertThat(s.get("malformed").asLong()).isEqualTo(cli.badInputs());
        assertThat(s.get("read").asLong()).isEqualTo(cli.checked() + cli.skipped() + cli.badInputs());
        assertThat(s.get("files").asLong()).isEqualTo(cli.inputs());
        assertThat(s.get("findings").get("error").asLong()).isEqualTo(cliReport.get("summary").get("findings").get("error").asLong());
        assertThat(s.get("findings").get("warning").asLong()).isEqualTo(cliReport.get("summary").get("findings").get("warning").asLong());
        assertThat(s.get("findings").get("info").asLong()).isEqualTo(cliReport.get("summary").get("findings").get("info").asLong());

        // the aggregate holds every finding once
        long grouped = 0;
        for (JsonNode g : job.lines("aggregate")) {
            grouped += g.get("count").asLong();
        }
        assertThat(grouped).isEqualTo(expected.size());
    }

    @Test
    void nginxJsonLogsWithMalformedLinesAndAGzippedFile(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        long t0 = 1_790_000_000_000L;
        List<LogSamples.Rec> a = LogSamples.records(1, 150, t0);
        List<LogSamples.Rec> b = LogSamples.records(2, 150, t0 + 500);
        Path fa = in.resolve("access.log");
        Path fb = in.resolve("access.log.1.gz");
        LogSamples.Expected want = new LogSamples.Expected();
        Map<String, Integer> malformedAt = new TreeMap<>();
        // access.log: records, with four broken lines and a blank one among them
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            if (i == 10) {
                lines.add("{\"status\":\"200\",\"request_uri\":\"/cut");
                malformedAt.put(fa + " line " + lines.size(), 0);
            }
            if (i == 20) {
                lines.add("192.0.2.7 - - [30/Nov/2026:10:00:00 +0000] \"GET / HTTP/1.1\" 200 5");
                malformedAt.put(fa + " line " + lines.size(), 0);
            }
            if (i == 30) {
                lines.add("{\"status\":\"OK\",\"request_uri\":\"/\"}");
                malformedAt.put(fa + " line " + lines.size(), 0);
            }
            if (i == 40) {
                lines.add("{\"request_uri\":\"/no-status\"}");
                malformedAt.put(fa + " line " + lines.size(), 0);
                lines.add("");
            }
            lines.add(a.get(i).nginx());
            want.add(a.get(i).exchange(fa.toString(), lines.size(), "nginx", true), a.get(i).time());
        }
        Files.write(fa, lines);
        // access.log.1.gz: a rotated, compressed log, and a client that went away (status 0 is not a response)
        StringBuilder gz = new StringBuilder();
        int n = 0;
        for (LogSamples.Rec r : b) {
            gz.append(r.nginx()).append('\n');
            want.add(r.exchange(fb.toString(), ++n, "nginx", true), r.time());
        }
        gz.append(b.get(0).nginx().replace("\"status\":\"" + b.get(0).status() + "\"", "\"status\":\"0\"")).append('\n');
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(fb))) {
            o.write(gz.toString().getBytes(StandardCharsets.UTF_8));
        }

        JobRun job = JobRun.run(JobOptions.batch(in.toString(), tmp.resolve("out").toString(),
                new NdjsonRecords(FieldMap.parse("nginx"), "nginx")));

        assertThat(job.findings()).containsExactlyInAnyOrderElementsOf(want.findings);
        assertThat(want.findings).hasSizeGreaterThan(50);
        JsonNode s = job.summary();
        assertThat(s.get("files").asLong()).isEqualTo(2);
        assertThat(s.get("read").asLong()).isEqualTo(300 + 1 + 4);
        assertThat(s.get("checked").asLong()).isEqualTo(300);
        assertThat(s.get("skipped").asLong()).isEqualTo(1);
        assertThat(s.get("skipReasons").get("status 0").asLong()).isEqualTo(1);
        assertThat(s.get("malformed").asLong()).isEqualTo(4);
        assertThat(JobRun.JSON.convertValue(s.get("notCheckable"), TreeMap.class)).isEqualTo(toInts(want.notCheckable));
        assertThat(s.get("notCheckable").get("2xx-4xx-without-date").asLong()).isPositive();
        assertThat(s.get("facts")).extracting(JsonNode::asText)
                .containsExactly("STATUS", "METHOD", "URL", "VERSION", "CONTENT_LENGTH");

        List<JsonNode> bad = job.lines("malformed");
        Map<String, String> located = new TreeMap<>();
        bad.forEach(m -> located.put(m.get("source").get("file").asText() + " line " + m.get("source").get("line").asInt(),
                m.get("message").asText()));
        assertThat(located.keySet()).containsExactlyElementsOf(malformedAt.keySet());
        assertThat(located.values()).anyMatch(m -> m.startsWith("not valid JSON (column"))
                .anyMatch(m -> m.equals("status: expected an integer, found \"OK\""))
                .anyMatch(m -> m.equals("no status code in the record"));

        assertAggregate(job, want);
    }

    @Test
    void combinedLogsReadWithTheLogFormat(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        long t0 = 1_790_000_000_000L;
        LogSamples.Expected want = new LogSamples.Expected();
        List<String> malformed = new ArrayList<>();
        for (int f = 0; f < 2; f++) {
            Path file = in.resolve("node-" + f + "-access.log");
            List<String> lines = new ArrayList<>();
            for (LogSamples.Rec r : LogSamples.records(10 + f, 120, t0 + f * 1000L) /* CLF times are whole seconds: ties order by file */) {
                if (r.status() == 499 || r.status() == 520) {
                    continue; // not codes Apache httpd writes
                }
                if (lines.size() == 50) {
                    lines.add("this is not a log line");
                    malformed.add(file + " line " + lines.size());
                }
                lines.add(r.combined());
                want.add(r.exchange(file.toString(), lines.size(), "Apache httpd", false), r.time());
            }
            Files.write(file, lines);
        }
        Files.writeString(in.resolve(".hidden.log"), "ignored: hidden files are no input\n");

        JobRun job = JobRun.run(JobOptions.batch(in + "/node-*-access.log", tmp.resolve("out").toString(),
                HttpdRecords.of("combined")));

        assertThat(job.findings()).containsExactlyInAnyOrderElementsOf(want.findings);
        JsonNode s = job.summary();
        assertThat(s.get("files").asLong()).isEqualTo(2);
        assertThat(s.get("malformed").asLong()).isEqualTo(2);
        assertThat(s.get("read").asLong()).isEqualTo(s.get("checked").asLong() + s.get("skipped").asLong() + 2);
        assertThat(JobRun.JSON.convertValue(s.get("notCheckable"), TreeMap.class)).isEqualTo(toInts(want.notCheckable));
        assertThat(job.lines("malformed")).extracting(m -> m.get("source").get("file").asText() + " line "
                + m.get("source").get("line").asInt()).containsExactlyInAnyOrderElementsOf(malformed);
        assertAggregate(job, want);
    }

    /** Groups by rule, host and template; counts, first and last seen by time, the first as the example. */
    private static void assertAggregate(JobRun job, LogSamples.Expected want) {
        Map<String, long[]> expect = new HashMap<>(); // key -> {count, firstTime, lastTime}
        Map<String, String> firstUrl = new HashMap<>();
        for (int i = 0; i < want.all.size(); i++) {
            Finding f = want.all.get(i);
            PathTemplate t = PathTemplate.of(want.exchanges.get(i).url());
            String key = f.rule().id() + " " + t.host() + " " + t.path();
            long time = want.times.get(i);
            long[] c = expect.computeIfAbsent(key, k -> new long[] {0, Long.MAX_VALUE, Long.MIN_VALUE});
            c[0]++;
            if (time < c[1]) {
                c[1] = time;
                firstUrl.put(key, want.exchanges.get(i).url());
            }
            c[2] = Math.max(c[2], time);
        }
        List<JsonNode> groups = job.lines("aggregate");
        assertThat(groups).hasSize(expect.size());
        assertThat(groups.stream().map(g -> g.get("path").asText())).contains("/items/{id}", "/users/{uuid}/avatar",
                "/search?{query}");
        for (JsonNode g : groups) {
            String key = g.get("rule").asText() + " " + g.get("host").asText() + " " + g.get("path").asText();
            long[] c = expect.get(key);
            assertThat(c).as(key).isNotNull();
            assertThat(g.get("count").asLong()).as(key).isEqualTo(c[0]);
            assertThat(java.time.Instant.parse(g.get("first").get("time").asText()).toEpochMilli()).as(key).isEqualTo(c[1]);
            assertThat(java.time.Instant.parse(g.get("last").get("time").asText()).toEpochMilli()).as(key).isEqualTo(c[2]);
            assertThat(g.get("example").get("url").asText()).as(key).isEqualTo(firstUrl.get(key));
        }
    }

    private static Map<String, Integer> toInts(Map<String, Long> m) {
        Map<String, Integer> out = new TreeMap<>();
        m.forEach((k, v) -> out.put(k, v.intValue()));
        return out;
    }
}
