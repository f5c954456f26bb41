package dev.httpstatus.check.input;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Undoes a content coding (RFC 9110 §8.4.1: gzip, x-gzip, deflate) as the content arrives, keeping
 * at most the first {@code limit} decoded bytes: what rules read is capped, so a decompression bomb
 * costs no more memory or time than {@code limit} bytes of output. A stream that does not decode
 * becomes a {@link #problem()}, never an exception.
 *
 * <pre>{@code
 * ContentDecoder d = ContentDecoder.of("gzip", 65536);   // null for identity or no coding
 * d.feed(bytes, 0, n);                                 // as often as content arrives
 * d.finish();
 * d.problem();      // null, or "Content-Encoding gzip: ..." for a note
 * d.text();         // the decoded content (its first 65536 bytes) as UTF-8
 * d.isComplete();   // decoded whole and within the limit
 * }</pre>
 *
 * <p>{@code deflate} is meant to be the zlib format (RFC 1950) but some servers send raw deflate
 * (RFC 1951); like browsers, both are accepted, told apart by the zlib header. Other codings
 * ({@code br}, {@code zstd}, {@code compress}, several codings in a row) are not decoded: the
 * problem says so and the content is left unchecked.
 */
final class ContentDecoder {

    private enum State { HEADER, DATA, TRAILER, DONE }

    private final String coding;
    private final boolean gzip;
    private final int limit;
    private final ByteArrayOutputStream decoded;
    private final byte[] window = new byte[8192];
    private final ByteArrayOutputStream header = new ByteArrayOutputStream();
    private final CRC32 crc = new CRC32();
    private Inflater inflater;
    private State state;
    private boolean capped;
    private long total;
    private String problem;

    private ContentDecoder(String coding, boolean gzip, int limit, String problem) {
        this.coding = coding;
        this.gzip = gzip;
        this.limit = limit;
        this.decoded = new ByteArrayOutputStream(Math.min(limit, 8192));
        this.problem = problem;
        this.state = problem == null ? State.HEADER : State.DONE;
    }

    /**
     * A decoder for the {@code Content-Encoding} field value {@code codings}, or null when the content
     * is not coded (no value, or identity).
     */
    static ContentDecoder of(String codings, int limit) {
        if (codings == null) {
            return null;
        }
        String c = codings.trim().toLowerCase(Locale.ROOT);
        if (c.isEmpty() || c.equals("identity")) {
            return null;
        }
        return switch (c) {
            case "gzip", "x-gzip" -> new ContentDecoder(c, true, limit, null);
            case "deflate" -> new ContentDecoder(c, false, limit, null);
            default -> new ContentDecoder(c, false, limit, "Content-Encoding " + Printable.quote(c, 40)
                    + " is not decoded; the content was not checked");
        };
    }

    /** Passes on {@code len} bytes of coded content; uses them before it returns. */
    void feed(byte[] b, int off, int len) {
        int end = off + len;
        while (off < end && state != State.DONE) {
            switch (state) {
                case HEADER -> off = header(b, off, end);
                case DATA -> off = inflate(b, off, end);
                case TRAILER -> off = trailer(b, off, end);
                default -> off = end;
            }
        }
    }

    /** The content has ended: checks that the coded stream ended too, and frees the inflater. */
    void finish() {
        if (problem == null && !capped && state != State.DONE) {
            fail("the coded content ends early (cut short?)");
        }
        if (inflater != null) {
            inflater.end();
            inflater = null;
        }
    }

    /** Why the content could not be decoded, or null. */
    String problem() {
        return problem;
    }

    /** The decoded content, up to the limit, read as UTF-8. */
    String text() {
        return decoded.toString(StandardCharsets.UTF_8);
    }

    /** Whether {@link #text()} is all of the decoded content. */
    boolean isComplete() {
        return problem == null && !capped && state == State.DONE;
    }

    private int header(byte[] b, int off, int end) {
        if (!gzip) {
            while (off < end && header.size() < 2) {
                header.write(b[off++]);
            }
            if (header.size() < 2) {
                return off;
            }
            // zlib starts with CMF (method 8) and FLG such that CMF*256+FLG is a multiple of 31
            byte[] first = header.toByteArray();
            header.reset();
            int cmf = first[0] & 0xFF;
            int flg = first[1] & 0xFF;
            inflater = new Inflater(!((cmf & 0x0F) == 8 && (cmf * 256 + flg) % 31 == 0));
            state = State.DATA;
            inflate(first, 0, 2); // the two bytes looked at are coded content too
            return off;
        }
        while (off < end) {
            header.write(b[off++]);
            int n = gzipHeaderLength(header.toByteArray());
            if (n == -2) {
                fail("not a gzip stream (it does not start with the gzip magic bytes)");
                return end;
            }
            if (n > 0) {
                inflater = new Inflater(true);
                state = State.DATA;
                header.reset();
                return off;
            }
            if (header.size() > 65536) {
                fail("a gzip header over 64 KiB");
                return end;
            }
        }
        return off;
    }

    /** The gzip header's length (RFC 1952 §2.3) once {@code h} holds all of it; -1 for more; -2 if not gzip. */
    private static int gzipHeaderLength(byte[] h) {
        if (h.length >= 1 && (h[0] & 0xFF) != 0x1F || h.length >= 2 && (h[1] & 0xFF) != 0x8B
                || h.length >= 3 && h[2] != 8) {
            return -2;
        }
        if (h.length < 10) {
            return -1;
        }
        int flags = h[3] & 0xFF;
        int at = 10;
        if ((flags & 4) != 0) { // FEXTRA
            if (h.length < at + 2) {
                return -1;
            }
            at += 2 + ((h[at] & 0xFF) | (h[at + 1] & 0xFF) << 8);
        }
        for (int bit : new int[] {8, 16}) { // FNAME, FCOMMENT: zero-terminated
            if ((flags & bit) != 0) {
                while (at < h.length && h[at] != 0) {
                    at++;
                }
                if (at >= h.length) {
                    return -1;
                }
                at++;
            }
        }
        if ((flags & 2) != 0) { // FHCRC
            at += 2;
        }
        return h.length >= at ? at : -1;
    }

    private int inflate(byte[] b, int off, int end) {
        inflater.setInput(b, off, end - off);
        try {
            while (!capped && !inflater.finished()) {
                int n = inflater.inflate(window);
                if (n == 0) {
                    if (inflater.needsDictionary()) {
                        fail("the deflate stream needs a preset dictionary, which HTTP never has");
                        return end;
                    }
                    if (inflater.needsInput()) {
                        return end;
                    }
                    continue;
                }
                total += n;
                crc.update(window, 0, n);
                int room = limit - decoded.size();
                decoded.write(window, 0, Math.min(room, n));
                if (n > room) {
                    capped = true; // enough for the rules; the rest is neither decoded nor held
                }
            }
        } catch (DataFormatException e) {
            fail("the content is not a valid " + coding + " stream (corrupt or not coded as declared)");
            return end;
        }
        if (capped) {
            state = State.DONE;
            return end;
        }
        int rest = inflater.getRemaining();
        state = gzip ? State.TRAILER : State.DONE;
        return end - rest;
    }

    private int trailer(byte[] b, int off, int end) {
        while (off < end && header.size() < 8) {
            header.write(b[off++]);
        }
        if (header.size() == 8) {
            byte[] t = header.toByteArray();
            long crc32 = (t[0] & 0xFFL) | (t[1] & 0xFFL) << 8 | (t[2] & 0xFFL) << 16 | (t[3] & 0xFFL) << 24;
            long size = (t[4] & 0xFFL) | (t[5] & 0xFFL) << 8 | (t[6] & 0xFFL) << 16 | (t[7] & 0xFFL) << 24;
            if (crc32 != crc.getValue() || size != (total & 0xFFFFFFFFL)) {
                fail("the gzip checksum does not match the content (corrupt)");
            }
            state = State.DONE;
            return end; // a second gzip member or trailing bytes are not read
        }
        return off;
    }

    private void fail(String why) {
        if (problem == null) {
            problem = "Content-Encoding " + coding + ": " + why + "; the content was not checked";
        }
        state = State.DONE;
    }
}
