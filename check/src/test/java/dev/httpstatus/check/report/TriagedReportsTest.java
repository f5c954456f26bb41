package dev.httpstatus.check.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.httpstatus.check.CheckSession;
import dev.httpstatus.check.ci.Baseline;
import dev.httpstatus.check.ci.Fingerprint;
import dev.httpstatus.check.ci.Suppression;
import dev.httpstatus.check.ci.Suppressions;
import dev.httpstatus.check.ci.Triage;
import dev.httpstatus.check.model.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reports of a run that sets findings aside: violations.har with 405-without-allow disabled,
 * everything on /old suppressed from a config file, and 201-without-location in the baseline.
 */
class TriagedReportsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static List<String> inputs;

    static final Suppression OLD = new Suppression("*", "api.example", "/old", "", "moved for good, clients know",
            ".httpstatus.json line 5, column 7");
    static final Triage TRIAGE = Triage.of(
            Suppressions.disabling(List.of("405-without-allow"), "--disable").plus(Suppressions.of(List.of(OLD))),
            Baseline.of("check", List.of(new Baseline.Entry("201-without-location", "POST /items 201"))));

    @BeforeAll
    static void files() throws IOException {
        try (InputStream in = TriagedReportsTest.class.getResourceAsStream("/har/violations.har")) {
            Files.copy(in, dir.resolve("violations.har"));
        }
        inputs = List.of(dir.resolve("violations.har").toString());
    }

    private static String run(ReportFormat format, Triage triage, Summary[] summary) throws IOException {
        StringWriter out = new StringWriter();
        Summary s = CheckSession.builder(format.writer(out, false)).triage(triage).build().run(inputs);
        if (summary != null) {
            summary[0] = s;
        }
        return out.toString();
    }

    @Test
    void setAsideFindingsAreCountedApartAndNeverFail() throws IOException {
        Summary[] plain = new Summary[1];
        Summary[] triaged = new Summary[1];
        run(ReportFormat.TEXT, Triage.none(), plain);
        String text = run(ReportFormat.TEXT, TRIAGE, triaged);
        Summary s = triaged[0];
        assertThat(s.suppressed()).isEqualTo(2);  // 405-without-allow, 302-without-location on /old
        assertThat(s.inBaseline()).isEqualTo(1);  // 201-without-location
        assertThat(s.count(Severity.ERROR)).isEqualTo(plain[0].count(Severity.ERROR) - 1);
        assertThat(s.count(Severity.WARNING)).isEqualTo(plain[0].count(Severity.WARNING) - 2);
        assertThat(s.exchangesWithFindings()).isEqualTo(plain[0].exchangesWithFindings() - 2);
        assertThat(text).doesNotContain("405-without-allow").doesNotContain("201-without-location")
                .doesNotContain("/old");
        assertThat(text.strip().lines().reduce((a, b) -> b).orElseThrow()).endsWith("; 2 suppressed, 1 in baseline");
        assertThat(plain[0].toString()).doesNotContain("suppressed");
    }

    @Test
    void jsonListsWhatWasSetAsideAndWhy() throws IOException {
        JsonNode root = JSON.readTree(run(ReportFormat.JSON, TRIAGE, null));
        List<String> suppressed = new ArrayList<>();
        List<String> baselined = new ArrayList<>();
        JsonNode delete = null;
        for (JsonNode r : root.path("results")) {
            r.path("suppressed").forEach(f -> suppressed.add(f.path("rule").asText()));
            r.path("inBaseline").forEach(f -> baselined.add(f.path("rule").asText()));
            if (r.path("method").asText().equals("DELETE")) {
                delete = r;
            }
            r.path("findings").forEach(f -> assertThat(f.path("rule").asText())
                    .isNotIn("405-without-allow", "201-without-location"));
        }
        assertThat(suppressed).containsExactlyInAnyOrder("405-without-allow", "302-without-location");
        assertThat(baselined).containsExactly("201-without-location");
        JsonNode by = delete.path("suppressed").get(0).path("suppressedBy");
        assertThat(by.path("rule").asText()).isEqualTo("405-without-allow");
        assertThat(by.path("origin").asText()).isEqualTo("--disable");
        assertThat(delete.path("suppressed").get(0).path("fingerprint").asText())
                .isEqualTo(Fingerprint.of("405-without-allow", "DELETE /items/{id} 405").value());
        assertThat(delete.path("findings").get(0).path("rule").asText()).isEqualTo("error-without-explanation");
        assertThat(delete.path("findings").get(0).path("fingerprint").asText()).matches("[0-9a-f]{16}");
        for (JsonNode r : root.path("results")) {
            if (r.path("url").asText().endsWith("/old")) {
                JsonNode old = r.path("suppressed").get(0).path("suppressedBy");
                assertThat(old.path("reason").asText()).isEqualTo("moved for good, clients know");
                assertThat(old.path("path").asText()).isEqualTo("/old");
                assertThat(old.path("origin").asText()).isEqualTo(".httpstatus.json line 5, column 7");
                assertThat(r.path("findings")).isEmpty();
            }
        }
        assertThat(root.path("summary").path("suppressed").asLong()).isEqualTo(2);
        assertThat(root.path("summary").path("inBaseline").asLong()).isEqualTo(1);
    }

    @Test
    void sarifMarksSuppressionsAndBaselineStatesAndStaysValid() throws IOException {
        JsonNode doc = JSON.readTree(run(ReportFormat.SARIF, TRIAGE, null));
        try (InputStream a = getClass().getResourceAsStream("/sarif-schema-2.1.0-rtm.5.json");
                InputStream b = getClass().getResourceAsStream("/sarif-schema-2.1.0-multitool.json")) {
            assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(a).validate(doc)).isEmpty();
            assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(b).validate(doc)).isEmpty();
        }
        JsonNode results = doc.path("runs").get(0).path("results");
        assertThat(results).hasSize(10); // all findings, set aside or not
        int suppressed = 0;
        for (JsonNode r : results) {
            String rule = r.path("ruleId").asText();
            JsonNode prints = r.path("partialFingerprints");
            assertThat(prints.path("primaryLocationLineHash").asText()).matches("[0-9a-f]{16}")
                    .isEqualTo(prints.path("httpstatusFinding/v1").asText());
            if (rule.equals("201-without-location")) {
                assertThat(r.path("baselineState").asText()).isEqualTo("unchanged");
                assertThat(r.has("suppressions")).isFalse();
            } else {
                assertThat(r.path("baselineState").asText()).isEqualTo("new");
            }
            if (r.has("suppressions")) {
                suppressed++;
                assertThat(r.path("suppressions").get(0).path("kind").asText()).isEqualTo("external");
                assertThat(r.path("suppressions").get(0).path("justification").asText()).isNotBlank();
            }
        }
        assertThat(suppressed).isEqualTo(2);
    }

    @Test
    void withoutABaselineSarifHasNoBaselineStateButStillFingerprints() throws IOException {
        JsonNode results = JSON.readTree(run(ReportFormat.SARIF, Triage.none(), null)).path("runs").get(0).path("results");
        for (JsonNode r : results) {
            assertThat(r.has("baselineState")).isFalse();
            assertThat(r.has("suppressions")).isFalse();
            assertThat(r.path("partialFingerprints").path("httpstatusFinding/v1").asText()).matches("[0-9a-f]{16}");
        }
    }

    @Test
    void junitFailsOnlyForReportedFindings() throws IOException {
        String xml = run(ReportFormat.JUNIT, TRIAGE, null);
        assertThat(xml).doesNotContain("type=\"405-without-allow\"").doesNotContain("type=\"201-without-location\"")
                .contains("type=\"error-without-explanation\"");
    }
}
