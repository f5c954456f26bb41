package dev.httpstatus.check.model;

/**
 * A kind of fact a rule needs and a record of traffic may or may not hold: a HAR has nearly all of
 * them, a live check through java.net.http no reason phrase, an access log usually no header fields.
 *
 * <pre>{@code
 * exchange.knows(Fact.RESPONSE_FIELDS);   // false for a browser's cache hit recorded without headers
 * rule.needs();                           // [STATUS, RESPONSE_FIELDS] for 405-without-allow
 * }</pre>
 */
public enum Fact {
    /** The status code. Every exchange has it. */
    STATUS,
    /** The reason phrase as sent (HTTP/1.x only). */
    REASON_PHRASE,
    /** The request method. */
    METHOD,
    /** The target URI. */
    URL,
    /** The HTTP version of the exchange. */
    VERSION,
    /** The request's header fields. */
    REQUEST_FIELDS,
    /** The response's header fields. */
    RESPONSE_FIELDS,
    /** Whether the response carried content, and how much. */
    CONTENT_LENGTH,
    /** The response's content itself (or a prefix of it). */
    CONTENT

    ;

    /** The facts as bits by ordinal. */
    static int mask(Iterable<Fact> facts) {
        int m = 0;
        for (Fact f : facts) {
            m |= 1 << f.ordinal();
        }
        return m;
    }
}
