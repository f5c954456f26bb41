package dev.httpstatus.cli;

/**
 * The exit codes every command shares, so scripts can tell a miss from a mistake.
 *
 * <pre>{@code
 * httpstatus 404 >/dev/null; echo $?      # 0
 * httpstatus 1234 2>/dev/null; echo $?    # 1
 * httpstatus list --class 7xx; echo $?    # 2
 * }</pre>
 */
public final class ExitCodes {

    private ExitCodes() {}

    /** Everything asked for was found. */
    public static final int FOUND = 0;
    /** A code, name or search matched nothing. */
    public static final int NOT_FOUND = 1;
    /** The command line was wrong: unknown option, bad value, missing argument. */
    public static final int USAGE = 2;
    /** A bug in httpstatus, not a problem with the input (sysexits' EX_SOFTWARE). */
    public static final int INTERNAL = 70;
}
