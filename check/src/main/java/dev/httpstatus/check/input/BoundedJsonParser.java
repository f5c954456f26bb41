package dev.httpstatus.check.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.json.UTF8StreamJsonParser;
import com.fasterxml.jackson.core.sym.ByteQuadsCanonicalizer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.Writer;

/**
 * Jackson's UTF-8 streaming parser with a bound on every string it decodes: a string longer than
 * {@link #MAX_STRING} characters is read up to the first characters the caller keeps, and the rest
 * is skipped without being held, so a capture with a 200-million-character URL or body is read in
 * constant memory and the entries after it are still read.
 *
 * <pre>{@code
 * BoundedJsonParser p = BoundedJsonParser.open(in);     // UTF-8 (with or without BOM), UTF-16 or UTF-32
 * if (p.nextToken() == JsonToken.VALUE_STRING) {
 *     String url = p.text(8192);   // at most 8192 characters
 *     p.textLength();              // the whole string's length, or -1 when over MAX_STRING
 * }
 * }</pre>
 *
 * <p>Jackson has no call that decodes only a prefix of a string. Its length limit
 * ({@link StreamReadConstraints#getMaxStringLength()}) stops the decoding when a segment of its text
 * buffer fills past the limit, which happens between two characters of the input; this parser then
 * skips the rest of the string as Jackson does for a string nobody asked for. Everything else is
 * Jackson's own code, so the hot path (tokens, names, skipped values) costs what it always did.
 * Nesting depth, number length and name length keep Jackson's limits (1000 levels, 1000 digits,
 * 50000 characters); over them, Jackson stops with a {@link StreamConstraintsException}.
 */
final class BoundedJsonParser extends UTF8StreamJsonParser {

    /** The longest string decoded whole; longer ones keep a prefix. */
    static final int MAX_STRING = 1 << 20;
    /** Deepest nesting of objects and arrays. */
    static final int MAX_DEPTH = StreamReadConstraints.DEFAULT_MAX_DEPTH;
    /** Most digits in a number. */
    static final int MAX_NUMBER = StreamReadConstraints.DEFAULT_MAX_NUM_LEN;
    /** Longest field name. */
    static final int MAX_NAME = StreamReadConstraints.DEFAULT_MAX_NAME_LEN;

    private static final Factory FACTORY = new Factory();

    private int textLength;

    private BoundedJsonParser(IOContext ctxt, int features, InputStream in, ByteQuadsCanonicalizer sym,
            byte[] buffer, int start, int end) {
        super(ctxt, features, in, null, sym, buffer, start, end, start, true);
    }

    /** A parser over {@code in}, which it does not close; the text encoding is taken from its first bytes. */
    static BoundedJsonParser open(InputStream in) throws IOException {
        return (BoundedJsonParser) FACTORY.createParser(in);
    }

    /**
     * The current string value, at most {@code max} characters of it; {@link #textLength()} tells the
     * whole length. Only for {@link JsonToken#VALUE_STRING}.
     */
    String text(int max) throws IOException {
        if (!_tokenIncomplete) {
            // read before: the buffer holds all of it, or the kept start of an over-long one
            // (getText() would refuse that as too long)
            return prefix(max);
        }
        _tokenIncomplete = false;
        try {
            _finishString();
        } catch (StreamConstraintsException tooLong) {
            // Stopped between two characters of the string: keep the prefix, skip the rest unread.
            String prefix = prefix(max);
            _skipString();
            textLength = -1;
            return prefix;
        }
        textLength = _textBuffer.size();
        return textLength <= max ? _textBuffer.contentsAsString() : prefix(max);
    }

    /** The length of the string last read by {@link #text(int)}, or -1 when it was over {@link #MAX_STRING}. */
    int textLength() {
        return textLength;
    }

    private String prefix(int max) throws IOException {
        Prefix w = new Prefix(max);
        _textBuffer.contentsToWriter(w);
        String s = w.b.toString();
        return s.substring(0, cut(s, s.length()));
    }

    /** Where to cut {@code s} at most {@code max} characters in without splitting a surrogate pair. */
    private static int cut(String s, int max) {
        return max > 0 && Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
    }

    /** Keeps the first characters written to it. */
    private static final class Prefix extends Writer {
        final StringBuilder b;
        final int max;

        Prefix(int max) {
            this.max = max;
            this.b = new StringBuilder(Math.min(max, 1024));
        }

        @Override
        public void write(char[] c, int off, int len) {
            int room = max - b.length();
            if (room > 0) {
                b.append(c, off, Math.min(room, len));
            }
        }

        @Override
        public void write(String s, int off, int len) {
            int room = max - b.length();
            if (room > 0) {
                b.append(s, off, off + Math.min(room, len));
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }

    /** Builds the bounded parser in place of Jackson's and reads the byte-order mark itself. */
    private static final class Factory extends JsonFactory {
        private static final long serialVersionUID = 1L;

        Factory() {
            super(new JsonFactoryBuilder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxStringLength(MAX_STRING)
                            .maxNestingDepth(MAX_DEPTH)
                            .maxNumberLength(MAX_NUMBER)
                            .maxNameLength(MAX_NAME)
                            .build())
                    .disable(StreamReadFeature.AUTO_CLOSE_SOURCE));
        }

        @Override
        protected JsonParser _createParser(InputStream in, IOContext ctxt) throws IOException {
            byte[] buffer = ctxt.allocReadIOBuffer();
            int n = TextEncoding.readHead(in, buffer);
            TextEncoding enc = TextEncoding.sniff(buffer, n);
            ByteQuadsCanonicalizer names = _byteSymbolCanonicalizer.makeChild(_factoryFeatures);
            if (enc.isUtf8()) {
                return new BoundedJsonParser(ctxt, _parserFeatures, in, names, buffer, enc.bomLength(), n);
            }
            // UTF-16 and UTF-32 are read as UTF-8 made on the fly: one parser, one set of limits.
            InputStream rest = new SequenceInputStream(
                    new ByteArrayInputStream(buffer.clone(), enc.bomLength(), n - enc.bomLength()), in);
            return new BoundedJsonParser(ctxt, _parserFeatures, new Utf8Transcoder(rest, enc.charset()), names, buffer, 0, 0);
        }
    }
}
