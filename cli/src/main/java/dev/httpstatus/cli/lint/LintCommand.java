package dev.httpstatus.cli.lint;

import dev.httpstatus.check.ci.Baseline;
import dev.httpstatus.check.ci.ConfigFile;
import dev.httpstatus.check.ci.ControlFileException;
import dev.httpstatus.check.ci.RuleIds;
import dev.httpstatus.check.ci.Suppressions;
import dev.httpstatus.check.ci.Triage;
import dev.httpstatus.check.model.Severity;
import dev.httpstatus.check.report.ReportFormat;
import dev.httpstatus.cli.VersionProvider;
import dev.httpstatus.cli.check.Tty;
import dev.httpstatus.openapi.lint.LintRule;
import dev.httpstatus.openapi.lint.LintRules;
import dev.httpstatus.openapi.lint.LintRun;
import dev.httpstatus.openapi.lint.Linter;
import dev.httpstatus.openapi.report.LintReportWriter;
import dev.httpstatus.openapi.report.LintSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code httpstatus lint}: the status-code mistakes an OpenAPI description declares.
 *
 * <pre>{@code
 * httpstatus lint api.yaml                                  # text report, exit 1 on errors
 * httpstatus lint api.json --format sarif -o lint.sarif --fail-on warning
 * httpstatus lint api.yaml --disable oas-error-without-problem-json,oas-error-without-explanation
 * }</pre>
 */
