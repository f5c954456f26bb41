package dev.httpstatus.check.input;

import dev.httpstatus.check.model.Exchange;
import dev.httpstatus.check.model.Headers;
import dev.httpstatus.check.model.Source;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads HTTP/1.x messages as text: one or more responses, each optionally preceded by the request
 * that caused it (request line, header fields, and content if it declares a length).
 *
 * <pre>{@code
 * GET /login HTTP/1.1
 * Host: example.com
 *
 * HTTP/1.1 401 Unauthorized
 * Content-Length: 0
 *
 * HTTP/1.1 200 OK
 * ...
 * }</pre>
 *
 * <pre>{@code RawHttpReader.read(in, "dump.http", sink);  // one Exchange per response, located by line}</pre>
 *
 * <p>A request applies to every response after it until the next request, so an interim 100 and
 * the final response share theirs. Content is delimited by Content-Length, by chunked coding, or
 * else runs up to the next line that starts a message. Lines may end in CRLF or LF. Streams the
 * input: only the message being read is held, and at most {@value HarReader#MAX_BODY} characters of
 * its content, decoded first when a response has {@code Content-Encoding: gzip} or {@code deflate}.
 * As in the HAR reader, a field value over {@value HarReader#MAX_VALUE} characters is cut with a
 * note, one over {@value HarReader#MAX_FIELD} (folded lines counted together) is refused, and fields
 * beyond {@value HarReader#MAX_FIELDS} per message are counted in a note. A UTF-8 byte-order mark is
 * skipped; UTF-16 and UTF-32 text is read as the same characters.
 *
 * <p>Framing that HTTP/1.1 forbids (RFC 9112 §6 and §7) stops the input with the line where it
 * happens, because whatever followed would be read out of step: a chunk size that is not plain
 * hexadecimal, chunk data longer or shorter than its size, a Content-Length that is not plain
 * digits or that differs between fields, Transfer-Encoding beside Content-Length, content that ends
 * before its Content-Length, and NUL or a bare CR in a header section.
 */
public final class RawHttpReader {

    private static final Pattern STATUS_LINE = Pattern.compile("(HTTP/\\d(?:\\.\\d)?) +(\\d{1,9})(?: (.*))?");
    private static final Pattern REQUEST_LINE = Pattern.compile("([!#$%&'*+.^_`|~0-9A-Za-z-]+) +(\\S+) +(HTTP/\\d(?:\\.\\d)?)");

    private final InputStream in;
    private final String file;
    private final ExchangeSink sink;
    private int lineNo;
    private String pending;
    private int pendingNo;
    private boolean eof;
    /** Notes on the message being read, handed to its exchange. */
    private final List<String> notes = new ArrayList<>(2);
    /** Notes on the request in force, given to each of its responses. */
    private List<String> requestNotes = List.of();

    // the request in force
    private String method = "";
    private String url = "";
    private String requestVersion = "";
    private Headers request = Headers.empty();

    private RawHttpReader(InputStream in, String file, ExchangeSink sink) {
        this.in = in;
        this.file = file;
        this.sink = sink;
    }

    /**
     * Reads every response in {@code in}; does not close it.
     *
     * @throws BadInputException if a line is neither a message start, a header field nor content where
     *                           one is due, naming the line and what was expected
     */
    public static void read(InputStream in, String file, ExchangeSink sink) throws IOException {
        InputStream text = TextEncoding.toUtf8(in instanceof BufferedInputStream b ? b : new BufferedInputStream(in));
        if (!(text instanceof BufferedInputStream)) {
            text = new BufferedInputStream(text); // read byte by byte below
        }
        RawHttpReader r = new RawHttpReader(text, file, sink);
        try {
            r.readAll();
        } catch (CharConversionException e) {
            throw r.bad(r.lineNo + 1, "not text: " + e.getMessage());
        }
    }

    private void readAll() throws IOException {
        boolean any = false;
        String line;
        while ((line = nextLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            int at = lineNo;
            Matcher s = STATUS_LINE.matcher(line);
            Matcher r = REQUEST_LINE.matcher(line);
            if (s.matches()) {
                requireText(line, at, "status line");
                readResponse(s, at);
                any = true;
            } else if (r.matches()) {
                requireText(line, at, "request line");
                readRequest(r, at);
            } else if (isBinary(line)) {
                throw bad(at, "binary data, not HTTP text (expected a status line such as \"HTTP/1.1 200 OK\")");
            } else {
                throw bad(at, "expected a status line such as \"HTTP/1.1 200 OK\" or a request line such as "
                        + "\"GET /path HTTP/1.1\", found \"" + abbreviate(line) + "\"");
            }
        }
        if (!any) {
            throw new BadInputException(Source.file(file), "", "no HTTP response found (expected a status line such as \"HTTP/1.1 200 OK\")");
        }
    }

    private void readRequest(Matcher r, int at) throws IOException {
        method = r.group(1);
        url = r.group(2);
        requestVersion = r.group(3);
        Headers.Builder h = Headers.builder();
        notes.clear();
        readFields(h, "request");
        request = h.build();
        requestNotes = List.copyOf(notes);
        String host = request.first("Host").orElse(null);
        if (url.startsWith("/") && host != null) {
            url = "http://" + host + url; // lets rules resolve relative Location values
        }
        long length = contentLength(request, at);
        if (isChunked(request)) {
            readChunked(null, at);
        } else if (length > 0) {
            long got = skipBytes(length);
            if (got < length) {
                throw shortContent(at, got, length);
            }
        }
    }

    private void readResponse(Matcher s, int at) throws IOException {
        Exchange.Builder x = Exchange.builder(Source.line(file, at))
                .method(method).url(url).requestVersion(requestVersion).request(request)
                .responseVersion(s.group(1)).status(Integer.parseInt(s.group(2)))
                .reasonPhrase(s.group(3) == null ? "" : s.group(3));
        Headers.Builder h = Headers.builder();
        notes.clear();
        readFields(h, "response");
        Headers headers = h.build();
        x.response(headers);
        requestNotes.forEach(x::note);
        notes.forEach(x::note);
        Body body = new Body();
        int status = Integer.parseInt(s.group(2));
        // Content-Length of a HEAD or 304 response describes the GET's content, which is not sent;
        // 1xx and 204 have none. Text standing before the next message is then stray content.
        boolean bodiless = (status >= 100 && status < 200) || status == 204 || status == 304
                || method.equalsIgnoreCase("HEAD");
        long length = contentLength(headers, at);
        if (!bodiless) {
            body.decoder = ContentDecoder.of(String.join(",", headers.all("Content-Encoding")), HarReader.MAX_BODY);
        }
        if (bodiless) {
            readUntilNextMessage(body);
        } else if (isChunked(headers)) {
            notes.clear();
            Headers trailers = readChunked(body, at);
            notes.forEach(x::note);
            for (int i = 0; i < trailers.size(); i++) {
                x.note("trailer field " + trailers.name(i) + ": " + trailers.value(i) + " (not checked as a header field)");
            }
        } else if (length >= 0) {
            long got = readBytes(body, length);
            if (got < length) {
                throw shortContent(at, got, length);
            }
        } else {
            readUntilNextMessage(body);
        }
        x.bodyLength(body.length);
        if (body.decoder == null || body.length == 0) {
            x.body(body.text(), body.length <= HarReader.MAX_BODY);
        } else {
            // rules read the content as sent before the coding was applied
            ContentDecoder d = body.decoder;
            d.finish();
            if (d.problem() != null) {
                x.note(d.problem());
            } else {
                x.body(d.text(), d.isComplete());
            }
        }
        sink.exchange(x.build());
    }

    private BadInputException shortContent(int at, long got, long length) {
        return bad(at, "the content of this message ends after " + got + " of the " + length
                + " bytes its Content-Length declares (cut short?)");
    }

    /**
     * Reads a header or trailer section up to its empty line into {@code h}, noting in {@link #notes}
     * what was cut or left out.
     */
    private void readFields(Headers.Builder h, String what) throws IOException {
        String line;
        Field field = null;
        int extra = 0;
        int count = 0;
        int late = 0;
        while ((line = nextLine()) != null && !line.isEmpty()) {
            requireText(line, lineNo, "header field");
            if ((line.charAt(0) == ' ' || line.charAt(0) == '\t') && field != null) {
                field.fold(line.trim()); // obsolete line folding
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw bad(lineNo, "expected a header field \"Name: value\" or an empty line, found \"" + abbreviate(line) + "\"");
            }
            if (field != null) {
                field.addTo(h);
            }
            field = null;
            String name = line.substring(0, colon).trim();
            if (++count > HarReader.MAX_FIELDS) {
                // Still read, so that the content after the section is found; where it ends is still
                // told by the framing fields, so those are kept, up to a few.
                if (!isFraming(name) || ++late > MAX_LATE_FRAMING) {
                    extra++;
                    continue;
                }
            }
            field = new Field(name, line.substring(colon + 1).trim(), lineNo);
        }
        if (field != null) {
            field.addTo(h);
        }
        if (extra > 0) {
            notes.add(what + ": " + extra + " header fields beyond the first " + HarReader.MAX_FIELDS + " were not checked");
        }
    }

    /** Framing fields kept past {@link HarReader#MAX_FIELDS}; more than a few can only be an attack. */
    private static final int MAX_LATE_FRAMING = 16;

    private static boolean isFraming(String name) {
        return name.equalsIgnoreCase("Content-Length") || name.equalsIgnoreCase("Transfer-Encoding");
    }

    /** One field line and its folded continuations, held up to the length that is checked. */
    private final class Field {
        final String name;
        final StringBuilder value;
        final int line;
        long length;

        Field(String name, String value, int line) throws BadInputException {
            this.name = name;
            this.value = new StringBuilder(Math.min(value.length(), HarReader.MAX_VALUE));
            this.line = line;
            append(value);
        }

        void fold(String more) throws BadInputException {
            append(" ");
            append(more);
        }

        private void append(String s) throws BadInputException {
            length += s.length();
            if (length > HarReader.MAX_FIELD) {
                throw bad(line, "header field " + Printable.quote(name, 40) + " runs over " + HarReader.MAX_FIELD
                        + " characters (folded lines included); no HTTP implementation accepts one, so the input is damaged");
            }
            int room = HarReader.MAX_VALUE - value.length();
            if (room > 0) {
                value.append(s, 0, Math.min(room, s.length()));
            }
        }

        void addTo(Headers.Builder h) {
            if (length > HarReader.MAX_VALUE) {
                notes.add("header field " + Printable.quote(name, 40) + " (line " + line + "): value of " + length
                        + " characters cut to " + HarReader.MAX_VALUE + " for checking");
            }
            h.add(name, value.toString());
        }
    }

    /**
     * NUL and a CR that does not end the line are not allowed in a message's head (RFC 9110 §5.5,
     * RFC 9112 §2.2); a reader that let them pass would split or join fields differently from others.
     */
    private void requireText(String line, int at, String what) throws BadInputException {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == 0 || c == '\r') {
                throw bad(at, (c == 0 ? "NUL" : "a bare CR") + " in a " + what + " at column " + (i + 1)
                        + ": not allowed in HTTP/1.1 (RFC 9112 §2.2)");
            }
        }
    }

    /**
     * The Content-Length, or -1 without one. Every value, on one line or several, must be the same
     * plain decimal number (RFC 9110 §8.6; RFC 9112 §6.3 says a recipient must not guess otherwise),
     * and a message must not have it beside Transfer-Encoding (RFC 9112 §6.2).
     */
    private long contentLength(Headers h, int at) throws BadInputException {
        List<String> values = h.all("Content-Length");
        if (values.isEmpty()) {
            return -1;
        }
        if (h.has("Transfer-Encoding")) {
            throw bad(at, "the message has both Transfer-Encoding and Content-Length, which HTTP/1.1 forbids"
                    + " (RFC 9112 §6.2): readers would disagree on where it ends");
        }
        long length = -1;
        for (String v : values) {
            for (String one : v.split(",", -1)) {
                long n = digits(one.trim());
                if (n < 0) {
                    throw bad(at, "Content-Length \"" + abbreviate(v) + "\" is not a number of bytes (plain digits, RFC 9110 §8.6)");
                }
                if (length >= 0 && n != length) {
                    throw bad(at, "Content-Length has different values (" + length + " and " + n
                            + "): where the message ends cannot be told (RFC 9112 §6.3)");
                }
                length = n;
            }
        }
        return length;
    }

    /** The value of 1*DIGIT {@code s}, or -1 when it is anything else (a sign, a space, too large). */
    private static long digits(String s) {
        if (s.isEmpty() || s.length() > 18) {
            return -1;
        }
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    private static boolean isChunked(Headers h) {
        for (String v : h.all("Transfer-Encoding")) {
            if (v.toLowerCase(Locale.ROOT).contains("chunked")) {
                return true;
            }
        }
        return false;
    }

    /** The content seen: its length, its first bytes, and where it is coded, its decoding. */
    private static final class Body {
        long length;
        final ByteArrayOutputStream prefix = new ByteArrayOutputStream();
        ContentDecoder decoder;

        void add(byte[] b, int off, int len) {
            length += len;
            int room = HarReader.MAX_BODY - prefix.size();
            if (room > 0) {
                prefix.write(b, off, Math.min(room, len));
            }
            if (decoder != null) {
                decoder.feed(b, off, len);
            }
        }

        String text() {
            return prefix.toString(StandardCharsets.UTF_8);
        }
    }

    /** Reads chunked content into {@code body} (null: the request's, discarded); returns the trailer fields. */
    private Headers readChunked(Body body, int at) throws IOException {
        while (true) {
            String line = nextLine();
            if (line == null) {
                throw bad(lineNo, "the chunked content of the message at line " + at + " ends without its last chunk");
            }
            int sizeLine = lineNo;
            long n = chunkSize(line);
            if (n < 0) {
                throw bad(lineNo, "expected a chunk size in hexadecimal digits (RFC 9112 §7.1), found \"" + abbreviate(line) + "\"");
            }
            if (n == 0) {
                Headers.Builder trailers = Headers.builder();
                readFields(trailers, "trailer section");
                return trailers.build();
            }
            long got = body == null ? skipBytes(n) : readBytes(body, n);
            if (got < n) {
                throw bad(lineNo, "the input ends inside the chunk of " + n + " bytes that starts at line " + sizeLine
                        + " (" + got + " bytes read)");
            }
            String end = nextLine(); // the CRLF after the chunk data
            if (end == null) {
                throw bad(lineNo, "the chunked content of the message at line " + at + " ends without its last chunk");
            }
            if (!end.isEmpty()) {
                throw bad(lineNo, "the chunk that starts at line " + sizeLine + " is longer than its size, " + n
                        + " bytes, says (or an earlier one is shorter): expected the line break that ends it");
            }
        }
    }

    /** The size of a chunk-size line (1*HEXDIG, then optional BWS and extensions), or -1 if it is not one. */
    private static long chunkSize(String line) {
        int end = 0;
        while (end < line.length() && isHex(line.charAt(end))) {
            end++;
        }
        if (end == 0 || end > 15) {
            return -1;
        }
        String rest = line.substring(end).strip();
        if (!rest.isEmpty() && rest.charAt(0) != ';') {
            return -1;
        }
        return Long.parseLong(line.substring(0, end), 16);
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    private long readBytes(Body body, long n) throws IOException {
        byte[] buf = new byte[8192];
        long got = 0;
        while (got < n) {
            int r = in.read(buf, 0, (int) Math.min(buf.length, n - got));
            if (r < 0) {
                eof = true;
                break;
            }
            countLines(buf, r);
            body.add(buf, 0, r);
            got += r;
        }
        return got;
    }

    private long skipBytes(long n) throws IOException {
        return readBytes(new Body(), n);
    }

    private void countLines(byte[] buf, int len) {
        for (int i = 0; i < len; i++) {
            if (buf[i] == '\n') {
                lineNo++;
            }
        }
    }

    private void readUntilNextMessage(Body body) throws IOException {
        String line;
        while ((line = nextLine()) != null) {
            if (STATUS_LINE.matcher(line).matches() || REQUEST_LINE.matcher(line).matches()) {
                pending = line;
                pendingNo = lineNo;
                break;
            }
            byte[] b = (line + "\n").getBytes(StandardCharsets.ISO_8859_1);
            body.add(b, 0, b.length);
        }
        // a close-delimited body's last line break is part of the file layout, not of the content
        if (body.length > 0 && body.prefix.size() == body.length) {
            byte[] all = body.prefix.toByteArray();
            int trim = all.length;
            while (trim > 0 && (all[trim - 1] == '\n' || all[trim - 1] == '\r')) {
                trim--;
            }
            body.prefix.reset();
            body.prefix.write(all, 0, trim);
            body.length = trim;
        }
    }

    /** The next line without its terminator, or null at the end; ISO-8859-1 keeps every byte. */
    private String nextLine() throws IOException {
        if (pending != null) {
            String p = pending;
            pending = null;
            lineNo = pendingNo;
            return p;
        }
        if (eof) {
            return null;
        }
        StringBuilder b = new StringBuilder(80);
        int c;
        while ((c = in.read()) >= 0) {
            if (c == '\n') {
                lineNo++;
                int n = b.length();
                if (n > 0 && b.charAt(n - 1) == '\r') {
                    b.setLength(n - 1);
                }
                return b.toString();
            }
            if (b.length() >= HarReader.MAX_FIELD) {
                throw bad(lineNo + 1, "a line longer than " + HarReader.MAX_FIELD
                        + " bytes; no HTTP implementation accepts one, so the input is damaged or not HTTP");
            }
            b.append((char) c);
        }
        eof = true;
        if (b.length() == 0) {
            return null;
        }
        lineNo++;
        return b.toString();
    }

    /** Control characters other than tab mean the bytes are not text. */
    private static boolean isBinary(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c < 0x20 && c != '\t' || c == 0x7f) {
                return true;
            }
        }
        return false;
    }

    private BadInputException bad(int line, String problem) {
        return new BadInputException(Source.line(file, line), "", problem);
    }

    private static String abbreviate(String s) {
        return Printable.quote(s, 60);
    }
}
