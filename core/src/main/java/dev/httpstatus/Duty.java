package dev.httpstatus;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing a specification asks of a response with a given code: send a header field, or do not;
 * carry no content. Each duty says how strongly ({@link Requirement}), when ({@link Condition}),
 * what the value must look like ({@link FieldValue}) and where it is written ({@link Reference}).
 * The checker's rules, the linter's rules, the test server's headers and the CLI's checklist are all
 * read from these rows.
 *
 * <pre>{@code
 * Duty allow = StatusCode.METHOD_NOT_ALLOWED.headerDuties().get(0);
 * allow.field();         // Optional[Allow]
 * allow.level();         // MUST
 * allow.condition();     // Always
 * allow.reference();     // RFC 9110 §15.5.6
 * allow.id();            // "405-without-allow"
 * Duty.all().size();     // every row of the table
 * }</pre>
 *
 * <p>Immutable; instances come only from the catalog.
 */
public final class Duty {

    private final String id;
    private final Codes codes;
    private final Subject subject;
    private final Requirement level;
    private final Condition condition;
    private final FieldValue value;
    private final String example;
    private final String when;
    private final Reference reference;

    Duty(String id, Codes codes, Subject subject, Requirement level, Condition condition, FieldValue value,
            String example, String when, Reference reference) {
        this.id = Objects.requireNonNull(id, "id");
        this.codes = Objects.requireNonNull(codes, "codes");
        this.subject = Objects.requireNonNull(subject, "subject");
        this.level = Objects.requireNonNull(level, "level");
        this.condition = Objects.requireNonNull(condition, "condition");
        this.value = Objects.requireNonNull(value, "value");
        this.example = example;
        this.when = Objects.requireNonNull(when, "when");
        this.reference = Objects.requireNonNull(reference, "reference");
        if (subject instanceof Subject.Content && !level.forbids()) {
            throw new IllegalArgumentException(id + ": content duties only forbid");
        }
    }

    /** Every duty in the catalog, in table order. */
    public static List<Duty> all() {
        return Catalog.DutyRows.ALL;
    }

    /** A stable kebab-case id, also the id of the checker rule that enforces it, e.g. "405-without-allow". */
    public String id() {
        return id;
    }

    /** The codes it applies to, as people write them: "405", "1xx, 204, 304", "2xx, 3xx, 4xx", "any". */
    public String codes() {
        return codes.label();
    }

    /** Whether the duty applies to responses with {@code code}. */
    public boolean appliesTo(StatusCode code) {
        return codes.contains(code.code());
    }

    /** Whether the duty covers whole classes of codes (e.g. Date on every 2xx–4xx), not particular codes. */
    public boolean isGeneral() {
        return codes.isGeneral();
    }

    /** What the duty is about. */
    public Subject subject() {
        return subject;
    }

    /** The header field the duty is about; empty for a duty about content. */
    public Optional<String> field() {
        return subject instanceof Subject.Field f ? Optional.of(f.name()) : Optional.empty();
    }

    /** How strongly it is asked: MUST, MUST NOT, SHOULD, SHOULD NOT or MAY. */
    public Requirement level() {
        return level;
    }

    /** When it applies. */
    public Condition condition() {
        return condition;
    }

    /** What the field's value must look like; {@link FieldValue#any()} when any value does. */
    public FieldValue value() {
        return value;
    }

    /** A value that fulfils the duty, e.g. {@code Basic realm="api"} for WWW-Authenticate; empty for prohibitions. */
    public Optional<String> example() {
        return Optional.ofNullable(example);
    }

    /** When and why, in a few words: "always: the methods the target resource supports". */
    public String when() {
        return when;
    }

    /** The section that states it. */
    public Reference reference() {
        return reference;
    }

    /** Whether the condition holds for what {@code o} records (UNKNOWN where it does not say). */
    public Truth holdsFor(Observation o) {
        return condition.evaluate(o, subject);
    }

    /**
     * Whether the response {@code o} records, sent with {@code code}, breaks this duty: the condition
     * holds and the field is missing (or its value is not as asked), or a forbidden field or content is
     * there. FALSE when the duty does not apply to {@code code}; UNKNOWN where the record does not say.
     */
    public Truth isBrokenBy(StatusCode code, Observation o) {
        if (!appliesTo(code)) {
            return Truth.FALSE;
        }
        Truth applies = holdsFor(o);
        if (applies == Truth.FALSE) {
            return Truth.FALSE;
        }
        Truth broken;
        if (subject instanceof Subject.Field f) {
            Optional<List<String>> values = o.responseValues(f.name());
            if (values.isEmpty()) {
                broken = Truth.UNKNOWN;
            } else if (level.forbids()) {
                broken = Truth.of(!values.get().isEmpty());
            } else {
                broken = Truth.of(values.get().isEmpty() || !value.accepts(values.get()));
            }
        } else {
            broken = o.hasContent();
        }
        return applies.and(broken);
    }

    /** "MUST send Allow (always: the methods …; RFC 9110 §15.5.6)", "MUST NOT send content (…)". */
    @Override
    public String toString() {
        return level.label() + " send " + subject + (value.describe().isEmpty() ? "" : " " + value.describe())
                + " (" + when + "; " + reference + ")";
    }

    /** The codes a row covers: single codes and whole classes. */
    record Codes(int[] single, StatusClass[] classes, String label) {

        static Codes of(Object... items) {
            int singles = 0;
            for (Object o : items) {
                singles += o instanceof Integer ? 1 : 0;
            }
            int[] single = new int[singles];
            StatusClass[] classes = new StatusClass[items.length - singles];
            StringBuilder label = new StringBuilder();
            int s = 0;
            int c = 0;
            for (Object o : items) {
                if (label.length() > 0) {
                    label.append(", ");
                }
                if (o instanceof Integer i) {
                    single[s++] = i;
                    label.append(i);
                } else {
                    StatusClass k = (StatusClass) o;
                    classes[c++] = k;
                    label.append(k.label());
                }
            }
            return new Codes(single, classes, label.toString());
        }

        /** Every code, 100–999. */
        static Codes any() {
            return new Codes(new int[0], StatusClass.values(), "any");
        }

        boolean contains(int code) {
            for (int s : single) {
                if (s == code) {
                    return true;
                }
            }
            for (StatusClass k : classes) {
                if (k.contains(code)) {
                    return true;
                }
            }
            return false;
        }

        boolean isGeneral() {
            return single.length == 0;
        }
    }
}
