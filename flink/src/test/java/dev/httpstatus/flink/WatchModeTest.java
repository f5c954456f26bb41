package dev.httpstatus.flink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.httpstatus.flink.input.FieldMap;
import dev.httpstatus.flink.input.NdjsonRecords;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.MemorySize;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Watch mode: a file that appears after the job started is checked, and the window's summary written. */
@Tag("minicluster")
@Timeout(180)
class WatchModeTest {

    @Test
    void aNewFileIsPickedUp(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path out = tmp.resolve("out");
        Configuration conf = new Configuration();
        conf.set(TaskManagerOptions.MANAGED_MEMORY_SIZE, MemorySize.parse("16m"));
        conf.setString("rest.bind-address", "127.0.0.1");
        conf.setString("jobmanager.bind-host", "127.0.0.1");
        conf.setString("taskmanager.bind-host", "127.0.0.1");
        conf.setString("taskmanager.host", "127.0.0.1");
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(2, conf);
        env.enableCheckpointing(300);
        CheckJob.define(env, JobOptions.batch(in.toString(), out.toString(),
                new NdjsonRecords(FieldMap.parse("envoy"), "Envoy")).watching(Duration.ofMillis(200), Duration.ofSeconds(1)));
        JobClient job = env.executeAsync("watch test");
        try {
            // written once the job runs: the first listing found nothing
            Thread.sleep(1000);
            Path tmpFile = tmp.resolve("access.ndjson.tmp");
            Files.write(tmpFile, List.of(
                    "{\"response_code\":999,\"method\":\"GET\",\"path\":\"/items/1\",\"authority\":\"api.example\"}",
                    "not json",
                    "{\"response_code\":204,\"method\":\"GET\",\"path\":\"/\",\"bytes_sent\":12,\"authority\":\"api.example\"}"));
            Files.move(tmpFile, in.resolve("access.ndjson")); // appears whole, as log shippers do
            JobRun read = JobRun.at(out);
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (System.nanoTime() < deadline
                    && (read.lines("summary").isEmpty() || read.lines("results").isEmpty()
                        || read.lines("aggregate").size() < 2)) {
                Thread.sleep(250);
            }
            List<String> rules = read.findings().stream().map(f -> f.substring(0, f.indexOf(' '))).toList();
            assertThat(rules).contains("status-code-out-of-range", "content-in-bodiless-response");
            assertThat(read.lines("malformed")).singleElement()
                    .satisfies(m -> assertThat(m.get("source").get("line").asInt()).isEqualTo(2));
            JsonNode s = read.lines("summary").get(0);
            assertThat(s.get("read").asLong()).isEqualTo(3);
            assertThat(s.get("malformed").asLong()).isEqualTo(1);
            assertThat(s.get("window").get("start").asText()).endsWith("Z");
        } finally {
            job.cancel().get();
        }
    }
}
