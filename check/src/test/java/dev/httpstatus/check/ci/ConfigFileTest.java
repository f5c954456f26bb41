package dev.httpstatus.check.ci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.httpstatus.check.model.Rule;
import dev.httpstatus.check.rules.Rules;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigFileTest {

    private static final Set<String> KNOWN = Rules.all().stream().map(Rule::id).collect(Collectors.toSet());

    @TempDir
    Path dir;

    private static Suppressions read(String json) throws ControlFileException {
        return ConfigFile.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), ".httpstatus.json",
                "check", KNOWN);
    }

    private static ControlFileException error(String json) {
        ControlFileException e = catchThrowableOfType(() -> read(json), ControlFileException.class);
        assertThat(e).as("expected an error for %s", json).isNotNull();
        return e;
    }

    @Test
    void theDocumentedExampleReads() throws IOException {
        Path file = dir.resolve(ConfigFile.NAME);
        Files.writeString(file, """
                {
                  "$schema": "https://example.invalid/httpstatus.schema.json",
                  "check": {
                    "disable": ["error-without-explanation"],
                    "suppress": [
                      {"rule": "201-without-location", "host": "api.example.com", "path": "/legacy/**",
                       "reason": "v1 clients ignore Location; v1 ends in 2027"},
                      {"rule": "*", "host": "*.analytics.example", "method": "POST", "reason": "a third party"}
                    ]
                  },
                  "lint": {"disable": ["some-lint-rule"], "anything": {"the": ["lint", "section"]}}
                }
                """);
        assertThat(ConfigFile.find(dir)).contains(file);
        Suppressions s = ConfigFile.read(file, "check", KNOWN);
        assertThat(s.all()).hasSize(3);
        Suppression disabled = s.all().get(0);
        assertThat(disabled.rule()).isEqualTo("error-without-explanation");
        assertThat(disabled.isEverywhere()).isTrue();
        assertThat(disabled.origin()).isEqualTo(file + " line 4, column 17");
        Suppression legacy = s.all().get(1);
        assertThat(legacy).isEqualTo(new Suppression("201-without-location", "api.example.com", "/legacy/**", "",
                "v1 clients ignore Location; v1 ends in 2027", file + " line 6, column 7"));
        assertThat(s.all().get(2).method()).isEqualTo("POST");
    }

    @Test
    void theReadmeExampleIsAValidFile() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int section = readme.indexOf("### `--disable` and `.httpstatus.json`");
        int start = readme.indexOf("```json\n", section) + "```json\n".length();
        String example = readme.substring(start, readme.indexOf("```", start));
        Suppressions s = read(example);
        assertThat(s.all()).hasSize(4);
        assertThat(s.all()).allSatisfy(x -> assertThat(x.rule()).isIn(java.util.stream.Stream.concat(KNOWN.stream(),
                java.util.stream.Stream.of("*")).toList()));
    }

    @Test
    void noFileNoSectionNoSuppression() throws IOException {
        assertThat(ConfigFile.find(dir)).isEmpty();
        assertThat(read("{}").isEmpty()).isTrue();
        assertThat(read("{\"lint\": {\"disable\": [\"x\"]}}").isEmpty()).isTrue();
    }

    @ParameterizedTest(name = "[{index}] {3}")
    @CsvSource(delimiter = '|', value = {
        "[]                                                          | 1 | 1 | expected an object at the top level, found an array",
        "{\"chek\": {}}                                              | 1 | 2 | unknown key \"chek\": the sections are check, lint",
        "{\"check\": []}                                             | 1 | 11 | expected an object for section \"check\", found an array",
        "{\"lint\": 3}                                               | 1 | 10 | expected an object for section \"lint\", found a number",
        "{\"check\": {\"disabled\": []}}                             | 1 | 12 | unknown key \"disabled\" in \"check\": expected disable or suppress",
        "{\"check\": {\"disable\": \"x\"}}                           | 1 | 23 | expected an array of rule ids, found a string",
        "{\"check\": {\"disable\": [7]}}                             | 1 | 24 | expected a rule id (a string), found a number",
        "{\"check\": {\"disable\": [\"405-without-alow\"]}}          | 1 | 24 | no rule \"405-without-alow\"; did you mean 405-without-allow",
        "{\"check\": {\"disable\": [\"*\"]}}                         | 1 | 24 | \"*\" would disable every rule",
        "{\"check\": {\"suppress\": [{\"path\": \"/x\"}]}}           | 1 | 25 | a suppression needs \"rule\"",
        "{\"check\": {\"suppress\": [{\"rule\": \"*\"}]}}            | 1 | 25 | a suppression needs \"host\", \"path\" or \"method\"",
        "{\"check\": {\"suppress\": [{\"rule\": \"*\", \"hots\": \"a\"}]}} | 1 | 39 | unknown key \"hots\" in a suppression",
        "{\"check\": {\"suppress\": [{\"rule\": \"*\", \"host\": \"https://a\"}]}} | 1 | 47 | \"host\": expected a host name",
        "{\"check\": {\"suppress\": [{\"rule\": \"*\", \"host\": \"a:80\"}]}} | 1 | 47 | \"host\": expected a host name",
        "{\"check\": {\"suppress\": [{\"rule\": \"*\", \"path\": \"legacy\"}]}} | 1 | 47 | \"path\": expected a pattern starting with '/'",
        "{\"check\": {\"suppress\": [{\"rule\": \"*\", \"path\": \"/a?b=1\"}]}} | 1 | 47 | without query or fragment",
        "{\"check\": {\"suppress\": [{\"rule\": \"*\", \"method\": \"GE T\"}]}} | 1 | 49 | \"method\": expected a method name",
        "{\"check\": {\"suppress\": [{\"rule\": 5}]}}                | 1 | 34 | expected a rule id or \"*\" (a string), found a number",
        "{\"check\": {\"suppress\": [{\"rule\": \"*\", \"path\": \"/a\", \"reason\": null}]}} | 1 | 63 | expected the reason, as text",
        "{\"check\": {\"disable\": [], \"disable\": []}}             | 1 | 36 | Duplicate field 'disable'",
        "{\"check\": {\"disable\": [}}                               | 1 | 24 | not valid JSON",
        "{\"check\": {}                                              | 1 | 13 | not valid JSON",
        "{\"check\": {}} {}                                          | 1 | 15 | after the end of the top-level object",
    })
    void everyMistakeIsLocated(String json, int line, int column, String message) {
        ControlFileException e = error(json);
        assertThat(e.getMessage()).startsWith(".httpstatus.json (line " + line + ", column ").contains(message);
        assertThat(e.line()).isEqualTo(line);
        assertThat(e.column()).isEqualTo(column);
    }

    @Test
    void anEmptyFileIsNamedWithoutAPosition() {
        assertThat(error("").getMessage()).isEqualTo(".httpstatus.json: empty file: expected an object such as"
                + " {\"check\": {\"disable\": [...]}}");
        assertThat(error(" \n ").line()).isEqualTo(-1);
    }

    @Test
    void linesAreCountedAcrossTheFile() {
        ControlFileException e = error("{\n  \"check\": {\n    \"disable\": [\n      \"nope-nope-nope-nope\"\n    ]\n  }\n}\n");
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.column()).isEqualTo(7);
        assertThat(e.file()).isEqualTo(".httpstatus.json");
    }

    @Test
    void missingDirectoryAndHugeFilesAreNamed() throws IOException {
        assertThat(catchThrowableOfType(() -> ConfigFile.read(dir.resolve("none.json"), "check", KNOWN),
                ControlFileException.class)).hasMessageEndingWith("none.json: no such file");
        assertThat(catchThrowableOfType(() -> ConfigFile.read(dir, "check", KNOWN), ControlFileException.class))
                .hasMessageContaining("is a directory");
        Path big = dir.resolve("big.json");
        Files.writeString(big, "{\"check\": {\"disable\": [" + "\"error-without-explanation\",".repeat(40_000) + "]}}");
        assertThat(catchThrowableOfType(() -> ConfigFile.read(big, "check", KNOWN), ControlFileException.class))
                .hasMessageContaining("too large");
    }

    /** Whatever the bytes, reading ends in suppressions or a located error: never another exception. */
    @Property(tries = 1000)
    void anyTextEndsInSuppressionsOrALocatedError(@ForAll String text) {
        try {
            read(text);
        } catch (ControlFileException e) {
            assertThat(e.getMessage()).startsWith(".httpstatus.json");
        }
    }

    @Property(tries = 500)
    void anyMutationOfAValidFileEndsCleanly(@ForAll("mutations") String text) {
        try {
            read(text);
        } catch (ControlFileException e) {
            assertThat(e.getMessage()).startsWith(".httpstatus.json");
        }
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> mutations() {
        String valid = "{\"check\": {\"disable\": [\"error-without-explanation\"], \"suppress\": [{\"rule\": \"*\","
                + " \"host\": \"a.example\", \"path\": \"/x/**\", \"reason\": \"r\"}]}, \"lint\": {\"x\": [1, {}]}}";
        return net.jqwik.api.Arbitraries.integers().between(0, valid.length() - 1)
                .flatMap(at -> net.jqwik.api.Arbitraries.chars().ascii().map(c ->
                        valid.substring(0, at) + c + valid.substring(at + 1)));
    }
}
