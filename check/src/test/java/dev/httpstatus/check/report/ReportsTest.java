package dev.httpstatus.check.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.httpstatus.check.CheckSession;
import dev.httpstatus.check.rules.Rules;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The four report formats over the same inputs: two HAR files (one clean, one with violations) and a broken one. */
class ReportsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static List<String> inputs;

    @BeforeAll
    static void files() throws IOException {
        for (String name : List.of("session.har", "violations.har")) {
            try (InputStream in = ReportsTest.class.getResourceAsStream("/har/" + name)) {
                Files.copy(in, dir.resolve(name));
            }
        }
        Files.writeString(dir.resolve("broken.har"), "{\"log\": {\"entries\": [{\"response\": {\"status\": 200}},");
        inputs = List.of(dir.resolve("session.har").toString(), dir.resolve("violations.har").toString(),
                dir.resolve("broken.har").toString());
    }

    private static String run(ReportFormat format, boolean color) throws IOException {
        StringWriter out = new StringWriter();
        Summary s = CheckSession.builder(format.writer(out, color)).build().run(inputs);
        assertThat(s.read()).isEqualTo(s.checked() + s.skipped()).isEqualTo(21);
        assertThat(s.badInputs()).isEqualTo(1);
        return out.toString();
    }

    @Test
    void textGroupsFindingsByExchangeAndEndsWithASummary() throws IOException {
        String text = run(ReportFormat.TEXT, false);
        assertThat(text).doesNotContain("\u001b[");
        assertThat(text).contains("violations.har entry 1 (line ")
                .contains("DELETE https://api.example/items/1 → 405 Method Not Allowed")
                .contains("error   405-without-allow  405 response without Allow  RFC 9110 §15.5.6")
                .contains("session.har entry 6  skipped: status 0")
                .contains("bad input  " + inputs.get(2) + " entry 1 (line 1, column ")
                .contains("truncated");
        assertThat(text.strip().lines().reduce((a, b) -> b).orElseThrow())
                .isEqualTo("3 inputs, 21 entries read: 20 checked, 1 skipped (1 status 0); 4 errors, 3 warnings, 3 info;"
                        + " 1 input unreadable");
        assertThat(run(ReportFormat.TEXT, true)).contains("\u001b[1;31merror");
    }

    @Test
    void jsonFollowsTheDocumentedSchema() throws IOException {
        JsonNode root = JSON.readTree(run(ReportFormat.JSON, false));
        assertThat(root.path("tool").path("name").asText()).isEqualTo("httpstatus check");
        // the build's version, written by Maven into a resource: never typed in a source
        assertThat(root.path("tool").path("version").asText()).isEqualTo(ToolVersion.get()).matches("\\d+\\.\\d+\\.\\d+.*");
        List<String> kinds = new ArrayList<>();
        root.path("results").forEach(r -> kinds.add(r.path("kind").asText()));
        assertThat(kinds).containsOnly("exchange", "skipped", "error");
        assertThat(kinds.stream().filter("exchange"::equals).count()).isEqualTo(9);
        JsonNode first = root.path("results").get(1);
        assertThat(first.path("kind").asText()).isEqualTo("exchange");
        assertThat(first.path("source").path("entry").asInt()).isZero();
        assertThat(first.path("source").path("hop").isNull()).isTrue();
        assertThat(first.path("status").asInt()).isEqualTo(401);
        JsonNode finding = first.path("findings").get(0);
        assertThat(finding.path("rule").asText()).isEqualTo("401-without-www-authenticate");
        assertThat(finding.path("severity").asText()).isEqualTo("error");
        assertThat(finding.path("reference").path("section").asText()).isEqualTo("15.5.2");
        assertThat(finding.path("fix").asText()).isNotBlank();
        JsonNode summary = root.path("summary");
        assertThat(summary.path("read").asLong()).isEqualTo(21);
        assertThat(summary.path("checked").asLong()).isEqualTo(20);
        assertThat(summary.path("skipReasons").path("status 0").asLong()).isEqualTo(1);
        assertThat(summary.path("findings").path("error").asLong()).isEqualTo(4);
        assertThat(summary.path("badInputs").asInt()).isEqualTo(1);
    }

    @Test
    void sarifIsValidAgainstTheSarif210Schema() throws IOException {
        String sarif = run(ReportFormat.SARIF, false);
        JsonNode doc = JSON.readTree(sarif);
        for (JsonSchema schema : sarifSchemas()) {
            Set<ValidationMessage> errors = schema.validate(doc);
            assertThat(errors).isEmpty();
        }

        JsonNode run = doc.path("runs").get(0);
        assertThat(run.path("tool").path("driver").path("rules")).hasSize(Rules.all().size());
        assertThat(run.path("tool").path("driver").path("semanticVersion").asText()).isEqualTo(ToolVersion.get());
        JsonNode result = run.path("results").get(0);
        assertThat(result.path("ruleId").asText()).isEqualTo("401-without-www-authenticate");
        assertThat(result.path("level").asText()).isEqualTo("error");
        JsonNode loc = result.path("locations").get(0);
        assertThat(loc.path("physicalLocation").path("artifactLocation").path("uri").asText())
                .startsWith("file:///").endsWith("/violations.har");
        assertThat(loc.path("physicalLocation").path("region").path("startLine").asInt()).isGreaterThan(1);
        assertThat(loc.path("logicalLocations").get(0).path("name").asText()).isEqualTo("entry 0");
        assertThat(run.path("results")).hasSize(10);
        JsonNode invocation = run.path("invocations").get(0);
        assertThat(invocation.path("executionSuccessful").asBoolean()).isFalse();
        assertThat(invocation.path("toolExecutionNotifications")).hasSize(2); // one skip, one bad input
    }

    @Test
    void aBrokenSarifWouldBeCaught() throws IOException {
        JsonNode bad = JSON.readTree("{\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{}},\"results\":[{\"level\":\"fatal\"}]}]}");
        for (JsonSchema schema : sarifSchemas()) {
            assertThat(schema.validate(bad)).isNotEmpty();
        }
    }

    /**
     * The SARIF 2.1.0 schema twice: its final release candidate (draft-04) and the copy Microsoft's
     * SARIF Multitool validates with (draft 2020-12); see the NOTICE files beside them.
     */
    private List<JsonSchema> sarifSchemas() throws IOException {
        List<JsonSchema> schemas = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/sarif-schema-2.1.0-rtm.5.json")) {
            schemas.add(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in));
        }
        try (InputStream in = getClass().getResourceAsStream("/sarif-schema-2.1.0-multitool.json")) {
            schemas.add(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in));
        }
        return schemas;
    }

    @Test
    void relativePathsStayRelativeInSarif() {
        assertThat(SarifRules.artifactUri("captures/my file.har")).isEqualTo("captures/my%20file.har");
        assertThat(SarifRules.artifactUri("-")).isEqualTo("-");
        assertThat(SarifRules.artifactUri("http://127.0.0.1:8080/x")).isEqualTo("http://127.0.0.1:8080/x");
    }

    @Test
    void junitEscapesWhatItQuotes() throws Exception {
        StringWriter out = new StringWriter();
        ReportWriter w = ReportFormat.JUNIT.writer(out, false);
        w.begin();
        w.input("odd \"name\" <1>.har");
        dev.httpstatus.check.model.Exchange x = dev.httpstatus.check.X.of("GET", 404, "Location: /a\u0001b")
                .url("https://e.example/?q=<x>&y=\"1\"").body(0).build();
        w.exchange(x, dev.httpstatus.check.Checker.standard().check(x));
        w.end(new Summary());
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));
        Element testcase = (Element) doc.getElementsByTagName("testcase").item(0);
        assertThat(testcase.getAttribute("name")).isEqualTo("entry 0: GET https://e.example/?q=<x>&y=\"1\" → 404");
        assertThat(((Element) doc.getElementsByTagName("testsuite").item(0)).getAttribute("name"))
                .isEqualTo("odd \"name\" <1>.har");
        assertThat(doc.getElementsByTagName("failure").getLength()).isEqualTo(4); // Location on 404 and unparsable, empty body, no Date
    }

    @Test
    void junitHasOneTestcasePerExchange() throws Exception {
        String xml = run(ReportFormat.JUNIT, false);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Element root = doc.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        assertThat(root.getAttribute("tests")).isEqualTo("22"); // 20 checked + 1 skipped + 1 unreadable input
        assertThat(root.getAttribute("failures")).isEqualTo("9");
        assertThat(root.getAttribute("skipped")).isEqualTo("1");
        assertThat(root.getAttribute("errors")).isEqualTo("1");
        NodeList suites = doc.getElementsByTagName("testsuite");
        assertThat(suites.getLength()).isEqualTo(3);
        assertThat(((Element) suites.item(1)).getAttribute("tests")).isEqualTo("9");
        NodeList failures = doc.getElementsByTagName("failure");
        assertThat(((Element) failures.item(0)).getAttribute("type")).isEqualTo("401-without-www-authenticate");
        assertThat(doc.getElementsByTagName("testcase").getLength()).isEqualTo(22);
    }
}
