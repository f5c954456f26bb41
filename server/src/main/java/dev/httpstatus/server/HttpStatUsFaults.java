package dev.httpstatus.server;

import io.netty.handler.codec.http.HttpHeaders;
import java.util.List;

/**
 * httpstat.us's request headers for broken answers, mapped onto {@link Fault}: a client written
 * against httpstat.us gets the same behaviour here. A header counts when it occurs once and reads
 * {@code true} (any case); anything else is ignored, as there. {@code ?fault=} wins over them.
 *
 * <pre>{@code
 * X-HttpStatus-AbortBeforeHeaders: true     → fault=reset
 * X-HttpStatus-AbortAfterHeaders: true      → the head, then the connection ends
 * X-HttpStatus-AbortDuringBody: true        → the head and one byte, then the connection ends
 * X-HttpStatus-DribbleBody: true            → fault=drip, 10 ms a byte for up to 20 bytes
 * X-HttpStatus-SleepAfterHeaders: 2000      → the head, 2 s, then the body
 * }</pre>
 */
final class HttpStatUsFaults {

    private HttpStatUsFaults() {}

    static void apply(Request req, Reply r) {
        HttpHeaders h = req.headers();
        if (yes(h, "X-HttpStatus-AbortBeforeHeaders")) {
            r.fault = Fault.RESET;
        } else if (yes(h, "X-HttpStatus-AbortAfterHeaders")) {
            r.fault = Fault.TRUNCATE;
            r.truncateAt = 0;
        } else if (yes(h, "X-HttpStatus-AbortDuringBody")) {
            r.fault = Fault.TRUNCATE;
            r.truncateAt = 1;
        } else if (yes(h, "X-HttpStatus-DribbleBody")) {
            r.fault = Fault.DRIP;
            r.dripMillis = 10L * Math.min(20, r.body.length);
        } else {
            List<String> pause = h.getAll("X-HttpStatus-SleepAfterHeaders");
            if (pause.size() == 1) {
                long ms;
                try {
                    ms = Long.parseLong(pause.get(0).trim());
                } catch (NumberFormatException e) {
                    return;
                }
                if (ms < 0 || ms > StatusResponder.MAX_DELAY_MILLIS) {
                    throw ProblemException.badParameter("X-HttpStatus-SleepAfterHeaders", pause.get(0),
                            "must be between 0 and " + StatusResponder.MAX_DELAY_MILLIS + " ms");
                }
                r.fault = Fault.PAUSE;
                r.dripMillis = ms;
            }
        }
    }

    private static boolean yes(HttpHeaders h, String name) {
        List<String> v = h.getAll(name);
        return v.size() == 1 && v.get(0).trim().equalsIgnoreCase("true");
    }
}
