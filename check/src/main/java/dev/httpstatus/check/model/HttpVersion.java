package dev.httpstatus.check.model;

import java.util.Locale;

/**
 * The protocol version of a message, read leniently from the many spellings captures use.
 *
 * <pre>{@code
 * HttpVersion.parse("http/2.0");  // HTTP_2
 * HttpVersion.parse("h3");        // HTTP_3
 * HttpVersion.parse("");          // UNKNOWN (Firefox and Safari leave it empty for cached entries)
 * }</pre>
 */
public enum HttpVersion {
    /** Not recorded, or a spelling nobody uses. */
    UNKNOWN,
    /** HTTP/1.0. */
    HTTP_1_0,
    /** HTTP/1.1. */
    HTTP_1_1,
    /** HTTP/2 ("HTTP/2", "HTTP/2.0", "h2"). */
    HTTP_2,
    /** HTTP/3 ("HTTP/3", "h3"). */
    HTTP_3;

    /** Reads a version string; never throws, {@code UNKNOWN} for null or unrecognised text. */
    public static HttpVersion parse(String text) {
        if (text == null) {
            return UNKNOWN;
        }
        String v = text.trim().toUpperCase(Locale.ROOT);
        return switch (v) {
            case "HTTP/1.0" -> HTTP_1_0;
            case "HTTP/1.1" -> HTTP_1_1;
            case "HTTP/2", "HTTP/2.0", "H2", "H2C" -> HTTP_2;
            case "HTTP/3", "HTTP/3.0", "H3" -> HTTP_3;
            default -> v.startsWith("H3-") ? HTTP_3 : UNKNOWN; // draft versions such as h3-29
        };
    }

    /** HTTP/2 and later carry no reason phrase and no connection-specific fields. */
    public boolean isMultiplexed() {
        return this == HTTP_2 || this == HTTP_3;
    }

    /** HTTP/1.0 or HTTP/1.1. */
    public boolean isHttp1() {
        return this == HTTP_1_0 || this == HTTP_1_1;
    }
}
