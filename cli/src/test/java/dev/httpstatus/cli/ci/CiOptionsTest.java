package dev.httpstatus.cli.ci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.httpstatus.check.model.Severity;
import dev.httpstatus.check.report.ReportFormat;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The options check and lint share, parsed by picocli as either command parses them. */
class CiOptionsTest {

    @Command(name = "lint")
    static final class Host {
        @Mixin
        CiOptions ci;
    }

    private static CiOptions parse(String... args) {
        Host h = new Host();
        new CommandLine(h).parseArgs(args);
        return h.ci;
    }

    private static final Supplier<Set<String>> KNOWN = () -> Set.of("oas-405-without-allow", "oas-201-without-location");

    @TempDir
    Path dir;

    @Test
    void defaultsAreATextReportFailingOnErrors() {
        CiOptions ci = parse();
        assertThat(ci.format()).isEqualTo(ReportFormat.TEXT);
        assertThat(ci.threshold()).contains(Severity.ERROR);
        assertThat(ci.output()).isEmpty();
        assertThat(ci.writeBaseline()).isEmpty();
    }

    @Test
    void neverMeansNoThreshold() {
        assertThat(parse("--fail-on", "never").threshold()).isEmpty();
        assertThat(parse("--fail-on", "WARNING").threshold()).contains(Severity.WARNING);
    }

    @Test
    void badValuesAreUsageErrorsNamingTheOption() {
        assertThatThrownBy(() -> parse("--format", "xml").format())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--format: expected text, json, sarif or junit, got 'xml'");
        assertThatThrownBy(() -> parse("--fail-on", "fatal").threshold())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--fail-on: expected error, warning, info or never, got 'fatal'");
    }

    @Test
    void ruleIdsAreAskedForOnlyWhenThereAreIdsToCheck() throws Exception {
        Supplier<Set<String>> never = () -> {
            throw new AssertionError("the rule ids were built without an id to check");
        };
        assertThat(parse("--no-config").triage("lint", never, dir).recorder()).isEmpty();
        assertThat(parse("--disable", " ,", "--no-config").triage("lint", never, dir).recorder()).isEmpty();
        assertThatThrownBy(() -> parse("--disable", "x", "--no-config").triage("lint", never, dir))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void emptyIdsInDisableAreSkippedAndUnknownOnesNamed() throws Exception {
        assertThat(parse("--disable", "oas-405-without-allow,,", "--no-config").triage("lint", KNOWN, dir).recorder()).isEmpty();
        assertThatThrownBy(() -> parse("--disable", "oas-405-without-alow", "--no-config").triage("lint", KNOWN, dir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("--disable: ")
                .hasMessageContaining("oas-405-without-allow");
    }

    @Test
    void contradictionsAreUsageErrors() {
        assertThatThrownBy(() -> parse("--baseline", "a.json", "--write-baseline", "b.json").triage("lint", KNOWN, dir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot be combined with --baseline");
        assertThatThrownBy(() -> parse("--config", "c.json", "--no-config").triage("lint", KNOWN, dir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--config and --no-config contradict each other");
    }

    @Test
    void writingABaselineRecordsForTheTool() throws Exception {
        CiOptions.Run run = parse("--write-baseline", dir.resolve("b.json").toString(), "--no-config").triage("lint", KNOWN, dir);
        assertThat(run.recorder()).isPresent();
        assertThat(parse("--write-baseline", "x.json").writeBaseline()).contains(Path.of("x.json"));
    }
}
