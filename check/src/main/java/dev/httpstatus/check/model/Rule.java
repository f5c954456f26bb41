package dev.httpstatus.check.model;

import dev.httpstatus.Reference;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * A check one exchange can fail: a stable id, how bad failing it is, the specification behind it,
 * a one-line message and a hint on how to fix it.
 *
 * <pre>{@code
 * Rule r = Rule.of("405-without-allow", Severity.ERROR, Reference.rfc(9110, "15.5.6"),
 *         "405 response without Allow", "List the methods the resource supports in Allow.",
 *         (x, out) -> { if (!x.response().has("Allow")) out.report(""); })
 *         .forStatus(s -> s == 405).needing(Fact.RESPONSE_FIELDS);
 * }</pre>
 *
 * <p>A rule says which codes it is about ({@link #forStatus}) and which facts it needs
 * ({@link #needing}): on an exchange whose record lacks one of them (an access log without header
 * fields, a browser's cache hit) the rule is not checkable, which is counted, never a finding.
 *
 * <p>Immutable and stateless, so one instance checks any number of exchanges on any thread.
 */
public final class Rule implements RuleDescription {

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
    private final IntPredicate scope;
    private final Set<Fact> needs;
    /** {@link #needs} as bits by ordinal, so that judging whether a rule applies costs one AND. */
    private final int needsMask;

    private Rule(String id, Severity severity, Reference reference, String message, String fix, Check check,
            IntPredicate scope, Set<Fact> needs) {
        this.id = id;
        this.severity = severity;
        this.reference = reference;
        this.message = message;
        this.fix = fix;
        this.check = check;
        this.scope = scope;
        this.needs = needs;
        this.needsMask = Fact.mask(needs);
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
                Objects.requireNonNull(reference, "reference"), message, fix, Objects.requireNonNull(check, "check"),
                status -> true, Collections.unmodifiableSet(EnumSet.of(Fact.STATUS)));
    }

    /** This rule, applied only to responses whose status passes {@code statuses}. */
    public Rule forStatus(IntPredicate statuses) {
        return new Rule(id, severity, reference, message, fix, check, Objects.requireNonNull(statuses, "statuses"), needs);
    }

    /** This rule, needing {@code facts} (besides the status) to judge an exchange. */
    public Rule needing(Fact... facts) {
        EnumSet<Fact> set = EnumSet.copyOf(needs);
        Collections.addAll(set, facts);
        return new Rule(id, severity, reference, message, fix, check, scope, Collections.unmodifiableSet(set));
    }

    /** Whether the rule is about responses with {@code status} at all. */
    public boolean isAbout(int status) {
        return scope.test(status);
    }

    /** The facts an exchange must hold for this rule to judge it. */
    public Set<Fact> needs() {
        return needs;
    }

    /** Whether {@code x}'s record holds every fact this rule needs. */
    public boolean canJudge(Exchange x) {
        return (x.knownFacts() & needsMask) == needsMask;
    }

    /** The stable kebab-case id, e.g. "401-without-www-authenticate". */
    @Override
    public String id() {
        return id;
    }

    /** How bad failing it is. */
    @Override
    public Severity severity() {
        return severity;
    }

    /** The section the rule rests on. */
    @Override
    public Reference reference() {
        return reference;
    }

    /** What is wrong, in one line. */
    @Override
    public String message() {
        return message;
    }

    /** How to put it right, in one line. */
    @Override
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
