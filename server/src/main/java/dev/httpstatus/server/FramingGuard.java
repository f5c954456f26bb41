package dev.httpstatus.server;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.ReferenceCountUtil;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads the HTTP/1.1 byte stream ahead of Netty's decoder and stops it at the first framing
 * fault that Netty would tolerate: a bare LF or CR, a NUL or other control byte in the head,
 * obsolete line folding, a Transfer-Encoding whose last coding is not chunked (or that names a
 * coding the server does not implement), chunk sizes with spaces or junk, a chunk not ended by
 * CRLF, Content-Length values that disagree. Lenient parsing is how one request is read as two
 * (RFC 9112 §6.3, §7.1, §11.2), so a faulty request is answered 400 (501 for an unknown coding)
 * and the connection closes.
 *
 * <p>Bytes before the fault go on to the decoder, so earlier pipelined requests are answered in
 * order; then a {@link Violation} takes the faulty request's place and nothing more is read. The
 * state is a few counters and one line buffer bounded by the header limit: memory does not grow
 * with the input.
 *
 * <pre>{@code pipeline.addLast(new FramingGuard(8192)); pipeline.addLast(decoder); …}</pre>
 */
final class FramingGuard extends ChannelInboundHandlerAdapter {

    /** A framing fault, delivered to {@link RequestHandler} in place of the request it spoils. */
    record Violation(int status, String detail) {}

    private enum State { REQUEST_LINE, HEADER_LINE, FIXED_BODY, CHUNK_SIZE, CHUNK_DATA, CHUNK_CR, CHUNK_LF,
        TRAILER_LINE, BROKEN }

    private final byte[] line;
    private State state = State.REQUEST_LINE;
    private int lineLength;
    private boolean cr;
    private long remaining;
    private boolean http10;
    private String transferEncoding;
    private String contentLength;
    /** Chunk-size line: 0 digits, 1 extension, 2 whitespace after the digits. */
    private int chunkPart;
    private int chunkDigits;
    private int faultAt;

