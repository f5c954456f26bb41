package dev.httpstatus.check.model;

import java.util.Objects;

/**
 * One rule broken by one exchange, with what exactly was seen.
 *
 * <pre>{@code
 * finding.rule().id();     // "401-without-www-authenticate"
 * finding.source();        // session.har entry 4
 * finding.message();       // "401 response without WWW-Authenticate"
 * finding.detail();        // "" or a specific, e.g. "Allow: GET, POST lists POST itself"
 * }</pre>
 *
 * @param rule   the rule broken
 * @param source where the exchange was read
 * @param detail what this exchange did, in a few words; "" when the rule's message says it all
 */
public record Finding(Rule rule, Source source, String detail) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(detail, "detail");
    }

    /** The rule's severity. */
    public Severity severity() {
        return rule.severity();
    }

    /** The rule's message followed by the detail, if any. */
    public String message() {
        return detail.isEmpty() ? rule.message() : rule.message() + ": " + detail;
    }

    @Override
    public String toString() {
        return source + ": " + severity().label() + " [" + rule.id() + "] " + message();
    }
}
