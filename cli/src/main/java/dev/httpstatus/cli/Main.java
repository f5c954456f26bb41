package dev.httpstatus.cli;

import dev.httpstatus.cli.render.PlainCharsWriter;
import dev.httpstatus.cli.render.Terminal;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntSupplier;


/**
 * The {@code httpstatus} program.
 *
 * <pre>{@code
 * java -jar httpstatus.jar 404
 * java -jar httpstatus.jar explain 301 --method PUT
 * }</pre>
 *
 * <p>Start-up dominates a lookup, so a plain lookup ({@code httpstatus 404}, {@code httpstatus
 * "not found" --json}) is answered without building picocli's command tree, which costs more than
 * the lookup itself. It runs the same {@link Show} code, so the output is the same; everything
 * else goes through picocli ({@link Cli}).
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        if (Boolean.getBoolean("httpstatus.cds.training")) {
            CdsTraining.run();
            return;
        }
        Charset cs = Io.charset();
        boolean plainChars = !cs.newEncoder().canEncode('\u00a7');
        Writer stdout = new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), cs);
        Writer stderr = new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), cs);
        PrintWriter out = new PrintWriter(new BufferedWriter(plainChars ? new PlainCharsWriter(stdout) : stdout, 1 << 14));
        PrintWriter err = new PrintWriter(plainChars ? new PlainCharsWriter(stderr) : stderr);
        Terminal terminal = Terminal.detect(System.getenv(), has(args, "--no-color"));
        int exit = run(args, terminal, out, err);
        out.flush();
        err.flush();
        System.exit(exit);
    }

    /**
     * Runs one command line, by the fast path when it can; returns the exit code. Whatever escapes a
     * command (an error of the JVM included: picocli hands on only exceptions) is an internal failure,
     * exit 70, never 1, which means findings or a miss.
     */
    static int run(String[] args, Terminal terminal, PrintWriter out, PrintWriter err) {
        // No lambda here: the first lambda of a run costs a few milliseconds of bootstrap, which a
        // lookup cannot afford (bench/RESULTS.md, CLI start-up).
        try {
            return dispatch(args, terminal, out, err);
        } catch (OutOfMemoryError e) {
            return outOfMemory(err);
        } catch (RuntimeException | Error e) {
            return Cli.internalError(e, err, has(args, "--debug"));
        }
    }

    private static int dispatch(String[] args, Terminal terminal, PrintWriter out, PrintWriter err) {
        Optional<String> mistyped = Lookup.mistypedCommand(java.util.Arrays.asList(args));
        if (mistyped.isPresent()) {
            // "expalin 404" is a command with a typo, not two lookups: say so, print no card.
            err.print("httpstatus: " + mistyped.get() + "\n");
            return ExitCodes.USAGE;
        }
        List<String> queries = plainLookup(args);
        if (queries == null) {
            return Cli.execute(args, terminal, out, err);
        }
        Io io = new Io(out, err, terminal).withNoColor(has(args, "--no-color"));
        return Show.run(io, queries, has(args, "--json"));
    }

    private static int outOfMemory(PrintWriter err) {
        // said without building much: the heap may still be nearly full
        err.print("httpstatus: internal error: out of memory\n");
        err.flush();
        return ExitCodes.INTERNAL;
    }

    /** Runs {@code command}, turning anything it throws into the internal-failure exit code. */
    static int guarded(IntSupplier command, PrintWriter err, boolean debug) {
        try {
            return command.getAsInt();
        } catch (OutOfMemoryError e) {
            return outOfMemory(err);
        } catch (RuntimeException | Error e) {
            return Cli.internalError(e, err, debug);
        }
    }

    /**
     * The queries of a command line that is only a lookup (no subcommand, no option beyond
     * {@code --json}, {@code --no-color} and {@code --debug}, no picocli {@code @file}), else null.
     */
    static List<String> plainLookup(String[] args) {
        List<String> queries = new ArrayList<>(args.length);
        for (String a : args) {
            if (a.equals("--json") || a.equals("--no-color") || a.equals("--debug")) {
                continue;
            }
            if (a.startsWith("-") || a.startsWith("@") || RootCommand.SUBCOMMANDS.contains(a)) {
                return null;
            }
            queries.add(a);
        }
        return queries.isEmpty() ? null : queries;
    }

    static boolean has(String[] args, String flag) {
        for (String a : args) {
            if (a.equals(flag)) {
                return true;
            }
        }
        return false;
    }

}
