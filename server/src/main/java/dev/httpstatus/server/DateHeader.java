package dev.httpstatus.server;

import java.time.Instant;

/**
 * The {@code Date} header value (IMF-fixdate, RFC 9110 §5.6.7, written by core's
 * {@link dev.httpstatus.HttpDate}), formatted at most once a second.
 *
 * <pre>{@code DateHeader.now()  // "Tue, 24 Nov 2026 16:05:09 GMT"}</pre>
 */
final class DateHeader {

    private record Stamp(long second, String text) {}

    private static volatile Stamp last = new Stamp(-1, "");

    private DateHeader() {}

    static String now() {
        long second = System.currentTimeMillis() / 1000;
        Stamp s = last;
        if (s.second != second) {
            s = new Stamp(second, dev.httpstatus.HttpDate.format(Instant.ofEpochSecond(second)));
            last = s;
        }
        return s.text;
    }
}
