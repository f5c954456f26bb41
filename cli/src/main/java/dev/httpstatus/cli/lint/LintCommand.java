package dev.httpstatus.cli.lint;

import dev.httpstatus.check.ci.Baseline;
import dev.httpstatus.cli.ci.CiOptions;
import dev.httpstatus.check.ci.ControlFileException;
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
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
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

    @Mixin
    CiOptions ci;

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
        ReportFormat fmt;
        Optional<Severity> threshold;
        CiOptions.Run run;
        try {
            fmt = ci.format();
            threshold = ci.threshold();
            // the rules are built on another thread while the first description is parsed (LintRun),
            // unless ids have to be checked here first
            run = ci.triage("lint", () -> LintRules.all().stream().map(LintRule::id).collect(Collectors.toUnmodifiableSet()),
                    workDir);
        } catch (IllegalArgumentException e) {
            return usage(err, e.getMessage());
        } catch (ControlFileException e) {
            return usage(err, e.getMessage());
        }
        Baseline.Recorder recorder = run.recorder().orElse(null);
        Path output = ci.output().orElse(null);
        boolean toFile = output != null;
        try (Writer target = toFile ? Files.newBufferedWriter(output, StandardCharsets.UTF_8) : null) {
            Writer out = toFile ? target : spec.commandLine().getOut();
            boolean color = !toFile && fmt == ReportFormat.TEXT && Tty.colorOn(env, ci.noColor(), 1);
            LintReportWriter writer = LintReportWriter.of(fmt, out, color);
            boolean reportOnScreen = !toFile && fmt == ReportFormat.TEXT;
            if (!reportOnScreen) {
                writer = new EchoProblems(writer, err); // nobody may read the report: say what failed on stderr
            }
            LintSummary summary = new LintRun(Linter.standard(), writer, run.triage(), recorder).run(files);
            out.flush();
            if (!reportOnScreen) {
                err.println(summary);
                err.flush();
            }
            if (recorder != null && !ci.writeBaseline("lint", recorder,
                    summary.badDescriptions() > 0 ? "a description" : null, err)) {
                return 2;
            }
            return summary.exitCode(threshold.orElse(null));
        } catch (IOException e) {
            err.println("httpstatus lint: cannot write the report" + (toFile ? " to " + output : "") + ": " + e.getMessage());
            err.flush();
            return 2;
        }
    }

    private static int usage(PrintWriter err, String message) {
        err.println("httpstatus lint: " + message);
        err.flush();
        return 2;
    }
}
