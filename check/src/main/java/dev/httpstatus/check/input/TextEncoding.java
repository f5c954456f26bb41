package dev.httpstatus.check.input;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The character encoding of a text file, told from its first four bytes: a byte-order mark, or for
 * text without one the zero bytes that UTF-16 and UTF-32 put beside an ASCII character.
 *
 * <pre>{@code
 * TextEncoding e = TextEncoding.sniff(new byte[] {(byte) 0xFF, (byte) 0xFE, '{', 0}, 4);
 * e.charset();     // UTF-16LE
 * e.bomLength();   // 2
 * InputStream utf8 = TextEncoding.toUtf8(in);   // what the readers read: UTF-8 without a mark
 * }</pre>
 *
 * <p>Windows tools (PowerShell's {@code >}, Notepad's "Unicode") write UTF-16 with a mark; JSON
 * and HTTP are UTF-8 or ASCII otherwise. Without a mark, a zero byte is taken as UTF-16 or UTF-32
 * only beside an ASCII character, so binary junk stays junk and is reported as such.
 */
record TextEncoding(Charset charset, int bomLength) {

    static final TextEncoding UTF_8 = new TextEncoding(StandardCharsets.UTF_8, 0);

    /** Reads up to four bytes into {@code buffer}; returns how many (fewer only at the end of input). */
    static int readHead(InputStream in, byte[] buffer) throws IOException {
        int n = 0;
        while (n < 4) {
            int r = in.read(buffer, n, 4 - n);
            if (r < 0) {
                break;
            }
            n += r;
        }
        return n;
    }

    /** The encoding the first {@code n} (at most 4) bytes of {@code b} show. */
    static TextEncoding sniff(byte[] b, int n) {
        int b0 = n > 0 ? b[0] & 0xFF : -1;
        int b1 = n > 1 ? b[1] & 0xFF : -1;
        int b2 = n > 2 ? b[2] & 0xFF : -1;
        int b3 = n > 3 ? b[3] & 0xFF : -1;
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            return new TextEncoding(StandardCharsets.UTF_8, 3);
        }
        if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF) {
            return new TextEncoding(Charset.forName("UTF-32BE"), 4);
        }
        if (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) {
            return new TextEncoding(Charset.forName("UTF-32LE"), 4);
        }
        if (b0 == 0xFE && b1 == 0xFF) {
            return new TextEncoding(StandardCharsets.UTF_16BE, 2);
        }
        if (b0 == 0xFF && b1 == 0xFE) {
            return new TextEncoding(StandardCharsets.UTF_16LE, 2);
        }
        if (n == 4 && b0 == 0 && b1 == 0 && b2 == 0 && isAscii(b3)) {
            return new TextEncoding(Charset.forName("UTF-32BE"), 0);
        }
        if (n == 4 && isAscii(b0) && b1 == 0 && b2 == 0 && b3 == 0) {
            return new TextEncoding(Charset.forName("UTF-32LE"), 0);
        }
        if (n >= 2 && b0 == 0 && isAscii(b1)) {
            return new TextEncoding(StandardCharsets.UTF_16BE, 0);
        }
        if (n >= 2 && isAscii(b0) && b1 == 0) {
            return new TextEncoding(StandardCharsets.UTF_16LE, 0);
        }
        return UTF_8;
    }

    /** Printable ASCII or white space: what the first character of a HAR or an HTTP message is. */
    private static boolean isAscii(int c) {
        return c >= 0x20 && c < 0x7F || c == '\t' || c == '\r' || c == '\n';
    }

    boolean isUtf8() {
        return charset.equals(StandardCharsets.UTF_8);
    }

    /**
     * {@code in} as UTF-8 without a byte-order mark, whatever its encoding; marks and resets
     * {@code in}, which must support it.
     */
    static InputStream toUtf8(BufferedInputStream in) throws IOException {
        in.mark(4);
        byte[] head = new byte[4];
        int n = readHead(in, head);
        in.reset();
        TextEncoding e = sniff(head, n);
        in.skipNBytes(e.bomLength);
        return e.isUtf8() ? in : new Utf8Transcoder(in, e.charset);
    }
}
