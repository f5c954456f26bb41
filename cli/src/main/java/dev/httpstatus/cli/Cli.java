package dev.httpstatus.cli;

import dev.httpstatus.cli.check.CheckCommand;
import dev.httpstatus.cli.lint.LintCommand;
import dev.httpstatus.cli.render.Terminal;
import dev.httpstatus.cli.serve.ServeCommand;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Builds the picocli command line with httpstatus's error handling: usage errors print one line,
 * suggestions and a pointer to {@code --help}, exit 2; unexpected errors print one line, exit 70,
 * and show the stack trace only with {@code --debug}.
 *
 * <pre>{@code
 * int exit = Cli.commandLine(Terminal.PLAIN, out, err).execute("list", "--class", "4xx");
 * }</pre>
 */
public final class Cli {

    private Cli() {}

    /** The subcommands' classes, in the order of {@code RootCommand.SUBCOMMANDS}, which names them. */
    static final List<Class<?>> COMMANDS = List.of(ShowCommand.class, ListCommand.class, SearchCommand.class,
            ExplainCommand.class, AdviseCommand.class, RulesCommand.class, CheckCommand.class, LintCommand.class,
            ServeCommand.class, CompletionCommand.class, HelpCommand.class);

    /** A ready-to-run command line writing to {@code out} and {@code err}. */
    public static CommandLine commandLine(Terminal terminal, PrintWriter out, PrintWriter err) {
        return commandLine(new RootCommand(terminal), terminal, out, err, null);
    }

    /** As above, reading {@code in} where a command reads stdin ({@code advise}'s questions). */
    public static CommandLine commandLine(Terminal terminal, InputStream in, boolean interactive, PrintWriter out,
            PrintWriter err) {
        return commandLine(new RootCommand(terminal, in, interactive), terminal, out, err, null);
    }

    /**
     * The command line with every subcommand, or with only {@code only} (a subcommand's name).
     * Picocli reads each command's annotations when it is added; adding only the one a command
     * line names saves a lint or a check a tenth of a second of start-up.
     */
    private static CommandLine commandLine(RootCommand root, Terminal terminal, PrintWriter out, PrintWriter err,
            String only) {
        CommandLine cl = new CommandLine(root);
        for (int i = 0; i < COMMANDS.size(); i++) {
            String name = RootCommand.SUBCOMMANDS.get(i);
            if (only == null || only.equals(name)) {
                cl.addSubcommand(name, COMMANDS.get(i));
            }
        }
        // The settings below reach the subcommands added so far, so they come after them.
        // "-d @body.json" names a request body for check, not a picocli argument file.
        cl.setExpandAtFiles(false);
        cl.setOut(out);
        cl.setErr(err);
        cl.setColorScheme(CommandLine.Help.defaultColorScheme(terminal.color() ? Ansi.ON : Ansi.OFF));
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            PrintWriter e = c.getErr();
            java.util.Optional<String> mistyped = Lookup.mistypedCommand(java.util.Arrays.asList(args));
            if (mistyped.isPresent()) {
                e.print("httpstatus: " + mistyped.get() + "\n");
                e.flush();
                return ExitCodes.USAGE;
            }
            e.print("httpstatus: " + ex.getMessage() + "\n");
            UnmatchedArgumentException.printSuggestions(ex, e);
            e.print("Run '" + c.getCommandSpec().qualifiedName() + " --help' for usage.\n");
            e.flush();
            return ExitCodes.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parseResult) ->
                internalError(ex, c.getErr(), parseResult.originalArgs().contains("--debug")));
        return cl;
    }

    static int execute(String[] args, Terminal terminal, PrintWriter out, PrintWriter err) {
        return commandLine(new RootCommand(terminal), terminal, out, err, named(args)).execute(args);
    }

    /**
     * The subcommand a command line runs, when that is all it needs: the first argument that is not
     * an option (the root's options take no values), unless it is {@code help} or
     * {@code completion}, which describe every command. Null for all of them.
     */
    static String named(String[] args) {
        for (String a : args) {
            if (a.startsWith("-")) {
                continue;
            }
            boolean single = RootCommand.SUBCOMMANDS.contains(a) && !a.equals("help") && !a.equals("completion");
            return single ? a : null;
        }
        return null;
    }

    /** Reports a bug in httpstatus (never a problem with the input) without a stack trace unless asked. */
    static int internalError(Throwable e, PrintWriter err, boolean debug) {
        err.print("httpstatus: internal error: " + e + "\n");
        if (debug) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            err.print(trace);
        } else {
            err.print("Run again with --debug to see where it happened, and report it.\n");
        }
        err.flush();
        return ExitCodes.INTERNAL;
    }
}
