package dev.httpstatus.flink.input;

import java.util.Locale;
import java.util.Optional;

/**
 * A fact of an exchange that an access log can record, as named in a field mapping
 * ({@code status=response_code}).
 *
 * <pre>{@code LogField.named("bytes");   // Optional[BYTES]}</pre>
 */
public enum LogField {
    /** The status code (required). */
    STATUS,
    /** The request method. */
    METHOD,
    /** The whole target URI. */
    URL,
    /** The request target as sent: path and query (used when there is no {@link #URL}). */
    PATH,
    /** The Host (or :authority) the request named. */
    HOST,
    /** "http" or "https". */
    SCHEME,
    /** The request's protocol version, e.g. "HTTP/1.1", "HTTP/2.0". */
    PROTOCOL,
    /** Bytes of content sent in the response, headers excluded. */
    BYTES,
    /** When the request arrived: ISO 8601, Common Log Format time or epoch seconds. */
    TIME;

    /** The field called {@code name} in a mapping (case-insensitive), if any. */
    public static Optional<LogField> named(String name) {
        try {
            return Optional.of(valueOf(name.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The name used in mappings: "status", "bytes". */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    void set(LogRecord r, String value) {
        switch (this) {
            case STATUS -> r.setStatus(value);
            case METHOD -> r.setMethod(value);
            case URL -> r.setUrl(value);
            case PATH -> r.setPath(value);
            case HOST -> r.setHost(value);
            case SCHEME -> r.setScheme(value);
            case PROTOCOL -> r.setProtocol(value);
            case BYTES -> r.setBytes(value);
            case TIME -> r.setTime(value);
        }
    }
}
