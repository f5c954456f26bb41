package dev.httpstatus.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The command line's answers to bad usage: exit 2 and a message naming what was wrong, before any job. */
class MainTest {

    private record Result(int code, String out, String err) {}

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            --input;x                                            | --input and --output are required
            --input;x;--output;y;--colour;red                    | unknown option '--colour'
            --input;x;--output;y;--format;ndjson                 | --format ndjson needs --fields
            --input;x;--output;y;--format;log                    | --format log needs --log-format
            --input;x;--output;y;--format;csv                    | --format: 'csv' is not har, ndjson or log
            --input;x;--output;y;--fields;status=                | names no key for status
            --input;x;--output;y;--log-format;%h %t              | has no status field
            --input;x;--output;y;--parallelism;0                 | --parallelism: expected a positive integer, found '0'
            --input;x;--output;y;--watch;--window;soon           | --window: expected a duration such as 500ms
            --input;x;--output;y;--fields-file;/nonexistent/map  | --fields-file /nonexistent/map: cannot read
            --input;x;--output                                   | --output needs a value
            """)
    void badUsageExits2(String args, String message) {
        Result r = run(args.split(";"));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(message).contains("usage: httpstatus-flink");
    }

    @Test
    void namesAMissingInput(@TempDir Path tmp) {
        Result r = run("--input", tmp.resolve("nothing-here").toString(), "--output", tmp.resolve("out").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("nothing-here: no such file or directory");
        Result g = run("--input", tmp.resolve("gone/*.log").toString(), "--output", tmp.resolve("out").toString(),
                "--log-format", "combined");
        assertThat(g.code()).isEqualTo(2);
        assertThat(g.err()).contains("gone/*.log: no such file or directory (" + tmp.resolve("gone") + ")");
    }

    @Test
    void refusesAnOutputDirectoryThatHoldsFiles(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("earlier.ndjson"), "{}\n");
        Result r = run("--input", tmp.toString(), "--output", tmp.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("is not empty");
    }

    @Test
    void helpAndDurations() {
        assertThat(run("--help").out()).startsWith("usage: httpstatus-flink");
        assertThat(Main.Options.duration("500ms", "--x")).isEqualTo(Duration.ofMillis(500));
        assertThat(Main.Options.duration("2m", "--x")).isEqualTo(Duration.ofMinutes(2));
        assertThat(Main.Options.duration("PT30S", "--x")).isEqualTo(Duration.ofSeconds(30));
    }
}
