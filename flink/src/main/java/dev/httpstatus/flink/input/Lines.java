package dev.httpstatus.flink.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits a stream into lines (LF or CRLF), numbering them from 1, with a bound on a line's length so
 * that memory stays bounded on any input: a longer line is returned as {@link #TOO_LONG} and the rest
 * of it is skipped.
 *
 * <pre>{@code
 * Lines lines = new Lines(in);
 * for (String l; (l = lines.next()) != null; ) {
 *     if (l == Lines.TOO_LONG) { ... }   // identity comparison: the marker itself
 *     lines.number();                    // 1-based number of the line just returned
 * }
 * }</pre>
 *
 * <p>Bytes are decoded as UTF-8, malformed sequences replaced. Not thread-safe.
 */
final class Lines {

    /** Longest line kept, in bytes; access log lines are a few hundred. */
    static final int MAX_LINE = 1 << 20;

    /** Returned (by identity) in place of a line longer than {@link #MAX_LINE}. */
    static final String TOO_LONG = new String("line longer than " + MAX_LINE + " bytes");

    private final InputStream in;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int end;
    private byte[] line = new byte[256];
    private int lineLength;
    private long number;

    Lines(InputStream in) {
        this.in = in;
    }

    /** The next line without its terminator, {@link #TOO_LONG}, or null at the end of the stream. */
    String next() throws IOException {
        lineLength = 0;
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (pos == end) {
                end = in.read(buf, 0, buf.length);
                pos = 0;
                if (end <= 0) {
                    end = 0;
                    if (!any) {
                        return null;
                    }
                    break; // a last line without terminator
                }
            }
            any = true;
            int start = pos;
            while (pos < end && buf[pos] != '\n') {
                pos++;
            }
            int n = pos - start;
            if (!tooLong) {
                if (lineLength + n > MAX_LINE) {
                    tooLong = true;
                } else {
                    append(start, n);
                }
            }
            if (pos < end) {
                pos++; // the '\n'
                break;
            }
        }
        number++;
        if (tooLong) {
            return TOO_LONG;
        }
        int n = lineLength > 0 && line[lineLength - 1] == '\r' ? lineLength - 1 : lineLength;
        return new String(line, 0, n, StandardCharsets.UTF_8);
    }

    /** The 1-based number of the line last returned. */
    long number() {
        return number;
    }

    private void append(int start, int n) {
        if (lineLength + n > line.length) {
            line = Arrays.copyOf(line, Math.max(line.length * 2, lineLength + n));
        }
        System.arraycopy(buf, start, line, lineLength, n);
        lineLength += n;
    }
}
