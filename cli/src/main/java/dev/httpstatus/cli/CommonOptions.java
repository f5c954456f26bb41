package dev.httpstatus.cli;

import picocli.CommandLine.Option;

/**
 * Options every lookup command takes.
 *
 * <pre>{@code
 * @Mixin CommonOptions options;   // adds --json, --no-color, --debug
 * }</pre>
 */
public final class CommonOptions {

    @Option(names = "--json", description = "Print one JSON document instead of text.")
    boolean json;

    @Option(names = "--no-color", description = "No colour, even on a terminal (NO_COLOR does the same).")
    boolean noColor;

    @Option(names = "--debug", description = "Show the stack trace of an unexpected error.")
    boolean debug;
}
