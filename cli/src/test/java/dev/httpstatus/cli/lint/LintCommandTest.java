package dev.httpstatus.cli.lint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.httpstatus.cli.Cli;
import dev.httpstatus.cli.render.Terminal;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code httpstatus lint} and {@code httpstatus check --openapi} as a user runs them. */
class LintCommandTest {

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.commandLine(Terminal.PLAIN, new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    static final String API = """
            openapi: 3.1.0
            info: {title: t, version: "1"}
            servers: [{url: "https://api.example"}]
            paths:
              /items:
                post:
                  responses:
                    '201': {description: made}
                    '401':
                      description: who
                      headers: {WWW-Authenticate: {schema: {type: string}}}
                      content: {application/problem+json: {schema: {type: object}}}
            """;

    Path api(String text) throws Exception {
        Path p = dir.resolve("api.yaml");
        Files.writeString(p, text);
        return p;
    }

    @Test
    void exitCodesFollowFailOn() throws Exception {
        Path p = api(API);
        Run r = run("lint", p.toString());
        assertThat(r.exit()).isZero(); // one warning: 201 without Location
        assertThat(r.out()).contains("oas-201-without-location").contains(":8:9  POST /items → 201");
        assertThat(run("lint", p.toString(), "--fail-on", "warning").exit()).isEqualTo(1);
        assertThat(run("lint", p.toString(), "--fail-on", "warning", "--disable", "oas-201-without-location").exit()).isZero();
        assertThat(run("lint", p.toString(), "--fail-on", "never").exit()).isZero();
    }

    @Test
    void badInputAndUsageExitWithTwoAndALocatedMessage() throws Exception {
        Path bad = api("openapi: 3.0.0\npaths:\n  /a: {get: {responses: {'200': {$ref: '#/nope'}}}}\n");
        Run r = run("lint", bad.toString(), "--format", "json");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(bad + " (line 3, column ").contains("$ref \"#/nope\" leads nowhere");
        assertThat(run("lint", dir.resolve("none.yaml").toString()).exit()).isEqualTo(2);
        Run unknown = run("lint", bad.toString(), "--disable", "oas-201-without-locaton");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("--disable: no rule \"oas-201-without-locaton\"").contains("oas-201-without-location");
        assertThat(run("lint", bad.toString(), "--format", "xml").exit()).isEqualTo(2);
    }

    @Test
    void baselinesAcceptKnownFindingsByRuleAndPointer() throws Exception {
        Path p = api(API);
        Path base = dir.resolve("lint-baseline.json");
        Run w = run("lint", p.toString(), "--write-baseline", base.toString(), "--no-config");
        assertThat(w.exit()).isZero();
        assertThat(w.err()).contains("wrote 1 finding to the baseline");
        // Lines move; the pointer does not: the finding stays in the baseline.
        Files.writeString(p, "# a comment\n# another\n" + API);
        Run r = run("lint", p.toString(), "--baseline", base.toString(), "--fail-on", "warning", "--no-config");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).doesNotContain("oas-201-without-location").contains("1 in the baseline");
        Run s = run("lint", p.toString(), "--disable", "oas-201-without-location", "--fail-on", "warning", "--no-config");
        assertThat(s.exit()).isZero();
        assertThat(s.out()).contains("1 suppressed");
    }

    @Test
    void sarifGoesToAFile() throws Exception {
        Path p = api(API);
        Path out = dir.resolve("lint.sarif");
        Run r = run("lint", p.toString(), "--format", "sarif", "-o", out.toString());
        assertThat(r.exit()).isZero();
        JsonNode sarif = new ObjectMapper().readTree(out.toFile());
        assertThat(sarif.get("runs").get(0).get("results").get(0).get("ruleId").asText()).isEqualTo("oas-201-without-location");
        assertThat(r.err()).contains("1 description; 0 errors, 1 warning, 0 info");
    }

    @Test
    void helpDocumentsTheCommand() {
        Run r = run("lint", "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("OpenAPI 3.0 or 3.1").contains("Swagger 2.0").contains("--disable").contains("--fail-on")
                .contains("rules --list").contains("exit 2");
    }

    @Test
    void checkHoldsTrafficAgainstTheDescription() throws Exception {
        Path p = api(API);
        Path har = dir.resolve("t.har");
        Files.writeString(har, "{\"log\":{\"version\":\"1.2\",\"entries\":[{\"request\":{\"method\":\"POST\",\"url\":\"https://api.example/items\","
                + "\"httpVersion\":\"HTTP/1.1\",\"headers\":[]},\"response\":{\"status\":409,\"statusText\":\"\",\"httpVersion\":\"HTTP/1.1\","
                + "\"headers\":[{\"name\":\"Date\",\"value\":\"Fri, 20 Nov 2026 10:00:00 GMT\"}],\"content\":{\"size\":2,\"mimeType\":\"text/plain\","
                + "\"text\":\"no\"},\"bodySize\":2}}]}}");
        Run r = run("check", har.toString(), "--openapi", p.toString(), "--fail-on", "warning");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("status-not-in-openapi").contains("409 to POST /items; it declares 201, 401")
                .contains("openapi " + p + ": 1 of 1 operation seen in 1 exchange")
                .contains("    POST /items: 201, 401");
        Run bad = run("check", har.toString(), "--openapi", dir.resolve("none.yaml").toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("--openapi").contains("no such file");
        assertThat(run("check", har.toString(), "--openapi-server", "http://x").exit()).isEqualTo(2);
    }
}
