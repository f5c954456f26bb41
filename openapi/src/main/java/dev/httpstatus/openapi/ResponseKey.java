package dev.httpstatus.openapi;

import dev.httpstatus.StatusClass;
import dev.httpstatus.StatusCode;
import java.util.Objects;
import java.util.Optional;

/**
 * A key of an OpenAPI Responses object: a status code ("404"), a range ("4XX", which covers the
 * codes of its class that are not declared themselves), {@code default} (every code not declared),
 * or something else, which OpenAPI does not allow.
 *
 * <pre>{@code
 * ResponseKey.parse("404").code();        // Optional[404 Not Found]
 * ResponseKey.parse("4XX").covers(429);   // true
 * ResponseKey.parse("default").kind();    // DEFAULT
 * ResponseKey.parse("20X").kind();        // INVALID
 * }</pre>
 *
 * @param text  the key as written
 * @param kind  what it is
 * @param value the code (CODE; any three digits, valid or not), the class digit (RANGE), else 0
 */
public record ResponseKey(String text, Kind kind, int value) {

    /** What a key is. */
    public enum Kind {
        /** Three digits, e.g. "404" or "299" (or "600", which no HTTP status can be). */
        CODE,
        /** "1XX" to "5XX" (any case): a class. */
        RANGE,
        /** "default": any code not declared. */
        DEFAULT,
        /** Anything else: not a response key at all. */
        INVALID
    }

    public ResponseKey {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
    }

    /** Reads a key as OpenAPI 3.0, 3.1 and Swagger 2.0 write them. */
    public static ResponseKey parse(String text) {
        String t = text.trim();
        if (t.equals("default")) {
            return new ResponseKey(text, Kind.DEFAULT, 0);
        }
        if (t.length() == 3 && isDigit(t.charAt(0))) {
            if (isDigit(t.charAt(1)) && isDigit(t.charAt(2))) {
                return new ResponseKey(text, Kind.CODE, Integer.parseInt(t));
            }
            if ((t.charAt(1) == 'X' || t.charAt(1) == 'x') && (t.charAt(2) == 'X' || t.charAt(2) == 'x')
                    && t.charAt(0) >= '1' && t.charAt(0) <= '5') {
                return new ResponseKey(text, Kind.RANGE, t.charAt(0) - '0');
            }
        }
        return new ResponseKey(text, Kind.INVALID, 0);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The status code of a CODE key in 100–999; empty for other kinds and for codes outside it. */
    public Optional<StatusCode> code() {
        return kind == Kind.CODE && value >= StatusCode.MIN_CODE && value <= StatusCode.MAX_CODE
                ? Optional.of(StatusCode.of(value)) : Optional.empty();
    }

    /** The class of a CODE or RANGE key; empty for DEFAULT, INVALID and codes outside 100–599. */
    public Optional<StatusClass> statusClass() {
        int first = kind == Kind.RANGE ? value : kind == Kind.CODE ? value / 100 : 0;
        return first >= 1 && first <= 5 ? Optional.of(StatusCode.of(first * 100).statusClass()) : Optional.empty();
    }

    /** Whether a response with {@code status} falls under this key, ignoring other keys' precedence. */
    public boolean covers(int status) {
        return switch (kind) {
            case CODE -> value == status;
            case RANGE -> status / 100 == value && status >= 100 && status <= 599;
            case DEFAULT -> true;
            case INVALID -> false;
        };
    }

    /** Whether the key stands for success: 2xx, 3xx, their ranges, or 101 Switching Protocols. */
    public boolean isSuccess() {
        return (kind == Kind.CODE && (value == 101 || (value >= 200 && value <= 399)))
                || (kind == Kind.RANGE && (value == 2 || value == 3));
    }

    /** Whether the key stands for errors: 4xx, 5xx and their ranges. */
    public boolean isError() {
        return (kind == Kind.CODE && value >= 400 && value <= 599) || (kind == Kind.RANGE && value >= 4);
    }

    @Override
    public String toString() {
        return text;
    }
}