@Command(name = "lint", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = {"Lint the status codes an API description declares: OpenAPI 3.0 or 3.1 (YAML or JSON),"
                + " or Swagger 2.0 (converted).",
            "Rules: unregistered, out-of-range, deprecated or reserved codes and malformed keys; header fields a code"
                + " calls for (401 WWW-Authenticate, 405 Allow, 201 and 3xx Location, 206/416 Content-Range, 426 Upgrade,"
                + " 429/503 Retry-After …); content on 204, 205, 304, 1xx or HEAD; codes that do not fit the method"
                + " (201 to GET, 304 to POST, 405/501 for GET); operations without a success; errors without"
                + " content or not as application/problem+json, and problem+json schemas not shaped like one.",
            "Each rule has an id starting with oas-; 'httpstatus rules --list' lists them. A finding points at the"
                + " file, line and column of the response (or of the shared component it comes from) and names its"
                + " JSON pointer.",
            "Malformed YAML or JSON, a document that is not OpenAPI, and $refs that lead nowhere are bad input:"
                + " located messages, exit 2."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {" 0:no finding at or above --fail-on",
            " 1:findings at or above --fail-on",
            " 2:bad input or usage: a located message on stderr"},
        footerHeading = "%nExamples:%n",
        footer = {"  httpstatus lint api.yaml",
            "  httpstatus lint api.json --format sarif -o lint.sarif --fail-on warning",
            "  httpstatus lint api.yaml --disable oas-error-without-problem-json",
            "  httpstatus lint api.yaml --write-baseline lint-baseline.json   # then: --baseline lint-baseline.json",
            "  httpstatus check session.har --openapi api.yaml     # hold traffic against the description"})
public final class LintCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "OpenAPI 3.0/3.1 or Swagger 2.0 descriptions, YAML or JSON.")
    List<String> files = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Report format: text, json, sarif (SARIF 2.1.0) or junit (JUnit XML). Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
            description = "Exit 1 when a finding is at least this severe: error, warning, info or never."
                    + " Default: ${DEFAULT-VALUE}.")
    String failOn;

    @Option(names = "--disable", paramLabel = "RULE[,RULE…]", split = ",",
            description = "Switch these rules off (ids as 'httpstatus rules --list' shows them; their findings are"
                    + " counted as suppressed); repeatable.")
    List<String> disable = new ArrayList<>();

    @Option(names = "--config", paramLabel = "FILE",
            description = "Suppressions from FILE's \"lint\" section instead of ./" + ConfigFile.NAME + " (read when present).")
    Path config;

    @Option(names = "--no-config", description = "Do not read ./" + ConfigFile.NAME + ".")
    boolean noConfig;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Report only findings not in this baseline (keyed by rule and JSON pointer, not line);"
                    + " those in it are counted as 'in the baseline'.")
    Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE",
            description = "Record every finding not suppressed in a new baseline FILE (written only when every"
                    + " description could be read).")
    Path writeBaseline;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of stdout.")
    Path output;

    @Option(names = "--no-color", description = "No colour, even on a terminal (NO_COLOR does the same).")
    boolean noColor;

    @Spec
    CommandSpec spec;

    private final Map<String, String> env;
    private final Path workDir;

    /** The command as the CLI runs it, with the process's environment and working directory. */
    public LintCommand() {
        this(System.getenv(), Path.of(""));
    }

    /** For tests: a given environment (NO_COLOR, TERM) and directory searched for the configuration file. */
    LintCommand(Map<String, String> env, Path workDir) {
        this.env = env;
        this.workDir = workDir;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ReportFormat fmt = ReportFormat.parse(format).orElse(null);
        if (fmt == null) {
            return usage(err, "--format: expected text, json, sarif or junit, got '" + format + "'");
        }
        Severity threshold = null;
        if (!failOn.equalsIgnoreCase("never")) {
            threshold = Severity.parse(failOn).orElse(null);
            if (threshold == null) {
                return usage(err, "--fail-on: expected error, warning, info or never, got '" + failOn + "'");
            }
        }
        Triage triage;
        Baseline.Recorder recorder = null;
        try {
            Suppressions suppressions = suppressions();
            if (writeBaseline != null) {
                triage = Triage.acceptingAll(suppressions);
                recorder = Baseline.recorder("lint");
            } else if (baseline != null) {
                triage = Triage.of(suppressions, Baseline.read(baseline, "lint"));
            } else {
                triage = Triage.of(suppressions);
            }
        } catch (IllegalArgumentException e) {
            return usage(err, e.getMessage());
        } catch (ControlFileException e) {
            return usage(err, e.getMessage());
        }
        boolean toFile = output != null;
        try (Writer target = toFile ? Files.newBufferedWriter(output, StandardCharsets.UTF_8) : null) {
            Writer out = toFile ? target : spec.commandLine().getOut();
            boolean color = !toFile && fmt == ReportFormat.TEXT && Tty.colorOn(env, noColor, 1);
            LintReportWriter writer = LintReportWriter.of(fmt, out, color);
            boolean reportOnScreen = !toFile && fmt == ReportFormat.TEXT;
            if (!reportOnScreen) {
                writer = new EchoProblems(writer, err); // nobody may read the report: say what failed on stderr
            }
            LintSummary summary = new LintRun(Linter.standard(), writer, triage, recorder).run(files);
            out.flush();
            if (!reportOnScreen) {
                err.println(summary);
                err.flush();
            }
            if (recorder != null && !writeBaseline(recorder, summary, err)) {
                return 2;
            }
            return summary.exitCode(threshold);
        } catch (IOException e) {
            err.println("httpstatus lint: cannot write the report" + (toFile ? " to " + output : "") + ": " + e.getMessage());
            err.flush();
            return 2;
        }
    }

    /** --disable and the configuration file's "lint" section; unknown rule ids are errors naming the closest. */
    private Suppressions suppressions() throws ControlFileException {
        if (baseline != null && writeBaseline != null) {
            throw new IllegalArgumentException("--write-baseline records a new baseline; it cannot be combined with --baseline");
        }
        if (noConfig && config != null) {
            throw new IllegalArgumentException("--config and --no-config contradict each other");
        }
        Set<String> known = LintRules.all().stream().map(LintRule::id).collect(Collectors.toUnmodifiableSet());
        List<String> ids = new ArrayList<>();
        for (String id : disable) {
            if (id.isBlank()) {
                continue;
            }
            if (!known.contains(id.trim())) {
                throw new IllegalArgumentException("--disable: " + RuleIds.unknown(id.trim(), known));
            }
            ids.add(id.trim());
        }
        Suppressions s = Suppressions.disabling(ids, "--disable");
        Optional<Path> file = noConfig ? Optional.empty() : config != null ? Optional.of(config) : ConfigFile.find(workDir);
        if (file.isPresent()) {
            s = s.plus(ConfigFile.read(file.get(), "lint", known));
        }
        return s;
    }

    /** Writes the baseline unless a description could not be read (it would miss that one's findings). */
    private boolean writeBaseline(Baseline.Recorder recorder, LintSummary summary, PrintWriter err) {
        if (summary.badDescriptions() > 0) {
            err.println("httpstatus lint: baseline not written to " + writeBaseline + ": a description could not be read");
            err.flush();
            return false;
        }
        try {
            recorder.build().write(writeBaseline);
        } catch (IOException e) {
            err.println("httpstatus lint: cannot write the baseline to " + writeBaseline + ": " + e.getMessage());
            err.flush();
            return false;
        }
        err.println("httpstatus lint: wrote " + recorder.size() + (recorder.size() == 1 ? " finding" : " findings")
                + " to the baseline " + writeBaseline);
        err.flush();
        return true;
    }

    private static int usage(PrintWriter err, String message) {
        err.println("httpstatus lint: " + message);
        err.flush();
        return 2;
    }
}
