package dev.httpstatus.cli;

import dev.httpstatus.cli.render.Terminal;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;
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

    /** A ready-to-run command line writing to {@code out} and {@code err}. */
    public static CommandLine commandLine(Terminal terminal, PrintWriter out, PrintWriter err) {
        return commandLine(new RootCommand(terminal), terminal, out, err);
    }

    /** As above, reading {@code in} where a command reads stdin ({@code advise}'s questions). */
    public static CommandLine commandLine(Terminal terminal, InputStream in, boolean interactive, PrintWriter out,
            PrintWriter err) {
        return commandLine(new RootCommand(terminal, in, interactive), terminal, out, err);
    }

    private static CommandLine commandLine(RootCommand root, Terminal terminal, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(root);
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
        return commandLine(terminal, out, err).execute(args);
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
