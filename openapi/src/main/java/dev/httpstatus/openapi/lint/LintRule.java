package dev.httpstatus.openapi.lint;

import dev.httpstatus.Reference;
import dev.httpstatus.check.model.Rule;
import dev.httpstatus.check.model.RuleDescription;
import dev.httpstatus.check.model.Severity;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A check one API description can fail: a stable id starting with {@code oas-}, a severity, the
 * specification behind it, a one-line message and a fix hint. Where the checker has a rule for the
 * same fact in traffic, the lint rule is that rule's id with {@code oas-} in front, with the same
 * severity and reference ({@code oas-401-without-www-authenticate} lints what
 * {@code 401-without-www-authenticate} checks).
 *
 * <pre>{@code
 * LintRule r = LintRules.byId("oas-405-without-allow").orElseThrow();
 * r.severity();    // ERROR
 * r.reference();   // RFC 9110 §15.5.6
 * r.checkerRule(); // "405-without-allow"
 * }</pre>
 *
 * @param id          "oas-" and kebab-case
 * @param severity    how bad failing it is
 * @param reference   the section it rests on
 * @param message     what is wrong, in one line
 * @param fix         how to put it right, in one line
 * @param checkerRule the id of the checker rule for the same fact in traffic, or "" when there is none
 */
public record LintRule(String id, Severity severity, Reference reference, String message, String fix, String checkerRule)
        implements RuleDescription {

    private static final Pattern ID = Pattern.compile("oas-[0-9a-z]+(?:[-.][0-9a-z]+)*");

    public LintRule {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("lint rule id '" + id + "' is not 'oas-' and kebab-case");
        }
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(checkerRule, "checkerRule");
        if (message == null || message.isBlank() || fix == null || fix.isBlank()) {
            throw new IllegalArgumentException("lint rule " + id + " needs a message and a fix hint");
        }
    }

    /** A rule of the linter only. */
    static LintRule of(String id, Severity severity, Reference reference, String message, String fix) {
        return new LintRule(id, severity, reference, message, fix, "");
    }

    /** The lint form of a checker rule: same fact, severity, reference, message and fix. */
    static LintRule mirror(Rule r) {
        return new LintRule("oas-" + r.id(), r.severity(), r.reference(), r.message(), r.fix(), r.id());
    }

    @Override
    public String toString() {
        return id + " (" + severity.label() + ", " + reference + ")";
    }
}
