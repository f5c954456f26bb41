package dev.httpstatus.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpstatus.openapi.lint.LintFinding;
import dev.httpstatus.openapi.lint.LintResult;
import dev.httpstatus.openapi.lint.Linter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The linter on nineteen real API descriptions (see src/test/resources/real/README.md): every finding it
 * raises is listed, with a verdict, in expected-findings.tsv, and nothing else is raised.
 */
class RealDescriptionsTest {

    static final Path DIR = Path.of("src/test/resources/real");

    record Row(String file, String rule, String pointer, String verdict) {
        String key() {
            return file + " " + rule + " " + pointer;
        }
    }

    static List<Row> expected() throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(DIR.resolve("expected-findings.tsv"))) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            rows.add(new Row(f[0], f[1], f[2], f[3]));
        }
        return rows;
    }

    static List<String> files() throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(DIR.resolve("SOURCES.tsv"))) {
            if (!line.startsWith("file\t")) {
                out.add(line.split("\t")[0]);
            }
        }
        return out;
    }

    @Test
    void everyFindingOnTheRealDescriptionsIsJudged() throws Exception {
        Set<String> actual = new TreeSet<>();
        for (String f : files()) {
            LintResult r = Linter.standard().lint(ApiDescription.read(DIR.resolve(f)));
            for (LintFinding x : r.findings()) {
                actual.add(f + " " + x.rule().id() + " " + x.pointer());
            }
        }
        Set<String> kept = new TreeSet<>();
        Set<String> fixed = new TreeSet<>();
        for (Row row : expected()) {
            assertThat(row.verdict()).as(row.key()).matches("(real|absent: false alarm fixed)\\b.+");
            (row.verdict().startsWith("real") ? kept : fixed).add(row.key());
        }
        assertThat(actual).as("findings not judged in expected-findings.tsv").isSubsetOf(kept);
        assertThat(kept).as("judged findings no longer raised").isSubsetOf(actual);
        assertThat(actual).as("false alarms that came back").doesNotContainAnyElementsOf(fixed);
    }

    @ParameterizedTest
    @CsvSource({
        "redocly-museum-3.1.yaml, OPENAPI_3_1, 8, 25",
        "gotify-swagger2.json, SWAGGER_2_0, 32, 141",
        "backstage-catalog-3.0.yaml, OPENAPI_3_0, 16, 44",
        "zally-api-3.0.yaml, OPENAPI_3_0, 3, 9",
        "qdrant-0.4.2-3.0.json, OPENAPI_3_0, 9, 18",
        "oai-api-with-examples-3.0.yaml, OPENAPI_3_0, 2, 4",
        "gitea-swagger2-large.json, SWAGGER_2_0, 310, 614",
        "mayastor-control-plane-3.0.yaml, OPENAPI_3_0, 54, 162",
        "docker-engine-v1.25-swagger2.yaml, SWAGGER_2_0, 94, 283",
        "cleanarchitecture-nswag-3.0.json, OPENAPI_3_0, 10, 40",
        "answer-swaggo-swagger2.json, SWAGGER_2_0, 199, 198",
        "discord-3.1.json, OPENAPI_3_1, 242, 738",
        "prefect-fastapi-3.1.json, OPENAPI_3_1, 179, 356",
        "twilio-verify-3.0.json, OPENAPI_3_0, 57, 60",
    })
    void readsEveryOperationAndResponse(String file, ApiDescription.Kind kind, int operations, int responses) throws Exception {
        ApiDescription d = ApiDescription.read(DIR.resolve(file));
        assertThat(d.kind()).isEqualTo(kind);
        assertThat(d.operations()).hasSize(operations);
        assertThat(d.operations().stream().mapToInt(o -> o.responses().size()).sum()).isEqualTo(responses);
    }

    @Test
    void findingsPointAtTheLineOfTheResponseKey() throws Exception {
        Map<String, List<String>> lines = new LinkedHashMap<>();
        for (String f : files()) {
            lines.put(f, Files.readAllLines(DIR.resolve(f)));
        }
        for (String f : files()) {
            for (LintFinding x : Linter.standard().lint(ApiDescription.read(DIR.resolve(f))).findings()) {
                String line = lines.get(f).get(x.position().line() - 1);
                String key = x.pointer().last();
                assertThat(line.substring(x.position().column() - 1)).as(f + " " + x.pointer())
                        .matches("[\"']?" + java.util.regex.Pattern.quote(key) + "[\"']?\\s*:.*");
            }
        }
    }
}
