package dev.httpstatus.cli.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The controls CI needs: --disable, .httpstatus.json, baselines and --jobs, through the command line. */
class CheckCommandCiTest {

    @TempDir
    Path dir;

    private static final String ENTRY = "{\"request\":{\"method\":\"%s\",\"url\":\"https://%s%s\",\"httpVersion\":\"HTTP/1.1\","
            + "\"headers\":[]},\"response\":{\"status\":%d,\"statusText\":\"\",\"httpVersion\":\"HTTP/1.1\","
            + "\"headers\":[{\"name\":\"Date\",\"value\":\"Fri, 20 Nov 2026 10:00:00 GMT\"}],"
            + "\"content\":{\"size\":10,\"mimeType\":\"text/plain\"},\"bodySize\":10}}";

    private static String entry(String method, String host, String path, int status) {
        return String.format(ENTRY, method, host, path, status);
    }

    private Path har(String name, String... entries) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "{\"log\":{\"version\":\"1.2\",\"entries\":[" + String.join(",", entries) + "]}}");
        return p;
    }

    record Run(int exit, String out, String err) {
        JsonNode json() throws IOException {
            return new ObjectMapper().readTree(out);
        }
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new CheckCommand(Map.of(), new ByteArrayInputStream(new byte[0]), dir));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** Monday's capture: a 401 without a challenge (error) and a 201 without Location (warning) on /legacy. */
    private Path monday() throws IOException {
        return har("monday.har",
                entry("GET", "api.example.com", "/admin?token=abc", 401),
                entry("POST", "api.example.com", "/legacy/items", 201));
    }

    @Test
    void disableSwitchesRulesOffAndCountsThem() throws IOException {
        Path h = monday();
        assertThat(run(h.toString()).exit()).isEqualTo(1);
        Run r = run(h.toString(), "--disable", "401-without-www-authenticate", "--fail-on", "warning");
        assertThat(r.exit()).as("the 201 warning remains").isEqualTo(1);
        assertThat(r.out()).doesNotContain("401-without-www-authenticate").contains("; 1 suppressed");
        Run both = run(h.toString(), "--disable", "401-without-www-authenticate,201-without-location", "--fail-on", "info");
        assertThat(both.exit()).isZero();
        assertThat(both.out()).contains("0 errors, 0 warnings, 0 info; 2 suppressed");
    }

    @Test
    void anUnknownRuleIsAUsageErrorWithSuggestions() throws IOException {
        Run r = run(monday().toString(), "--disable", "401-without-www-authentcate");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("httpstatus check: --disable: no rule \"401-without-www-authentcate\";"
                + " did you mean 401-without-www-authenticate?\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void theConfigFileInTheWorkingDirectoryIsRead() throws IOException {
        Path h = monday();
        Files.writeString(dir.resolve(".httpstatus.json"), """
                {"check": {"suppress": [
                  {"rule": "201-without-location", "host": "api.example.com", "path": "/legacy/**",
                   "reason": "v1 clients"}
                ]}}
                """);
        Run r = run(h.toString(), "--fail-on", "warning", "--format", "json");
        assertThat(r.exit()).as("the 401 error remains").isEqualTo(1);
        JsonNode suppressed = r.json().path("results").get(1).path("suppressed").get(0);
        assertThat(suppressed.path("rule").asText()).isEqualTo("201-without-location");
        assertThat(suppressed.path("suppressedBy").path("reason").asText()).isEqualTo("v1 clients");
        assertThat(suppressed.path("suppressedBy").path("origin").asText()).endsWith(".httpstatus.json line 2, column 3");
        assertThat(r.err()).contains("1 suppressed");
        assertThat(run(h.toString(), "--fail-on", "warning", "--no-config").out()).contains("201-without-location");
    }

    @Test
    void aBadConfigFileIsExitTwoWithItsPosition() throws IOException {
        Path h = monday();
        Path cfg = dir.resolve("ci.json");
        Files.writeString(cfg, "{\n  \"check\": {\n    \"suppress\": [{\"rule\": \"201-without-locaton\", \"path\": \"/x\"}]\n  }\n}\n");
        Run r = run(h.toString(), "--config", cfg.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("httpstatus check: " + cfg + " (line 3, column 27): no rule \"201-without-locaton\";"
                + " did you mean 201-without-location");
        assertThat(r.out()).isEmpty();
        assertThat(run(h.toString(), "--config", dir.resolve("nope.json").toString()).err())
                .isEqualTo("httpstatus check: " + dir.resolve("nope.json") + ": no such file\n");
        assertThat(run(h.toString(), "--config", cfg.toString(), "--no-config").exit()).isEqualTo(2);
    }

    @Test
    void aBaselineAcceptsTodaysFindingsAndAFreshCaptureMatchesIt() throws IOException {
        Path base = dir.resolve("baseline.json");
        Run write = run(monday().toString(), "--write-baseline", base.toString());
        assertThat(write.exit()).as("written findings are accepted in the same run").isZero();
        assertThat(write.err()).contains("wrote 2 findings to the baseline");
        assertThat(write.out()).contains("; 2 in baseline");
        assertThat(Files.readString(base)).contains("\"location\": \"GET /admin?token 401\"")
                .contains("\"location\": \"POST /legacy/items 201\"");

        // Tuesday: another file, entries in another order, other query values, plus one new problem
        Path tuesday = har("captures/tuesday.har",
                entry("POST", "staging.example.com", "/legacy/items", 201),
                entry("GET", "api.example.com", "/admin?token=xyz", 401),
                entry("DELETE", "api.example.com", "/items/9", 405));
        Run r = run(tuesday.toString(), "--baseline", base.toString(), "--format", "json");
        assertThat(r.exit()).isEqualTo(1);
        JsonNode results = r.json().path("results");
        List<String> reported = new ArrayList<>();
        results.forEach(x -> x.path("findings").forEach(f -> reported.add(f.path("rule").asText())));
        assertThat(reported).contains("405-without-allow").doesNotContain("401-without-www-authenticate", "201-without-location");
        assertThat(r.json().path("summary").path("inBaseline").asLong()).isEqualTo(2);

        Run old = run(har("wednesday.har", entry("GET", "api.example.com", "/admin", 401)).toString(),
                "--baseline", base.toString());
        assertThat(old.exit()).as("no query is another location").isEqualTo(1);
    }

    @Test
    void baselineMistakesAreUsageErrors() throws IOException {
        Path h = monday();
        Path base = dir.resolve("b.json");
        Files.writeString(base, "{\"tool\": \"httpstatus lint\", \"findings\": []}");
        Run r = run(h.toString(), "--baseline", base.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("(line 1, column 10): this baseline is for \"httpstatus lint\"");
        assertThat(run(h.toString(), "--baseline", base.toString(), "--write-baseline", base.toString()).err())
                .contains("cannot be combined");
    }

    @Test
    void noBaselineIsWrittenWhenAnInputCannotBeRead() throws IOException {
        Path broken = dir.resolve("broken.har");
        Files.writeString(broken, "{\"log\":{\"entries\":[{\"response\":{\"status\":\"x\"}}]}}");
        Path base = dir.resolve("baseline.json");
        Run r = run(monday().toString(), broken.toString(), "--write-baseline", base.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("baseline not written to " + base + ": 1 input could not be read");
        assertThat(base).doesNotExist();
    }

    @Test
    void jobsGiveTheSameReportAndExitCode() throws IOException {
        for (int i = 0; i < 12; i++) {
            List<String> entries = new ArrayList<>();
            for (int e = 0; e <= i * 3; e++) {
                entries.add(entry(e % 2 == 0 ? "GET" : "POST", "h" + i + ".example", "/p/" + e, e % 3 == 0 ? 401 : 201));
            }
            har("many/c" + (char) ('a' + i) + ".har", entries.toArray(String[]::new));
        }
        String many = dir.resolve("many").toString();
        for (String format : List.of("text", "json", "sarif", "junit")) {
            Run serial = run(many, "--format", format);
            Run parallel = run(many, "--format", format, "--jobs", "4");
            assertThat(parallel.out()).isEqualTo(serial.out());
            assertThat(parallel.err()).isEqualTo(serial.err());
            assertThat(parallel.exit()).isEqualTo(serial.exit()).isEqualTo(1);
        }
        assertThat(run(many, "-j", "0").err()).isEqualTo("httpstatus check: --jobs: expected a number from 1 to 64, got 0\n");
        assertThat(run(many, "-j", "x").exit()).isEqualTo(2);
    }

    @Test
    void helpDescribesTheControls() {
        StringWriter out = new StringWriter();
        CommandLine cl = new CommandLine(new CheckCommand());
        cl.setOut(new PrintWriter(out, true));
        cl.execute("--help");
        assertThat(out.toString()).contains("--disable=RULE", "--config=FILE", "--no-config", "--baseline=FILE",
                "--write-baseline=FILE", "-j, --jobs=N", "Suppressions and baselines:", ".httpstatus.json", "/legacy/**");
    }
}