    FramingGuard(int maxLine) {
        this.line = new byte[maxLine];
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof ByteBuf buf)) {
            ctx.fireChannelRead(msg);
            return;
        }
        if (state == State.BROKEN) {
            ReferenceCountUtil.release(msg);
            return;
        }
        int start = buf.readerIndex();
        Violation v = scan(buf, start, buf.writerIndex());
        if (v == null) {
            ctx.fireChannelRead(buf);
            return;
        }
        int good = faultAt - start;
        state = State.BROKEN;
        if (good > 0) {
            ctx.fireChannelRead(buf.retainedSlice(start, good));
        }
        buf.release();
        ctx.fireChannelRead(v);
    }

    private Violation scan(ByteBuf buf, int from, int to) {
        int i = from;
        while (i < to) {
            switch (state) {
                case FIXED_BODY, CHUNK_DATA -> {
                    int n = (int) Math.min(remaining, to - i);
                    i += n;
                    remaining -= n;
                    if (remaining == 0) {
                        state = state == State.FIXED_BODY ? State.REQUEST_LINE : State.CHUNK_CR;
                    }
                    continue;
                }
                case CHUNK_CR, CHUNK_LF -> {
                    byte b = buf.getByte(i);
                    if (b != (state == State.CHUNK_CR ? '\r' : '\n')) {
                        return fault(i, 400, "a chunk's data must be followed by CRLF");
                    }
                    if (state == State.CHUNK_CR) {
                        state = State.CHUNK_LF;
                    } else {
                        state = State.CHUNK_SIZE;
                        startChunk();
                    }
                    i++;
                    continue;
                }
                default -> {
                    Violation v = lineByte(buf.getByte(i), i);
                    if (v != null) {
                        return v;
                    }
                    i++;
                }
            }
        }
        return null;
    }

    private Violation fault(int at, int status, String detail) {
        faultAt = at;
        return new Violation(status, detail);
    }

    /** One byte of a request line, header, chunk-size or trailer line. */
    private Violation lineByte(byte b, int at) {
        if (cr) {
            if (b != '\n') {
                return fault(at, 400, "a CR not followed by LF; lines end with CRLF");
            }
            cr = false;
            return endOfLine(at);
        }
        if (b == '\r') {
            cr = true;
            return null;
        }
        if (b == '\n') {
            return fault(at, 400, "a bare LF; lines of the request head end with CRLF");
        }
        if (state == State.CHUNK_SIZE) {
            return chunkSizeByte(b, at);
        }
        if ((b < 0x20 && b != '\t') || b == 0x7f) {
            return fault(at, 400, String.format("control character 0x%02x in the request head", b & 0xff));
        }
        if (lineLength == 0 && (b == ' ' || b == '\t') && state != State.REQUEST_LINE) {
            return fault(at, 400, "obsolete line folding (a line starting with whitespace) is not accepted");
        }
        if (lineLength < line.length) {
            line[lineLength] = b;
        }
        lineLength++;
        return null;
    }

    private Violation chunkSizeByte(byte b, int at) {
        boolean hex = (b >= '0' && b <= '9') || (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F');
        if (chunkPart == 0 && hex) {
            if (++chunkDigits > 15) {
                return fault(at, 400, "a chunk size longer than the server accepts");
            }
            remaining = remaining * 16 + Character.digit(b, 16);
            return null;
        }
        if (chunkDigits == 0) {
            return fault(at, 400, "a chunk size must start with a hexadecimal digit");
        }
        if (chunkPart == 1) {
            if ((b < 0x20 && b != '\t') || b == 0x7f) {
                return fault(at, 400, "control character in a chunk extension");
            }
            return null;
        }
        if (b == ';') {
            chunkPart = 1;
        } else if (b == ' ' || b == '\t') {
            chunkPart = 2; // whitespace is allowed only before a ';' (BWS, RFC 9112 §7.1.1)
        } else {
            return fault(at, 400, String.format("byte 0x%02x in a chunk size", b & 0xff));
        }
        return null;
    }

    private Violation endOfLine(int at) {
        switch (state) {
            case REQUEST_LINE -> {
                if (lineLength == 0) {
                    return null; // an empty line before the request line may be ignored (RFC 9112 §2.2)
                }
                String text = ascii();
                http10 = text.endsWith(" HTTP/1.0");
                transferEncoding = null;
                contentLength = null;
                state = State.HEADER_LINE;
            }
            case HEADER_LINE -> {
                if (lineLength == 0) {
                    return bodyStarts(at);
                }
                header();
            }
            case CHUNK_SIZE -> {
                if (chunkDigits == 0 || chunkPart == 2) {
                    return fault(at, 400, chunkDigits == 0 ? "an empty chunk size line"
                            : "whitespace after a chunk size without an extension");
                }
                state = remaining == 0 ? State.TRAILER_LINE : State.CHUNK_DATA;
            }
            case TRAILER_LINE -> {
                if (lineLength == 0) {
                    state = State.REQUEST_LINE;
                }
            }
            default -> throw new IllegalStateException(state.name());
        }
        lineLength = 0;
        return null;
    }

    private void header() {
        int n = Math.min(lineLength, line.length);
        int colon = -1;
        for (int i = 0; i < n; i++) {
            if (line[i] == ':') {
                colon = i;
                break;
            }
        }
        if (colon == 17 && matches("transfer-encoding")) {
            transferEncoding = join(transferEncoding, value(colon, n));
        } else if (colon == 14 && matches("content-length")) {
            contentLength = join(contentLength, value(colon, n));
        }
    }

    private Violation bodyStarts(int at) {
        lineLength = 0;
        if (transferEncoding != null) {
            if (http10) {
                return fault(at, 400, "an HTTP/1.0 request cannot use Transfer-Encoding (RFC 9112 §6.1)");
            }
            if (contentLength != null) {
                return fault(at, 400, "the request has both Content-Length and Transfer-Encoding; send only one");
            }
            String[] codings = transferEncoding.toLowerCase(Locale.ROOT).split(",");
            int chunked = 0;
            String unknown = null;
            String last = "";
            for (String c : codings) {
                String coding = c.trim();
                int semi = coding.indexOf(';');
                String name = (semi < 0 ? coding : coding.substring(0, semi)).trim();
                if (name.isEmpty()) {
                    continue;
                }
                last = name;
                if (name.equals("chunked")) {
                    chunked++;
                } else if (unknown == null) {
                    unknown = name;
                }
            }
            if (!last.equals("chunked") || chunked > 1) {
                return fault(at, 400, "Transfer-Encoding " + Text.quote(transferEncoding) + ": chunked must be the "
                        + "last coding, once, or the end of the request cannot be found (RFC 9112 §6.3)");
            }
            if (unknown != null) {
                return fault(at, 501, "Transfer-Encoding " + Text.quote(transferEncoding)
                        + ": the server implements only the chunked transfer coding, not " + Text.quote(unknown));
            }
            state = State.CHUNK_SIZE;
            startChunk();
            return null;
        }
        if (contentLength != null) {
            long length = -1;
            for (String v : contentLength.split(",")) {
                long n = digits(v.trim());
                if (n < 0 || (length >= 0 && n != length)) {
                    return fault(at, 400, "Content-Length " + Text.quote(contentLength)
                            + " is not one whole number of bytes");
                }
                length = n;
            }
            remaining = length;
            state = length > 0 ? State.FIXED_BODY : State.REQUEST_LINE;
            return null;
        }
        state = State.REQUEST_LINE;
        return null;
    }

    private void startChunk() {
        remaining = 0;
        chunkDigits = 0;
        chunkPart = 0;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        startChunk();
    }

    private static long digits(String s) {
        if (s.isEmpty() || s.length() > 18) {
            return -1;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return -1;
            }
        }
        return Long.parseLong(s);
    }

    private boolean matches(String lowerName) {
        for (int i = 0; i < lowerName.length(); i++) {
            int c = line[i];
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            }
            if (c != lowerName.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private String value(int colon, int n) {
        return new String(line, colon + 1, n - colon - 1, StandardCharsets.ISO_8859_1).trim();
    }

    private static String join(String a, String b) {
        return a == null ? b : a + "," + b;
    }

    private String ascii() {
        return new String(line, 0, Math.min(lineLength, line.length), StandardCharsets.ISO_8859_1);
    }
}
