package dev.httpstatus.server;

import dev.httpstatus.StatusCode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The 206 and 416 answers over a fixed 1024-byte text representation: {@code Range} is honoured
 * (one range as a plain partial body, several as {@code multipart/byteranges}); without one, 206
 * sends the first half. 416 and unsatisfiable ranges carry {@code Content-Range: bytes *}{@code /1024}.
 * A Range that is not a valid byte-range set, or whose {@code If-Range} does not match the
 * representation's strong ETag, is ignored: the whole representation comes back as 200
 * (RFC 9110 §14.2, §13.1.5).
 *
 * <pre>{@code GET /status/206  Range: bytes=10-19   →   206, Content-Range: bytes 10-19/1024, 10 bytes}</pre>
 */
final class PartialContent {

    /** The fields the partial body sets itself, so that the duty rows leave them alone. */
    static final java.util.Set<String> FIELDS = java.util.Set.of("Content-Range", "Content-Type");

    static final byte[] REPRESENTATION = representation();
    static final String BOUNDARY = "httpstatus-byteranges";
    /** The representation never changes, so one strong validator serves for If-Range. */
    static final String ETAG = "\"httpstatus-1024\"";

    private PartialContent() {}

    private static byte[] representation() {
        byte[] b = new byte[1024];
        String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (i % 64 == 63 ? '\n' : alphabet.charAt(i % alphabet.length()));
        }
        return b;
    }

    static void apply(Request req, StatusCode code, Reply r, boolean suppress, String forced) {
        int n = REPRESENTATION.length;
        r.headers.set("Accept-Ranges", "bytes");
        if (forced != null) {
            throw ProblemException.badParameter("body", forced,
                    code.code() + " has a body defined by the byte range; ?body= cannot replace it");
        }
        r.headers.set("ETag", ETAG);
        String header = req.headers().get("Range");
        List<ByteRanges.Range> ranges = header == null ? null : ByteRanges.parse(header, n);
        if (code.code() == 206 && header != null && (ranges == null || !ifRangeHolds(req))) {
            whole(r, suppress);
            return;
        }
        if (code.code() == 206 && ranges == null) {
            ranges = List.of(new ByteRanges.Range(0, n / 2 - 1));
        }
        if (code.code() == 416 || ranges.isEmpty() || ranges.size() > ByteRanges.MAX_RANGES) {
            unsatisfiable(req, r, header, suppress);
            return;
        }
        if (ranges.size() == 1) {
            ByteRanges.Range one = ranges.get(0);
            r.headers.set("Content-Range", one.contentRange(n));
            if (!suppress) {
                byte[] part = new byte[(int) one.length()];
                System.arraycopy(REPRESENTATION, (int) one.first(), part, 0, part.length);
                r.body(Bodies.TEXT, part);
            }
            return;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (ByteRanges.Range range : ranges) {
            String head = "--" + BOUNDARY + "\r\nContent-Type: " + Bodies.TEXT + "\r\nContent-Range: "
                    + range.contentRange(n) + "\r\n\r\n";
            out.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
            out.write(REPRESENTATION, (int) range.first(), (int) range.length());
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        r.body("multipart/byteranges; boundary=" + BOUNDARY, out.toByteArray());
    }

    /** If-Range (RFC 9110 §13.1.5): absent, or the strong ETag of this representation. A date never matches: there is no Last-Modified. */
    private static boolean ifRangeHolds(Request req) {
        String v = req.headers().get("If-Range");
        return v == null || v.trim().equals(ETAG);
    }

    /** The Range is ignored: the whole representation, as a 200. */
    private static void whole(Reply r, boolean suppress) {
        r.status = 200;
        r.reason = null;
        if (!suppress) {
            r.body(Bodies.TEXT, REPRESENTATION);
        }
    }

    private static void unsatisfiable(Request req, Reply r, String header, boolean suppress) {
        if (r.status != 416) {
            r.status = 416; // honouring Range: what was asked for at /206 cannot be served
            r.reason = null;
        }
        r.headers.set("Content-Range", "bytes */" + REPRESENTATION.length);
        if (!suppress) {
            String detail = header == null
                    ? "no Range was sent; the representation is " + REPRESENTATION.length + " bytes long"
                    : "the range " + Text.quote(header) + " lies outside the " + REPRESENTATION.length
                            + "-byte representation";
            r.body(Bodies.problem(StatusCode.RANGE_NOT_SATISFIABLE, req.accepts(), detail, null, null));
        }
    }
}
