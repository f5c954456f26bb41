package dev.httpstatus.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.httpstatus.cli.render.Terminal;
import java.io.PrintWriter;
import java.io.StringWriter;

/** One command line run through picocli ({@code CommandLine.execute}) or through {@link Main#run}. */
record Run(int exit, String out, String err) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Through picocli, for a pipe (plain output). */
    static Run cli(String... args) {
        return cli(Terminal.PLAIN, args);
    }

    static Run cli(Terminal terminal, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter o = new PrintWriter(out);
        PrintWriter e = new PrintWriter(err);
        int exit = Cli.commandLine(terminal, o, e).execute(args);
        o.flush();
        e.flush();
        return new Run(exit, out.toString(), err.toString());
    }

    /** Through picocli, for a pipe, with {@code input} on stdin (the question flow of advise). */
    static Run withInput(String input, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter o = new PrintWriter(out);
        PrintWriter e = new PrintWriter(err);
        java.io.InputStream in = new java.io.ByteArrayInputStream(input.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        int exit = Cli.commandLine(Terminal.PLAIN, in, false, o, e).execute(args);
        o.flush();
        e.flush();
        return new Run(exit, out.toString(), err.toString());
    }

    /** Through {@link Main#run}, which takes the fast path for plain lookups. */
    static Run main(Terminal terminal, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter o = new PrintWriter(out);
        PrintWriter e = new PrintWriter(err);
        int exit = Main.run(args, terminal, o, e);
        o.flush();
        e.flush();
        return new Run(exit, out.toString(), err.toString());
    }

    JsonNode json() {
        try {
            return JSON.readTree(out);
        } catch (Exception e) {
            throw new AssertionError("stdout is not JSON: " + out, e);
        }
    }
}
