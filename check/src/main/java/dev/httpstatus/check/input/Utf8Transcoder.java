package dev.httpstatus.check.input;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads text in one encoding (UTF-16 or UTF-32 here) as UTF-8 bytes, so that the readers, which
 * work on UTF-8, read it too. Bytes that are not text in that encoding stop the reading with a
 * {@link CharConversionException} naming the encoding and the offset.
 *
 * <pre>{@code
 * InputStream utf8 = new Utf8Transcoder(Files.newInputStream(path), StandardCharsets.UTF_16LE);
 * }</pre>
 */
final class Utf8Transcoder extends InputStream {

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder();
    private final ByteBuffer raw = ByteBuffer.allocate(8192);
    private final CharBuffer chars = CharBuffer.allocate(4096);
    private final ByteBuffer out = ByteBuffer.allocate(3 * 4096 + 8);
    private long consumed;
    private boolean eof;

    Utf8Transcoder(InputStream in, Charset from) {
        this.in = in;
        this.decoder = from.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        raw.limit(0);
        chars.limit(0);
        out.limit(0);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (!out.hasRemaining()) {
            if (!fill()) {
                return -1;
            }
        }
        int n = Math.min(len, out.remaining());
        out.get(b, off, n);
        return n;
    }

    /** Makes more UTF-8 bytes; false at the end of the input. */
    private boolean fill() throws IOException {
        if (!chars.hasRemaining()) {
            if (!decode()) {
                return false;
            }
        }
        out.clear();
        encoder.encode(chars, out, false);
        out.flip();
        return true;
    }

    /** Decodes more characters; false when there are none left. */
    private boolean decode() throws IOException {
        chars.clear();
        while (chars.position() == 0) {
            if (!raw.hasRemaining() && eof) {
                break;
            }
            raw.compact();
            if (!eof) {
                int r = in.read(raw.array(), raw.position(), raw.remaining());
                if (r < 0) {
                    eof = true;
                } else {
                    raw.position(raw.position() + r);
                }
            }
            raw.flip();
            int before = raw.position();
            CoderResult result = decoder.decode(raw, chars, eof);
            consumed += raw.position() - before;
            if (result.isError()) {
                throw new CharConversionException("bytes that are not " + decoder.charset().name()
                        + " text at byte " + consumed + " of the text");
            }
            if (eof && !raw.hasRemaining()) {
                decoder.flush(chars);
                break;
            }
        }
        chars.flip();
        return chars.hasRemaining();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
