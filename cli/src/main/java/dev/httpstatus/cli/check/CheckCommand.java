package dev.httpstatus.cli.check;

import dev.httpstatus.check.CheckSession;
import dev.httpstatus.check.input.Inputs;
import dev.httpstatus.check.input.LiveRequest;
import dev.httpstatus.check.model.Severity;
import dev.httpstatus.check.report.ReportFormat;
import dev.httpstatus.check.report.ReportWriter;
import dev.httpstatus.check.report.Summary;
import dev.httpstatus.cli.VersionProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code httpstatus check}: finds status-code mistakes in recorded or live HTTP traffic.
 *
 * <pre>{@code
 * httpstatus check session.har                       # text report, exit 1 on errors
 * httpstatus check captures/ --format sarif -o out.sarif --fail-on warning
 * httpstatus check http://127.0.0.1:8080/x -X POST -H 'Content-Type: application/json' -d @body.json --follow
 * curl -si http://127.0.0.1:8080/ | httpstatus check -
 * }</pre>
 */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = {"Check HTTP exchanges for status-code mistakes: HAR files (directories are searched for"
                + " *.har), raw HTTP/1.1 response text, '-' for standard input, or a live http(s) URL.",
            "Every rule is listed by 'httpstatus rules --list'."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {" 0:no finding at or above --fail-on",
            " 1:findings at or above --fail-on",
            " 2:bad input or usage: a located message on stderr",
            "70:internal failure (a bug in httpstatus): one line on stderr, the trace with --debug"})
public final class CheckCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR|URL|-",
            description = "What to check: HAR or raw HTTP files, directories (searched for *.har), http(s) URLs, '-' for stdin.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Report format: text, json, sarif (SARIF 2.1.0) or junit (JUnit XML). Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
            description = "Exit 1 when a finding is at least this severe: error, warning, info or never."
                    + " Default: ${DEFAULT-VALUE}.")
    String failOn;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of stdout.")
    Path output;

    @Option(names = {"-X", "--request"}, paramLabel = "METHOD", description = "Method for URLs (default GET).")
    String method;

    @Option(names = {"-H", "--header"}, paramLabel = "'NAME: VALUE'", description = "Extra request header for URLs; repeatable.")
    List<String> headers = new ArrayList<>();

    @Option(names = {"-d", "--data"}, paramLabel = "DATA|@FILE",
            description = "Request content for URLs; @FILE reads it from a file. Without -X the method becomes POST.")
    String data;

    @Option(names = {"-L", "--follow"}, description = "Follow redirects of URLs, checking every hop.")
    boolean follow;

    @Option(names = "--no-color", description = "No colour, even on a terminal (NO_COLOR does the same).")
    boolean noColor;

    @Spec
    CommandSpec spec;

    private final Map<String, String> env;
    private final InputStream stdin;

    /** The command as the CLI runs it: the process's environment and standard input. */
    public CheckCommand() {
        this(System.getenv(), System.in);
    }

    /** For tests: a given environment (NO_COLOR, TERM) and standard input. */
    CheckCommand(Map<String, String> env, InputStream stdin) {
        this.env = env;
        this.stdin = stdin;
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
        LiveRequest live;
        try {
            live = liveRequest();
        } catch (IllegalArgumentException e) {
            return usage(err, e.getMessage());
        }
        if ((method != null || !headers.isEmpty() || data != null || follow)
                && inputs.stream().noneMatch(Inputs::isUrl)) {
            return usage(err, "-X, -H, -d and --follow apply to URLs only, and no http(s):// URL was given");
        }
        if (inputs.stream().filter("-"::equals).count() > 1) {
            return usage(err, "'-' (standard input) can be read only once");
        }
        boolean toFile = output != null;
        try (Writer target = toFile ? Files.newBufferedWriter(output, StandardCharsets.UTF_8) : null) {
            Writer out = toFile ? target : spec.commandLine().getOut();
            boolean color = !toFile && fmt == ReportFormat.TEXT && Tty.colorOn(env, noColor, 1);
            ReportWriter writer = fmt.writer(out, color);
            boolean reportOnScreen = !toFile && fmt == ReportFormat.TEXT && Tty.isTerminal(1);
            if (!reportOnScreen) {
                writer = new EchoErrors(writer, err); // nobody may read the report: say what failed on stderr
            }
            CheckSession session = CheckSession.builder(writer).live(live).stdin(stdin)
                    .progress(Tty.isTerminal(2) ? new ProgressBar(err) : null)
                    .build();
            Summary summary = session.run(inputs);
            out.flush();
            if (toFile || fmt != ReportFormat.TEXT) {
                err.println(summary);
                err.flush();
            }
            return CheckSession.exitCode(summary, threshold);
        } catch (IOException e) {
            err.println("httpstatus check: cannot write the report" + (toFile ? " to " + output : "") + ": " + e.getMessage());
            err.flush();
            return 2;
        }
    }

    private LiveRequest liveRequest() {
        LiveRequest r = LiveRequest.get().following(follow);
        for (String h : headers) {
            int colon = h.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("-H '" + h + "': expected 'Name: value'");
            }
            r = r.withHeader(h.substring(0, colon).trim(), h.substring(colon + 1).trim());
        }
        if (data != null) {
            r = r.withBody(body(data)).withMethod("POST");
        }
        if (method != null) {
            if (!method.matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+")) {
                throw new IllegalArgumentException("-X '" + method + "': not a method name (a token such as GET or POST)");
            }
            r = r.withMethod(method);
        }
        return r;
    }

    private static byte[] body(String data) {
        if (!data.startsWith("@")) {
            return data.getBytes(StandardCharsets.UTF_8);
        }
        Path p = Path.of(data.substring(1));
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new IllegalArgumentException("-d " + data + ": cannot read " + p + " ("
                    + (Files.exists(p) ? e.getMessage() : "no such file") + ")");
        }
    }

    private static int usage(PrintWriter err, String message) {
        err.println("httpstatus check: " + message);
        err.flush();
        return 2;
    }
}
