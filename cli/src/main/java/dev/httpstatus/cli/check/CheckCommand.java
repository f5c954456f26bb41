package dev.httpstatus.cli.check;

import dev.httpstatus.check.CheckSession;
import dev.httpstatus.check.Checker;
import dev.httpstatus.check.model.Rule;
import dev.httpstatus.openapi.ApiDescription;
import dev.httpstatus.openapi.BadDescriptionException;
import dev.httpstatus.openapi.traffic.TrafficRules;
import dev.httpstatus.openapi.traffic.WithCoverage;
import dev.httpstatus.check.ci.Baseline;
import dev.httpstatus.cli.ci.CiOptions;
import dev.httpstatus.check.ci.ConfigFile;
import dev.httpstatus.check.ci.ControlFileException;
import dev.httpstatus.check.ci.Triage;
import dev.httpstatus.check.input.Inputs;
import dev.httpstatus.check.input.LiveRequest;
import dev.httpstatus.check.model.Severity;
import dev.httpstatus.check.report.ReportFormat;
import dev.httpstatus.check.report.ReportWriter;
import dev.httpstatus.check.report.Summary;
import dev.httpstatus.check.rules.Rules;
import dev.httpstatus.cli.VersionProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
 * httpstatus check session.har --openapi api.yaml    # also: statuses and requests the description lacks
 * httpstatus check captures/ --disable error-without-explanation --baseline baseline.json --jobs 4
 * }</pre>
 */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = {"Check HTTP exchanges for status-code mistakes: HAR files (directories are searched for"
                + " *.har), raw HTTP/1.1 response text, '-' for standard input, or a live http(s) URL.",
            "Every rule is listed by 'httpstatus rules --list'."},
        footerHeading = "%nSuppressions and baselines:%n",
        footer = {"--disable switches rules off everywhere; .httpstatus.json (read from the",
            "current directory, or --config FILE) too, or only at some hosts, paths, methods:",
            "  {\"check\": {",
            "     \"disable\": [\"error-without-explanation\"],",
            "     \"suppress\": [{\"rule\": \"201-without-location\",",
            "                   \"host\": \"api.example.com\", \"path\": \"/legacy/**\",",
            "                   \"reason\": \"v1 clients ignore Location\"}]}}",
            "Patterns match the whole host or path: '*' within a path segment, '**' across.",
            "--write-baseline FILE records today's findings (by rule, method, path without",
            "ids or query values, and status); --baseline FILE then reports only new ones.",
            "Set-aside findings never fail the run: the summary counts them (\"3 suppressed,",
            "2 in baseline\"); the json and sarif reports list them with what set them aside.",
            "More in check/README.md."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {" 0:no finding at or above --fail-on",
            " 1:findings at or above --fail-on",
            " 2:bad input or usage: a located message on stderr",
            "70:internal failure (a bug in httpstatus): one line on stderr, the trace with --debug"})
