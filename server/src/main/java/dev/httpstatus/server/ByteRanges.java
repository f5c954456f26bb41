package dev.httpstatus.server;

import java.util.ArrayList;
import java.util.List;

/**
 * Byte ranges (RFC 9110 §14.1.2) over a representation of known length.
 *
 * <pre>{@code
 * ByteRanges.parse("bytes=0-9,-5", 100)   // Optional of [0-9, 95-99]
 * ByteRanges.parse("lines=1-2", 100)      // null: not a byte range, so ignored
 * }</pre>
 */
final class ByteRanges {

    /** One satisfiable range, inclusive at both ends. */
    record Range(long first, long last) {
        long length() {
            return last - first + 1;
        }

        String contentRange(long complete) {
            return "bytes " + first + "-" + last + "/" + complete;
        }
    }

    /** Most ranges served in one multipart answer; more looks like an attack (RFC 9110 §17.15). */
    static final int MAX_RANGES = 16;

    private ByteRanges() {}

    /**
     * The satisfiable ranges of a Range header value. Returns null when the header is not a
     * well-formed byte-range set (the RFC says to ignore it then), and an empty list when it is
     * well-formed but nothing in it is satisfiable (a 416).
     */
    static List<Range> parse(String header, long length) {
        String h = header.trim();
        if (!h.regionMatches(true, 0, "bytes=", 0, 6)) {
            return null;
        }
        String[] specs = h.substring(6).split(",", -1);
        List<Range> ranges = new ArrayList<>();
        for (String raw : specs) {
            String spec = raw.trim();
            int dash = spec.indexOf('-');
            if (dash < 0 || spec.indexOf('-', dash + 1) >= 0) {
                return null;
            }
            String a = spec.substring(0, dash).trim();
            String b = spec.substring(dash + 1).trim();
            if (!digits(a) && !a.isEmpty() || !digits(b) && !b.isEmpty() || a.isEmpty() && b.isEmpty()) {
                return null;
            }
            if (a.length() > 18 || b.length() > 18) {
                return null;
            }
            if (a.isEmpty()) {
                long suffix = Long.parseLong(b);
                if (suffix > 0 && length > 0) {
                    ranges.add(new Range(Math.max(0, length - suffix), length - 1));
                }
                continue;
            }
            long first = Long.parseLong(a);
            if (!b.isEmpty() && Long.parseLong(b) < first) {
                return null; // "5-3" is malformed, not merely unsatisfiable
            }
            long last = b.isEmpty() ? length - 1 : Long.parseLong(b);
            if (first < length) {
                ranges.add(new Range(first, Math.min(last, length - 1)));
            }
        }
        return ranges;
    }

    private static boolean digits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
