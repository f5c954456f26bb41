package dev.httpstatus.openapi.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.httpstatus.check.model.Severity;
import dev.httpstatus.check.report.ReportFormat;
import dev.httpstatus.openapi.lint.LintRun;
import dev.httpstatus.openapi.lint.Linter;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** The four lint report formats on one description with findings and one that cannot be read. */
class LintReportsTest {

    static final String API = """
            openapi: 3.0.3
            info: {title: t, version: "1"}
            paths:
              /pets:
                get:
                  responses:
                    '200': {description: ok}
                    '401': {$ref: '#/components/responses/Unauthorized'}
                delete:
                  responses:
                    '204':
                      description: gone
                      content: {application/json: {schema: {type: object}}}
            components:
              responses:
                Unauthorized:
                  description: who
                  content: {application/problem+json: {schema: {type: object}}}
            """;

    private String run(ReportFormat f, Path dir, LintSummary[] summary) throws Exception {
        Path good = dir.resolve("api.yaml");
        Files.writeString(good, API);
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "openapi: 3.0.3\npaths: [\n");
        StringWriter out = new StringWriter();
        summary[0] = new LintRun(Linter.standard(), LintReportWriter.of(f, out, false))
                .run(List.of(good.toString(), bad.toString()));
        return out.toString();
    }

    @Test
    void textNamesFileLineColumnOperationAndFix(@TempDir Path dir) throws Exception {
        LintSummary[] s = new LintSummary[1];
        String text = run(ReportFormat.TEXT, dir, s);
        assertThat(text).contains(dir.resolve("api.yaml") + ":11:9  DELETE /pets → 204  (/paths/~1pets/delete/responses/204)")
                .contains("error   oas-content-in-bodiless-response  1xx, 204, 304 response declares content: 204 with application/json")
                .contains(dir.resolve("api.yaml") + ":16:5  used by GET /pets  (/components/responses/Unauthorized)")
                .contains("fix: Declare WWW-Authenticate in the response's headers")
                .contains("bad input  " + dir.resolve("bad.yaml") + " (line 2, column 9): malformed YAML")
                .endsWith("2 descriptions, 1 unreadable; 2 errors, 0 warnings, 0 info\n");
        assertThat(s[0].exitCode(Severity.ERROR)).isEqualTo(2);
    }

    @Test
    void jsonCarriesRulePointerPositionAndKey(@TempDir Path dir) throws Exception {
        LintSummary[] s = new LintSummary[1];
        JsonNode doc = new ObjectMapper().readTree(run(ReportFormat.JSON, dir, s));
        JsonNode first = doc.get("results").get(0);
        assertThat(first.get("kind").asText()).isEqualTo("description");
        assertThat(first.get("spec").asText()).isEqualTo("OpenAPI 3.0");
        JsonNode f = first.get("findings").get(0);
        assertThat(f.get("rule").asText()).isEqualTo("oas-content-in-bodiless-response");
        assertThat(f.get("location").get("pointer").asText()).isEqualTo("/paths/~1pets/delete/responses/204");
        assertThat(f.get("location").get("line").asInt()).isEqualTo(11);
        assertThat(f.get("key").asText()).endsWith("api.yaml#/paths/~1pets/delete/responses/204");
        assertThat(doc.get("results").get(1).get("kind").asText()).isEqualTo("error");
        assertThat(doc.get("summary").get("findings").get("error").asInt()).isEqualTo(2);
    }

    @Test
    void sarifIsValidAndPointsAtLineAndColumn(@TempDir Path dir) throws Exception {
        LintSummary[] s = new LintSummary[1];
        JsonNode doc = new ObjectMapper().readTree(run(ReportFormat.SARIF, dir, s));
        for (JsonSchema schema : sarifSchemas()) {
            assertThat(schema.validate(doc)).as("SARIF schema").isEmpty();
        }
        JsonNode run = doc.get("runs").get(0);
        JsonNode result = run.get("results").get(0);
        JsonNode region = result.get("locations").get(0).get("physicalLocation").get("region");
        assertThat(region.get("startLine").asInt()).isEqualTo(11);
        assertThat(region.get("startColumn").asInt()).isEqualTo(9);
        assertThat(result.get("locations").get(0).get("logicalLocations").get(0).get("name").asText())
                .isEqualTo("/paths/~1pets/delete/responses/204");
        assertThat(run.get("invocations").get(0).get("executionSuccessful").asBoolean()).isFalse();
        assertThat(dev.httpstatus.check.report.SarifRules.artifactUri("specs/my api.yaml")).isEqualTo("specs/my%20api.yaml");
    }

    /**
     * One finding suppressed by --disable, one accepted by a baseline: the JSON lists them apart with
     * why, SARIF marks them (suppressions, baselineState) and stays valid, and nothing is reported.
     */
    @Test
    void jsonAndSarifListWhatASuppressionOrTheBaselineSetAside(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("api.yaml");
        Files.writeString(good, API);
        dev.httpstatus.openapi.lint.LintFinding unauthorized = Linter.standard()
                .lint(dev.httpstatus.openapi.ApiDescription.read(good)).findings().stream()
                .filter(f -> f.rule().id().equals("oas-401-without-www-authenticate")).findFirst().orElseThrow();
        dev.httpstatus.check.ci.Triage triage = dev.httpstatus.check.ci.Triage.of(
                dev.httpstatus.check.ci.Suppressions.disabling(List.of("oas-content-in-bodiless-response"), "--disable"),
                dev.httpstatus.check.ci.Baseline.of("lint", List.of(
                        dev.httpstatus.check.ci.Baseline.Entry.of(LintRun.occurrence(unauthorized)))));
        StringWriter json = new StringWriter();
        LintSummary s = new LintRun(Linter.standard(), LintReportWriter.of(ReportFormat.JSON, json, false), triage, null)
                .run(List.of(good.toString()));
        assertThat(s.exitCode(Severity.ERROR)).isZero();
        JsonNode d = new ObjectMapper().readTree(json.toString()).get("results").get(0);
        assertThat(d.get("findings")).isEmpty();
        assertThat(d.get("suppressed")).hasSize(1);
        assertThat(d.get("suppressed").get(0).get("rule").asText()).isEqualTo("oas-content-in-bodiless-response");
        assertThat(d.get("suppressed").get(0).get("location").get("line").asInt()).isEqualTo(11);
        assertThat(d.get("suppressed").get(0).get("suppressedBy").get("origin").asText()).isEqualTo("--disable");
        assertThat(d.get("inBaseline")).hasSize(1);
        assertThat(d.get("inBaseline").get(0).get("rule").asText()).isEqualTo("oas-401-without-www-authenticate");

        StringWriter sarif = new StringWriter();
        new LintRun(Linter.standard(), LintReportWriter.of(ReportFormat.SARIF, sarif, false), triage, null)
                .run(List.of(good.toString()));
        JsonNode doc = new ObjectMapper().readTree(sarif.toString());
        for (JsonSchema schema : sarifSchemas()) {
            assertThat(schema.validate(doc)).as("SARIF schema").isEmpty();
        }
        JsonNode results = doc.get("runs").get(0).get("results");
        assertThat(results).hasSize(2);
        for (JsonNode r : results) {
            if (r.get("ruleId").asText().equals("oas-content-in-bodiless-response")) {
                assertThat(r.get("suppressions").get(0).get("status").asText()).isEqualTo("accepted");
                assertThat(r.get("baselineState").asText()).isEqualTo("new");
            } else {
                assertThat(r.has("suppressions")).isFalse();
                assertThat(r.get("baselineState").asText()).isEqualTo("unchanged");
            }
        }
    }

    @Test
    void junitHasATestcasePerOperation(@TempDir Path dir) throws Exception {
        LintSummary[] s = new LintSummary[1];
        String xml = run(ReportFormat.JUNIT, dir, s);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getAttribute("tests")).isEqualTo("3");
        assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo("2");
        assertThat(doc.getDocumentElement().getAttribute("errors")).isEqualTo("1");
        assertThat(doc.getElementsByTagName("failure").getLength()).isEqualTo(2);
    }

    /** The SARIF 2.1.0 schemas the checker's tests use (see check/src/test/resources/*.NOTICE). */
    static List<JsonSchema> sarifSchemas() throws Exception {
        Path res = Path.of("../check/src/test/resources");
        try (InputStream a = Files.newInputStream(res.resolve("sarif-schema-2.1.0-rtm.5.json"));
             InputStream b = Files.newInputStream(res.resolve("sarif-schema-2.1.0-multitool.json"))) {
            return List.of(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(a),
                    JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(b));
        }
    }
}