public final class CheckCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR|URL|-",
            description = "What to check: HAR or raw HTTP files, directories (searched for *.har), http(s) URLs, '-' for stdin.")
    List<String> inputs = new ArrayList<>();

    @Option(names = {"-X", "--request"}, paramLabel = "METHOD", description = "Method for URLs (default GET).")
    String method;

    @Option(names = {"-H", "--header"}, paramLabel = "'NAME: VALUE'", description = "Extra request header for URLs; repeatable.")
    List<String> headers = new ArrayList<>();

    @Option(names = {"-d", "--data"}, paramLabel = "DATA|@FILE",
            description = "Request content for URLs; @FILE reads it from a file. Without -X the method becomes POST.")
    String data;

    @Option(names = {"-L", "--follow"}, description = "Follow redirects of URLs, checking every hop.")
    boolean follow;

    @Option(names = "--openapi", paramLabel = "API",
            description = "Hold the traffic against this OpenAPI 3.0/3.1 or Swagger 2.0 description: report statuses"
                    + " an operation does not declare and requests it has no operation for; the summary lists"
                    + " declared codes never observed.")
    Path openapi;

    @Option(names = "--openapi-server", paramLabel = "URL",
            description = "With --openapi: match requests against this server URL instead of the description's"
                    + " servers (e.g. http://127.0.0.1:8080/v1); repeatable.")
    List<String> openapiServers = new ArrayList<>();

    /** Set by call() when --openapi is given: the rules holding traffic against the description. */
    private TrafficRules traffic;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", defaultValue = "1",
            description = "Check N inputs at a time; the report is the same, in input order. Pays off with many files and more than two cores: one check already keeps about two busy. Default: ${DEFAULT-VALUE}.")
    int jobs;

    /** At most this many jobs: beyond it threads only wait for the disk and the report. */
    static final int MAX_JOBS = 64;

    @Mixin
    CiOptions ci;

    @Spec
    CommandSpec spec;

    private final Map<String, String> env;
    private final InputStream stdin;
    private final Path workDir;

    /** The command as the CLI runs it: the process's environment, standard input and working directory. */
    public CheckCommand() {
        this(System.getenv(), System.in, Path.of(""));
    }

    /** For tests: a given environment (NO_COLOR, TERM) and standard input. */
    CheckCommand(Map<String, String> env, InputStream stdin) {
        this(env, stdin, Path.of(""));
    }

    /** For tests: also the directory searched for {@value ConfigFile#NAME}. */
    CheckCommand(Map<String, String> env, InputStream stdin, Path workDir) {
        this.env = env;
        this.stdin = stdin;
        this.workDir = workDir;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ReportFormat fmt;
        Optional<Severity> threshold;
        try {
            fmt = ci.format();
            threshold = ci.threshold();
        } catch (IllegalArgumentException e) {
            return usage(err, e.getMessage());
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
        if (jobs < 1 || jobs > MAX_JOBS) {
            return usage(err, "--jobs: expected a number from 1 to " + MAX_JOBS + ", got " + jobs);
        }
        if (openapi == null && !openapiServers.isEmpty()) {
            return usage(err, "--openapi-server applies with --openapi only");
        }
        Checker checker = Checker.standard();
        if (openapi != null) {
            try {
                traffic = TrafficRules.of(ApiDescription.read(openapi), openapiServers);
            } catch (BadDescriptionException e) {
                e.problems().forEach(p -> err.println("httpstatus check: --openapi " + p));
                err.flush();
                return 2;
            } catch (IllegalArgumentException e) {
                return usage(err, "--openapi-server: " + e.getMessage());
            }
            List<Rule> rules = new ArrayList<>(Rules.all());
            rules.addAll(traffic.rules());
            checker = Checker.of(rules);
        }
        Set<String> known = new HashSet<>();
        for (Rule r : checker.rules()) {
            known.add(r.id());
        }
        CiOptions.Run run;
        try {
            run = ci.triage("check", () -> known, workDir);
        } catch (IllegalArgumentException e) {
            return usage(err, e.getMessage());
        } catch (ControlFileException e) {
            return usage(err, e.getMessage());
        }
        Triage triage = run.triage();
        Baseline.Recorder recorder = run.recorder().orElse(null);
        Path output = ci.output().orElse(null);
        boolean toFile = output != null;
        try (Writer target = toFile ? Files.newBufferedWriter(output, StandardCharsets.UTF_8) : null) {
            Writer out = toFile ? target : spec.commandLine().getOut();
            boolean color = !toFile && fmt == ReportFormat.TEXT && Tty.colorOn(env, ci.noColor(), 1);
            ReportWriter writer = fmt.writer(out, color, checker.rules());
            if (traffic != null) {
                writer = new WithCoverage(writer, traffic.coverage());
            }
            boolean reportOnScreen = !toFile && fmt == ReportFormat.TEXT && Tty.isTerminal(1);
            if (!reportOnScreen) {
                writer = new EchoErrors(writer, err); // nobody may read the report: say what failed on stderr
            }
            CheckSession session = CheckSession.builder(writer).checker(checker).live(live).stdin(stdin)
                    .progress(Tty.isTerminal(2) ? new ProgressBar(err) : null)
                    .triage(triage).recording(recorder).jobs(jobs)
                    .build();
            Summary summary = session.run(inputs);
            out.flush();
            if (toFile || fmt != ReportFormat.TEXT) {
                summary.remarks().forEach(err::println);
                err.println(summary);
                err.flush();
            }
            if (recorder != null && !ci.writeBaseline("check", recorder, summary.badInputs() == 0 ? null
                    : summary.badInputs() + (summary.badInputs() == 1 ? " input" : " inputs"), err)) {
                return 2;
            }
            return CheckSession.exitCode(summary, threshold.orElse(null));
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
