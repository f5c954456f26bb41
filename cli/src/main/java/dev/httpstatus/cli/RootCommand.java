package dev.httpstatus.cli;

import dev.httpstatus.cli.render.Terminal;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The top-level {@code httpstatus} command. Given codes and no subcommand it prints their cards,
 * exactly as {@code show} does.
 *
 * <pre>{@code
 * httpstatus 404 "Request Entity Too Large"
 * httpstatus list --class 4xx
 * httpstatus explain 301 --method PUT
 * }</pre>
 */
@Command(name = "httpstatus",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {"Look up, list, search and explain HTTP status codes.",
            "With codes and no command, prints one card per code, as 'show' does."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {" 0:found", " 1:not found (suggestions on stderr)", " 2:usage error", "70:internal error"},
        footerHeading = "%nExamples:%n",
        footer = {"  httpstatus 404",
            "  httpstatus \"request entity too large\" --json",
            "  httpstatus list --class 4xx --unofficial",
            "  httpstatus search too many requests",
            "  httpstatus explain 301 --method PUT",
            "  httpstatus advise \"the user is not logged in\"",
            "  httpstatus rules 405",
            "  httpstatus lint api.yaml",
            "  source <(httpstatus completion)"})
public final class RootCommand implements Callable<Integer> {

    /**
     * Subcommand names, in the order help lists them (their classes are in {@code Cli}, which adds
     * them): a fast-path lookup must not take one of them for a query.
     */
    static final List<String> SUBCOMMANDS =
            List.of("show", "list", "search", "explain", "advise", "rules", "check", "lint", "serve", "completion", "help");

    @Parameters(arity = "0..*", paramLabel = "<code|name|phrase>",
            description = "A code (404), status line (\"HTTP/1.1 404 Not Found\"), constant (NOT_FOUND),"
                    + " DRF name (HTTP_404_NOT_FOUND) or phrase, current or former (\"not found\").")
    List<String> queries = List.of();

    @Mixin
    CommonOptions options;

    @Spec
    CommandSpec spec;

    private final Terminal terminal;
    private final InputStream stdin;
    private final boolean interactive;

    /** A root command writing for {@code terminal}, reading the process's stdin. */
    public RootCommand(Terminal terminal) {
        this(terminal, System.in, System.console() != null);
    }

    /**
     * A root command reading {@code stdin} (the question flow of {@code advise}); {@code interactive}
     * when stdin and stdout are a terminal, so keys can be read one at a time.
     */
    public RootCommand(Terminal terminal, InputStream stdin, boolean interactive) {
        this.terminal = Objects.requireNonNull(terminal);
        this.stdin = Objects.requireNonNull(stdin);
        this.interactive = interactive;
    }

    InputStream stdin() {
        return stdin;
    }

    boolean interactive() {
        return interactive;
    }

    @Override
    public Integer call() {
        if (queries.isEmpty()) {
            io(options).error("give a status code, name or phrase, or a command (see 'httpstatus --help')");
            return ExitCodes.USAGE;
        }
        Optional<String> mistyped = Lookup.mistypedCommand(spec.commandLine().getParseResult().originalArgs());
        if (mistyped.isPresent()) {
            io(options).error(mistyped.get());
            return ExitCodes.USAGE;
        }
        return Show.run(io(options), queries, options.json);
    }

    /** The output for a subcommand, honouring {@code --no-color} given here or on the subcommand. */
    Io io(CommonOptions own) {
        return new Io(spec.commandLine().getOut(), spec.commandLine().getErr(), terminal)
                .withNoColor(own.noColor || options.noColor);
    }

    /** Whether JSON was asked for, here ({@code httpstatus --json list}) or on the subcommand. */
    boolean json(CommonOptions own) {
        return own.json || options.json;
    }
}
