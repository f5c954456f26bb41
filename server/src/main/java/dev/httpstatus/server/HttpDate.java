package dev.httpstatus.server;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The {@code Date} header value (IMF-fixdate, RFC 9110 §5.6.7), formatted at most once a second.
 *
 * <pre>{@code HttpDate.now()  // "Tue, 24 Nov 2026 16:05:09 GMT"}</pre>
 */
final class HttpDate {

    // Not RFC_1123_DATE_TIME: it leaves single-digit days unpadded, which IMF-fixdate forbids.
    private static final DateTimeFormatter IMF_FIXDATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private record Stamp(long second, String text) {}

    private static volatile Stamp last = new Stamp(-1, "");

    private HttpDate() {}

    static String now() {
        long second = System.currentTimeMillis() / 1000;
        Stamp s = last;
        if (s.second != second) {
            s = new Stamp(second, IMF_FIXDATE.format(Instant.ofEpochSecond(second)));
            last = s;
        }
        return s.text;
    }
}
