package dev.httpstatus.server;

import java.util.Locale;

/**
 * A broken answer on purpose ({@code ?fault=}), for testing how clients retry and time out. Each
 * one ends within the request's delay plus at most {@link StatusResponder#MAX_DELAY_MILLIS}, and
 * sends no more than the reply's own body.
 *
 * <pre>{@code GET /status/200?fault=truncate   →   Content-Length: 678, 339 bytes, then the connection closes}</pre>
 */
enum Fault {
    /** A TCP reset (HTTP/2: RST_STREAM) instead of any response. */
    RESET("reset"),
    /** The connection closes (HTTP/2: the stream is reset) without any response. */
    CLOSE("close"),
    /** The head announces the whole body, half of it is sent, then the connection (stream) ends. */
    TRUNCATE("truncate"),
    /** The body goes out one byte at a time, spread over {@code ?duration=} milliseconds. */
    DRIP("drip"),
    /** Content-Length is larger than the body, and the connection stays open. */
    BAD_LENGTH("bad-length"),
    /** The head, a pause of {@code Reply.dripMillis}, then the body (httpstat.us's SleepAfterHeaders; no ?fault= name). */
    PAUSE(null);

    /** Bytes announced but never sent by {@link #BAD_LENGTH}. */
    static final int MISSING_BYTES = 16;
    static final long DEFAULT_DRIP_MILLIS = 2_000;

    private final String token;

    Fault(String token) {
        this.token = token;
    }

    String token() {
        return token;
    }

    /** The fault named by {@code ?fault=}; a 400 naming the choices otherwise. */
    static Fault parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (Fault f : values()) {
            if (t.equals(f.token)) {
                return f;
            }
        }
        throw ProblemException.badParameter("fault", text, "expected reset, close, truncate, drip or bad-length");
    }
}
