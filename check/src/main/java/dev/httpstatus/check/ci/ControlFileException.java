package dev.httpstatus.check.ci;

import java.io.IOException;
import java.util.Objects;

/**
 * A configuration or baseline file that cannot be used, with where: the file, and the line and
 * column (1-based) of the problem when it is inside the file.
 *
 * <pre>{@code
 * catch (ControlFileException e) {
 *     e.getMessage();   // ".httpstatus.json (line 4, column 15): no rule \"405-without-alow\"; did you mean 405-without-allow?"
 *     e.line();         // 4
 * }
 * }</pre>
 */
public final class ControlFileException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final int column;

    /** A problem at {@code line}, {@code column} of {@code file}; -1 for a position that does not apply. */
    public ControlFileException(String file, int line, int column, String problem) {
        super(format(file, line, column, problem));
        this.file = Objects.requireNonNull(file, "file");
        this.line = line;
        this.column = column;
    }

    private static String format(String file, int line, int column, String problem) {
        if (line <= 0) {
            return file + ": " + problem;
        }
        return file + " (line " + line + (column > 0 ? ", column " + column : "") + "): " + problem;
    }

    /** The file as named on the command line or found. */
    public String file() {
        return file;
    }

    /** 1-based line of the problem, or -1 when it concerns the whole file. */
    public int line() {
        return line;
    }

    /** 1-based column of the problem, or -1. */
    public int column() {
        return column;
    }
}
