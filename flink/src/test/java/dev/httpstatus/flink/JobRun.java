package dev.httpstatus.flink;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.MemorySize;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/** Runs the job on a MiniCluster at parallelism 2 with little memory, and reads what it wrote. */
final class JobRun {

    static final ObjectMapper JSON = new ObjectMapper();

    private final Path out;

    private JobRun(Path out) {
        this.out = out;
    }

    static JobRun run(JobOptions o) throws Exception {
        Configuration conf = new Configuration();
        conf.set(TaskManagerOptions.MANAGED_MEMORY_SIZE, MemorySize.parse("16m"));
        conf.set(TaskManagerOptions.NETWORK_MEMORY_MIN, MemorySize.parse("16m"));
        conf.set(TaskManagerOptions.NETWORK_MEMORY_MAX, MemorySize.parse("16m"));
        conf.setString("rest.bind-address", "127.0.0.1");
        conf.setString("jobmanager.bind-host", "127.0.0.1");
        conf.setString("taskmanager.bind-host", "127.0.0.1");
        conf.setString("taskmanager.host", "127.0.0.1");
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(2, conf);
        CheckJob.define(env, o);
        env.execute("test " + o.input());
        return new JobRun(Path.of(o.output()));
    }

    /** The outputs already in {@code out}. */
    static JobRun at(Path out) {
        return new JobRun(out);
    }

    /** Every line of the finished part files in one output folder, parsed. */
    List<JsonNode> lines(String folder) {
        Path dir = out.resolve(folder);
        List<JsonNode> nodes = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return nodes;
        }
        try (Stream<Path> parts = Files.list(dir)) {
            for (Path p : parts.sorted().toList()) {
                if (p.getFileName().toString().startsWith(".")) {
                    continue; // in progress: must not exist after a batch run
                }
                for (String l : Files.readAllLines(p)) {
                    if (!l.isBlank()) {
                        nodes.add(JSON.readTree(l));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return nodes;
    }

    /** The one summary line of a batch run. */
    JsonNode summary() {
        List<JsonNode> s = lines("summary");
        if (s.size() != 1) {
            throw new AssertionError("expected one summary line, found " + s);
        }
        return s.get(0);
    }

    /** "rule file position" for every finding in results/, position being the entry or line. */
    List<String> findings() {
        List<String> f = new ArrayList<>();
        for (JsonNode r : lines("results")) {
            if (r.get("kind").asText().equals("exchange")) {
                for (JsonNode finding : r.get("findings")) {
                    f.add(key(finding.get("rule").asText(), r.get("source")));
                }
            }
        }
        return f;
    }

    static String key(String rule, JsonNode source) {
        JsonNode entry = source.get("entry");
        String at = entry.isNull() ? "line " + source.get("line").asInt() : "entry " + entry.asInt();
        return rule + " " + source.get("file").asText() + " " + at;
    }
}
