package dev.httpstatus.check.model;

import dev.httpstatus.Reference;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A check one exchange can fail: a stable id, how bad failing it is, the specification behind it,
 * a one-line message and a hint on how to fix it.
 *
 * <pre>{@code
 * Rule r = Rule.of("405-without-allow", Severity.ERROR, Reference.rfc(9110, "15.5.6"),
 *         "405 response without Allow", "List the methods the resource supports in Allow.",
 *         (x, out) -> { if (x.status() == 405 && !x.response().has("Allow")) out.report(""); });
 * }</pre>
 *
 * <p>Immutable and stateless, so one instance checks any number of exchanges on any thread.
 */
public final class Rule {

    private static final Pattern ID = Pattern.compile("[0-9a-z]+(?:[-.][0-9a-z]+)*");

    /** The test a rule applies; calls {@link Reporter#report(String)} once per problem seen. */
    @FunctionalInterface
    public interface Check {
        /** Checks {@code x}, reporting each problem found to {@code out}. */
        void check(Exchange x, Reporter out);
    }

    /** Receives a rule's problems; {@code detail} says what this exchange did ("" if nothing to add). */
    @FunctionalInterface
    public interface Reporter {
        /** Reports one problem. */
        void report(String detail);
    }

    private final String id;
    private final Severity severity;
    private final Reference reference;
    private final String message;
    private final String fix;
    private final Check check;

    private Rule(String id, Severity severity, Reference reference, String message, String fix, Check check) {
        this.id = id;
        this.severity = severity;
        this.reference = reference;
        this.message = message;
        this.fix = fix;
        this.check = check;
    }

    /**
     * A rule.
     *
     * @throws IllegalArgumentException if {@code id} is not kebab-case or a text is blank
     */
    public static Rule of(String id, Severity severity, Reference reference, String message, String fix, Check check) {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("rule id '" + id + "' is not kebab-case (a-z, 0-9, '-')");
        }
        if (message == null || message.isBlank() || fix == null || fix.isBlank()) {
            throw new IllegalArgumentException("rule " + id + " needs a message and a fix hint");
        }
        return new Rule(id, Objects.requireNonNull(severity, "severity"),
                Objects.requireNonNull(reference, "reference"), message, fix, Objects.requireNonNull(check, "check"));
    }

    /** The stable kebab-case id, e.g. "401-without-www-authenticate". */
    public String id() {
        return id;
    }

    /** How bad failing it is. */
    public Severity severity() {
        return severity;
    }

    /** The section the rule rests on. */
    public Reference reference() {
        return reference;
    }

    /** What is wrong, in one line. */
    public String message() {
        return message;
    }

    /** How to put it right, in one line. */
    public String fix() {
        return fix;
    }

    /** Applies the rule to one exchange. */
    public void check(Exchange x, Reporter out) {
        check.check(x, out);
    }

    @Override
    public String toString() {
        return id + " (" + severity.label() + ", " + reference + ")";
    }
}
