package dev.httpstatus.check.input;

import dev.httpstatus.check.model.Exchange;
import dev.httpstatus.check.model.Headers;
import dev.httpstatus.check.model.Source;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
 * its content.
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
        new RawHttpReader(in.markSupported() ? in : new java.io.BufferedInputStream(in), file, sink).readAll();
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
                readResponse(s, at);
                any = true;
            } else if (r.matches()) {
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
        readFields(h);
        request = h.build();
        String host = request.first("Host").orElse(null);
        if (url.startsWith("/") && host != null) {
            url = "http://" + host + url; // lets rules resolve relative Location values
        }
        long length = contentLength(request, at);
        if (length > 0) {
            skipBytes(length);
        } else if (isChunked(request)) {
            readChunked(null, at);
        }
    }

    private void readResponse(Matcher s, int at) throws IOException {
        Exchange.Builder x = Exchange.builder(Source.line(file, at))
                .method(method).url(url).requestVersion(requestVersion).request(request)
                .responseVersion(s.group(1)).status(Integer.parseInt(s.group(2)))
                .reasonPhrase(s.group(3) == null ? "" : s.group(3));
        Headers.Builder h = Headers.builder();
        readFields(h);
        Headers headers = h.build();
        x.response(headers);
        Body body = new Body();
        int status = Integer.parseInt(s.group(2));
        // Content-Length of a HEAD or 304 response describes the GET's content, which is not sent;
        // 1xx and 204 have none. Text standing before the next message is then stray content.
        boolean bodiless = (status >= 100 && status < 200) || status == 204 || status == 304
                || method.equalsIgnoreCase("HEAD");
        long length = contentLength(headers, at);
        if (bodiless) {
            readUntilNextMessage(body);
        } else if (isChunked(headers)) {
            Headers trailers = readChunked(body, at);
            for (int i = 0; i < trailers.size(); i++) {
                x.note("trailer field " + trailers.name(i) + ": " + trailers.value(i) + " (not checked as a header field)");
            }
        } else if (length >= 0) {
            long got = readBytes(body, length);
            if (got < length) {
                x.note("the content ends after " + got + " of the " + length + " bytes Content-Length declares");
            }
        } else {
            readUntilNextMessage(body);
        }
        x.bodyLength(body.length);
        x.body(body.text(), body.length <= HarReader.MAX_BODY);
        sink.exchange(x.build());
    }

    private void readFields(Headers.Builder h) throws IOException {
        String line;
        String name = null;
        StringBuilder value = null;
        while ((line = nextLine()) != null && !line.isEmpty()) {
            if ((line.charAt(0) == ' ' || line.charAt(0) == '\t') && name != null) {
                value.append(' ').append(line.trim()); // obsolete line folding
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw bad(lineNo, "expected a header field \"Name: value\" or an empty line, found \"" + abbreviate(line) + "\"");
            }
            if (name != null) {
                add(h, name, value);
            }
            name = line.substring(0, colon).trim();
            value = new StringBuilder(line.substring(colon + 1).trim());
        }
        if (name != null) {
            add(h, name, value);
        }
    }

    private static void add(Headers.Builder h, String name, StringBuilder value) {
        h.add(name, value.length() > HarReader.MAX_VALUE ? value.substring(0, HarReader.MAX_VALUE) : value.toString());
    }

    private long contentLength(Headers h, int at) throws BadInputException {
        String v = h.first("Content-Length").orElse(null);
        if (v == null) {
            return -1;
        }
        try {
            long n = Long.parseLong(v.trim());
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw bad(at, "Content-Length \"" + abbreviate(v) + "\" is not a number of bytes");
        }
    }

    private static boolean isChunked(Headers h) {
        return h.first("Transfer-Encoding").map(v -> v.toLowerCase(Locale.ROOT).contains("chunked")).orElse(false);
    }

    /** The content seen: its length, and its first characters. */
    private static final class Body {
        long length;
        final ByteArrayOutputStream prefix = new ByteArrayOutputStream();

        void add(byte[] b, int off, int len) {
            length += len;
            int room = HarReader.MAX_BODY - prefix.size();
            if (room > 0) {
                prefix.write(b, off, Math.min(room, len));
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
            String size = line.split(";", 2)[0].trim();
            long n;
            try {
                n = Long.parseLong(size, 16);
            } catch (NumberFormatException e) {
                throw bad(lineNo, "expected a chunk size in hexadecimal, found \"" + abbreviate(line) + "\"");
            }
            if (n == 0) {
                Headers.Builder trailers = Headers.builder();
                readFields(trailers);
                return trailers.build();
            }
            if (body == null) {
                skipBytes(n);
            } else {
                readBytes(body, n);
            }
            nextLine(); // the CRLF after the chunk data
        }
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

    private void skipBytes(long n) throws IOException {
        readBytes(new Body(), n);
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
