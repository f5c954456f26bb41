package dev.httpstatus.cli.ci;

import dev.httpstatus.check.ci.Baseline;
import dev.httpstatus.check.ci.ConfigFile;
import dev.httpstatus.check.ci.ControlFileException;
import dev.httpstatus.check.ci.RuleIds;
import dev.httpstatus.check.ci.Suppressions;
import dev.httpstatus.check.ci.Triage;
import dev.httpstatus.check.model.Severity;
import dev.httpstatus.check.report.ReportFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/**
 * The options {@code check} and {@code lint} share, as a picocli mixin: the report's format and
 * destination, the severity that fails the run, and the controls a CI job uses to live with known
 * findings (rules switched off, the configuration file's section, baselines). The command named
 * in {@code ${COMMAND-NAME}} is the configuration file's section and the baseline's tool.
 *
 * <pre>{@code
 * @Mixin CiOptions ci;
 * ...
 * ReportFormat format = ci.format();                       // IllegalArgumentException: a usage error
 * CiOptions.Run run = ci.triage("lint", () -> knownIds, workDir);
 * }</pre>
 */
public final class CiOptions {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Report format: text, json, sarif (SARIF 2.1.0) or junit (JUnit XML). Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
            description = "Exit 1 when a finding is at least this severe: error, warning, info or never."
                    + " Default: ${DEFAULT-VALUE}.")
    String failOn;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of stdout.")
    Path output;

    @Option(names = "--no-color", description = "No colour, even on a terminal (NO_COLOR does the same).")
    boolean noColor;

    @Option(names = "--disable", paramLabel = "RULE", split = ",",
            description = "Switch these rules off (ids as 'httpstatus rules --list' shows them; their findings are"
                    + " counted as suppressed); repeatable, or comma-separated.")
    List<String> disable = new ArrayList<>();

    @Option(names = "--config", paramLabel = "FILE",
            description = "Suppressions from FILE's \"${COMMAND-NAME}\" section instead of ./" + ConfigFile.NAME
                    + " (read when present).")
    Path config;

    @Option(names = "--no-config", description = "Do not read ./" + ConfigFile.NAME + ".")
    boolean noConfig;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Report only findings not in this baseline; those in it are counted as 'in baseline'.")
    Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE",
            description = "Record every finding not suppressed in a new baseline FILE (written only when every"
                    + " input could be read); the run counts them as 'in baseline'.")
    Path writeBaseline;

    /** How findings are sorted for a run, and the recorder of a new baseline when one is being written. */
    public record Run(Triage triage, Optional<Baseline.Recorder> recorder) {}

    /** The report format asked for; an unknown one is a usage error. */
    public ReportFormat format() {
        return ReportFormat.parse(format).orElseThrow(() ->
                new IllegalArgumentException("--format: expected text, json, sarif or junit, got '" + format + "'"));
    }

    /** The severity at which the run fails; empty for "never"; anything else is a usage error. */
    public Optional<Severity> threshold() {
        if (failOn.equalsIgnoreCase("never")) {
            return Optional.empty();
        }
        return Optional.of(Severity.parse(failOn).orElseThrow(() ->
                new IllegalArgumentException("--fail-on: expected error, warning, info or never, got '" + failOn + "'")));
    }

    /** Where the report goes; empty for standard output. */
    public Optional<Path> output() {
        return Optional.ofNullable(output);
    }

    /** Whether --no-color was given. */
    public boolean noColor() {
        return noColor;
    }

    /** The baseline file to write, if one is asked for. */
    public Optional<Path> writeBaseline() {
        return Optional.ofNullable(writeBaseline);
    }

    /**
     * The triage of a run of {@code tool} ("check" or "lint", also the configuration file's section):
     * --disable (ids checked against {@code known}, unknown ones named with the closest), the
     * configuration file found in {@code workDir} unless told otherwise, and the baseline to read or
     * to write. Contradictory options are usage errors ({@link IllegalArgumentException}).
     * {@code known} is asked for only when there are ids to check: building a tool's rules is a
     * good part of its start-up, which a run without ids to check can then spend elsewhere.
     *
     * @throws ControlFileException when the configuration file or the baseline cannot be used
     */
    public Run triage(String tool, Supplier<Set<String>> known, Path workDir) throws ControlFileException {
        if (baseline != null && writeBaseline != null) {
            throw new IllegalArgumentException("--write-baseline records a new baseline; it cannot be combined with --baseline");
        }
        if (noConfig && config != null) {
            throw new IllegalArgumentException("--config and --no-config contradict each other");
        }
        List<String> ids = new ArrayList<>();
        for (String id : disable) {
            String trimmed = id.trim();
            if (trimmed.isEmpty()) {
                continue; // "--disable a,,b" or a trailing comma: nothing to switch off
            }
            if (!known.get().contains(trimmed)) {
                throw new IllegalArgumentException("--disable: " + RuleIds.unknown(trimmed, known.get()));
            }
            ids.add(trimmed);
        }
        Suppressions suppressions = Suppressions.disabling(ids, "--disable");
        Optional<Path> file = noConfig ? Optional.empty() : config != null ? Optional.of(config) : ConfigFile.find(workDir);
        if (file.isPresent()) {
            suppressions = suppressions.plus(ConfigFile.read(file.get(), tool, known.get()));
        }
        if (writeBaseline != null) {
            return new Run(Triage.acceptingAll(suppressions), Optional.of(Baseline.recorder(tool)));
        }
        if (baseline != null) {
            return new Run(Triage.of(suppressions, Baseline.read(baseline, tool)), Optional.empty());
        }
        return new Run(Triage.of(suppressions), Optional.empty());
    }

    /**
     * Writes what {@code recorder} holds to the {@code --write-baseline} file and says so on
     * {@code err}, as {@code tool}; unless {@code unread} names inputs that could not be read ("a
     * description", "2 inputs"), whose findings the baseline would miss. False when it was not written.
     */
    public boolean writeBaseline(String tool, Baseline.Recorder recorder, String unread, PrintWriter err) {
        Path file = writeBaseline().orElseThrow();
        if (unread != null) {
            err.println("httpstatus " + tool + ": baseline not written to " + file + ": " + unread + " could not be read");
            err.flush();
            return false;
        }
        try {
            recorder.build().write(file);
        } catch (IOException e) {
            err.println("httpstatus " + tool + ": cannot write the baseline to " + file + ": " + e.getMessage());
            err.flush();
            return false;
        }
        err.println("httpstatus " + tool + ": wrote " + recorder.size() + (recorder.size() == 1 ? " finding" : " findings")
                + " to the baseline " + file);
        err.flush();
        return true;
    }
}
