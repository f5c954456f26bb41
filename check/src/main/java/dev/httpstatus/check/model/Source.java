package dev.httpstatus.check.model;

import java.util.Objects;

/**
 * Where an exchange came from: a file (or URL, or "-" for standard input) and a position in it.
 *
 * <pre>{@code
 * Source.entry("session.har", 3).toString();   // "session.har entry 3"
 * Source.line("dump.http", 17).toString();     // "dump.http line 17"
 * }</pre>
 *
 * @param file  the file name as given, the URL of a live check, or "-" for standard input
 * @param entry the 0-based index of the HAR entry, or -1 when the source has no entries
 * @param line  the 1-based line where the response starts, or -1 when unknown
 * @param hop   for a live check that follows redirects, the 0-based hop; otherwise -1
 */
public record Source(String file, int entry, int line, int hop) {

    public Source {
        Objects.requireNonNull(file, "file");
    }

    /** The {@code index}th entry (0-based) of a HAR file. */
    public static Source entry(String file, int index) {
        return new Source(file, index, -1, -1);
    }

    /** The {@code index}th entry (0-based) of a HAR file, which starts on {@code line} (1-based). */
    public static Source entry(String file, int index, int line) {
        return new Source(file, index, line, -1);
    }

    /** A response starting on {@code line} (1-based) of a text file. */
    public static Source line(String file, int line) {
        return new Source(file, -1, line, -1);
    }

    /** The {@code hop}th response (0-based) of a live request to {@code url}. */
    public static Source hop(String url, int hop) {
        return new Source(url, -1, -1, hop);
    }

    /** A whole file, with no position inside it. */
    public static Source file(String file) {
        return new Source(file, -1, -1, -1);
    }

    /** The position alone: "entry 3", "line 17", "hop 1", or "" for a whole file. */
    public String position() {
        if (entry >= 0) {
            return "entry " + entry;
        }
        if (line >= 0) {
            return "line " + line;
        }
        if (hop >= 0) {
            return "hop " + hop;
        }
        return "";
    }

    @Override
    public String toString() {
        String p = position();
        return p.isEmpty() ? file : file + " " + p;
    }
}
