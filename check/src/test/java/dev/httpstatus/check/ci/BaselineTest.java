package dev.httpstatus.check.ci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.httpstatus.check.model.Severity;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {

    @TempDir
    Path dir;

    private static Occurrence o(String rule, String key) {
        return Occurrence.of(rule, Severity.ERROR, key);
    }

    @Test
    void writesOneSortedLinePerDistinctFinding() throws IOException {
        Baseline.Recorder r = Baseline.recorder("check");
        r.add(o("405-without-allow", "DELETE /items/{id} 405"));
        r.add(o("201-without-location", "POST /items 201"));
        r.add(o("405-without-allow", "DELETE /items/{id} 405")); // seen again: one line
        r.add(o("201-without-location", "POST /b \"quoted\" 201"));
        assertThat(r.size()).isEqualTo(3);
        StringWriter out = new StringWriter();
        r.build().write(out);
        assertThat(out.toString()).isEqualTo("""
                {
                  "tool": "httpstatus check",
                  "version": 1,
                  "findings": [
                    {"rule": "201-without-location", "location": "POST /b \\"quoted\\" 201", "fingerprint": "%s"},
                    {"rule": "201-without-location", "location": "POST /items 201", "fingerprint": "%s"},
                    {"rule": "405-without-allow", "location": "DELETE /items/{id} 405", "fingerprint": "%s"}
                  ]
                }
                """.formatted(Fingerprint.of("201-without-location", "POST /b \"quoted\" 201"),
                Fingerprint.of("201-without-location", "POST /items 201"),
                Fingerprint.of("405-without-allow", "DELETE /items/{id} 405")));
    }

    @Test
    void anEmptyBaselineIsStillAFile() throws IOException {
        StringWriter out = new StringWriter();
        Baseline.empty("lint").write(out);
        assertThat(out.toString()).isEqualTo("{\n  \"tool\": \"httpstatus lint\",\n  \"version\": 1,\n  \"findings\": []\n}\n");
        Path f = dir.resolve("b.json");
        Baseline.empty("lint").write(f);
        assertThat(Baseline.read(f, "lint").size()).isZero();
    }

    /** The order findings arrive in never shows in the file: runs with --jobs, or fresh captures, diff clean. */
    @Property(tries = 200)
    void theFileDependsOnTheSetOnly(@ForAll @Size(max = 30) List<@net.jqwik.api.constraints.AlphaChars String> keys)
            throws IOException {
        List<String> shuffled = new ArrayList<>(keys);
        Collections.shuffle(shuffled);
        assertThat(written(shuffled)).isEqualTo(written(keys));
    }

    private static String written(List<String> keys) throws IOException {
        Baseline.Recorder r = Baseline.recorder("check");
        for (String k : keys) {
            r.add(o(k.isEmpty() ? "r" : "r-" + k.length(), "GET /" + k + " 200"));
        }
        StringWriter out = new StringWriter();
        r.build().write(out);
        return out.toString();
    }

    @Test
    void readsWhatItWrote() throws IOException {
        Baseline.Recorder r = Baseline.recorder("check");
        Occurrence a = o("201-without-location", "POST /items 201");
        Occurrence unicode = o("reason-phrase-differs", "GET /caf\u00e9/\u2603 200");
        r.add(a);
        r.add(unicode);
        Path f = dir.resolve("baseline.json");
        r.build().write(f);
        Baseline b = Baseline.read(f, "check");
        assertThat(b.size()).isEqualTo(2);
        assertThat(b.contains(a)).isTrue();
        assertThat(b.contains(unicode)).isTrue();
        assertThat(b.contains(o("201-without-location", "POST /other 201"))).isFalse();
        assertThat(b.contains(a.fingerprint())).isTrue();
        assertThat(b.entries()).extracting(Baseline.Entry::rule).containsExactly("201-without-location", "reason-phrase-differs");
        r.build().write(f); // replaces the file whole
        assertThat(Baseline.read(f, "check").size()).isEqualTo(2);
        try (var files = Files.list(dir)) {
            assertThat(files).as("no temporary file left").containsExactly(f);
        }
    }

    @Test
    void handWrittenEntriesWithoutFingerprintCount() throws IOException {
        Path f = dir.resolve("b.json");
        Files.writeString(f, "{\"tool\": \"httpstatus check\", \"findings\": [{\"rule\": \"r\", \"location\": \"GET / 200\"}]}");
        assertThat(Baseline.read(f, "check").contains(o("r", "GET / 200"))).isTrue();
    }

    @Test
    void mistakesAreLocated() throws IOException {
        assertThat(problem("{\"tool\": \"httpstatus lint\", \"findings\": []}"))
                .isEqualTo("b.json (line 1, column 10): this baseline is for \"httpstatus lint\", not \"httpstatus check\"");
        assertThat(problem("{\"tool\": \"httpstatus check\", \"version\": 2, \"findings\": []}"))
                .contains("(line 1, column 41): baseline format version 2 is not understood");
        assertThat(problem("{\"tool\": \"httpstatus check\", \"findings\": [{\"rule\": \"r\", \"location\": \"GET / 200\","
                + " \"fingerprint\": \"0000000000000000\"}]}"))
                .contains("(line 1, column 43): fingerprint 0000000000000000 does not belong to rule \"r\"")
                .contains("edited by hand");
        assertThat(problem("{\"tool\": \"httpstatus check\", \"findings\": [{\"rule\": \"r\"}]}"))
                .contains("(line 1, column 43): a finding needs \"rule\" and \"location\"");
        assertThat(problem("{\"tool\": \"httpstatus check\", \"findings\": [], \"extra\": 1}"))
                .contains("(line 1, column 46): unknown key \"extra\"");
        assertThat(problem("{\"findings\": []}")).isEqualTo("b.json: not a baseline: \"tool\" is missing");
        assertThat(problem("{\"tool\": \"httpstatus check\"")).contains("not valid JSON");
        assertThat(problem("")).isEqualTo("b.json: empty file: expected a baseline {\"tool\": …, \"findings\": […]}");
    }

    private String problem(String text) throws IOException {
        Path f = dir.resolve("b.json");
        Files.writeString(f, text);
        ControlFileException e = catchThrowableOfType(() -> Baseline.read(f, "check"), ControlFileException.class);
        assertThat(e).isNotNull();
        return e.getMessage().replace(f.toString(), "b.json");
    }
}
