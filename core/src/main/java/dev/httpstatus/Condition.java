package dev.httpstatus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * When a {@link Duty} applies, as a value a program can evaluate rather than a sentence to re-read:
 * always, for some request methods, when the request carried a field, for HTTP/1.x only, when a 200
 * would carry the field, or when the server judges so.
 *
 * <pre>{@code
 * Condition c = Condition.not(Condition.methodIn(Method.PUT, Method.PATCH));
 * c.describe();         // "the request method is not PUT or PATCH"
 * c.observability();    // EXCHANGE: one recorded exchange decides it
 * Condition.judgement("the condition is temporary").observability();  // NONE: only the server knows
 * }</pre>
 *
 * <p>The set is closed: every consumer (checker, linter, test server, card) handles each kind.
 */
public sealed interface Condition
        permits Condition.Always, Condition.MethodIn, Condition.RequestHas, Condition.ResponseHas,
                Condition.Http1, Condition.OkWouldCarry, Condition.Presumed, Condition.Judgement,
                Condition.Not, Condition.All {

    /**
     * Evaluates the condition for a duty on {@code subject} against what {@code o} records.
     * UNKNOWN where the record does not say, and always for a {@link Judgement}.
     */
    Truth evaluate(Observation o, Subject subject);

    /** Who can tell whether it holds. */
    Observability observability();

    /** The condition in a few words, e.g. "the request method is HEAD". */
    String describe();

    // ---------------------------------------------------------------- factories

    /** The duty holds without condition. */
    static Condition always() {
        return Always.INSTANCE;
    }

    /** The request's method is one of {@code methods}. */
    static Condition methodIn(Method... methods) {
        return new MethodIn(Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(methods))));
    }

    /** The request carried {@code field}. */
    static Condition requestHas(String field) {
        return new RequestHas(field);
    }

    /** The response carries {@code field} with a value {@code value} accepts. */
    static Condition responseHas(String field, FieldValue value) {
        return new ResponseHas(field, value);
    }

    /** The exchange is HTTP/1.x: connection-specific fields such as Upgrade exist only there (RFC 9113 §8.2.2). */
    static Condition http1() {
        return Http1.INSTANCE;
    }

    /** A 200 response to the same request would carry the duty's field (RFC 9110 §15.3.7, §15.4.5). */
    static Condition okWouldCarry() {
        return OkWouldCarry.INSTANCE;
    }

    /** Holds unless the server says otherwise, e.g. "the origin server has a clock". */
    static Condition presumed(String what) {
        return new Presumed(what);
    }

    /** Only the server can tell, e.g. "the condition is temporary". */
    static Condition judgement(String what) {
        return new Judgement(what);
    }

    /** The opposite of {@code c}. */
    static Condition not(Condition c) {
        return new Not(c);
    }

    /** Every one of {@code parts}. */
    static Condition all(Condition... parts) {
        return new All(List.of(parts));
    }

    // ---------------------------------------------------------------- the kinds

    /** Who can tell whether a condition holds, from the most certain to the least. */
    enum Observability {
        /** Any record of the one exchange: the method, the request's fields, the version. */
        EXCHANGE,
        /** A record that also holds another exchange: the 200 to the same request. */
        CAPTURE,
        /** Taken to hold; the server could show otherwise, an observer cannot. */
        PRESUMED,
        /** Only the server: its intentions and its state. */
        NONE;

        /** The less certain of the two. */
        Observability weaker(Observability other) {
            return compareTo(other) >= 0 ? this : other;
        }
    }

    /** No condition. */
    record Always() implements Condition {
        static final Always INSTANCE = new Always();

        @Override
        public Truth evaluate(Observation o, Subject subject) {
            return Truth.TRUE;
        }

        @Override
        public Observability observability() {
            return Observability.EXCHANGE;
        }

        @Override
        public String describe() {
            return "always";
        }
    }

    /** The request method is one of a set. */
    record MethodIn(Set<Method> methods) implements Condition {
        public MethodIn {
            methods = Set.copyOf(Objects.requireNonNull(methods, "methods"));
        }

        @Override
        public Truth evaluate(Observation o, Subject subject) {
            Optional<Method> m = o.method();
            return m.isEmpty() ? Truth.UNKNOWN : Truth.of(methods.contains(m.get()));
        }

        @Override
        public Observability observability() {
            return Observability.EXCHANGE;
        }

        @Override
        public String describe() {
            return "the request method is " + names(methods);
        }
    }

    /** The request carried a header field. */
    record RequestHas(String field) implements Condition {
        public RequestHas {
            Objects.requireNonNull(field, "field");
        }

        @Override
        public Truth evaluate(Observation o, Subject subject) {
            return o.requestValues(field).map(v -> Truth.of(!v.isEmpty())).orElse(Truth.UNKNOWN);
        }

        @Override
        public Observability observability() {
            return Observability.EXCHANGE;
        }

        @Override
        public String describe() {
            return "the request carried " + field;
        }
    }

    /** The response carries a header field whose value satisfies a {@link FieldValue}. */
    record ResponseHas(String field, FieldValue value) implements Condition {
        public ResponseHas {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(value, "value");
        }

        @Override
        public Truth evaluate(Observation o, Subject subject) {
            return o.responseValues(field).map(v -> Truth.of(!v.isEmpty() && value.accepts(v))).orElse(Truth.UNKNOWN);
        }

        @Override
        public Observability observability() {
            return Observability.EXCHANGE;
        }

        @Override
        public String describe() {
            return "the response carries " + field + " " + value.describe();
        }
    }

    /** The exchange is HTTP/1.0 or HTTP/1.1. */
    record Http1() implements Condition {
        static final Http1 INSTANCE = new Http1();

        @Override
        public Truth evaluate(Observation o, Subject subject) {
            OptionalInt v = o.httpMajorVersion();
            return v.isEmpty() ? Truth.UNKNOWN : Truth.of(v.getAsInt() == 1);
        }

        @Override
        public Observability observability() {
            return Observability.EXCHANGE;
        }

        @Override
        public String describe() {
            return "the exchange is HTTP/1.x";
        }
    }

    /** A 200 to the same request would carry the field the duty is about. */
    record OkWouldCarry() implements Condition {
        static final OkWouldCarry INSTANCE = new OkWouldCarry();

        @Override
        public Truth evaluate(Observation o, Subject subject) {
            return subject instanceof Subject.Field f ? o.okWouldCarry(f.name()) : Truth.UNKNOWN;
        }

        @Override
        public Observability observability() {
            return Observability.CAPTURE;
        }

        @Override
        public String describe() {
            return "a 200 to the same request would carry it";
        }
    }

    /** Taken to hold: true unless the server says otherwise. */
    record Presumed(String what) implements Condition {
        public Presumed {
            requireText(what);
        }

        @Override
        public Truth evaluate(Observation o, Subject subject) {
            return Truth.TRUE;
        }

        @Override
        public Observability observability() {
            return Observability.PRESUMED;
        }

        @Override
        public String describe() {
            return what;
        }
    }

    /** A judgement only the server can make: its intentions or its state. */
    record Judgement(String what) implements Condition {
        public Judgement {
            requireText(what);
        }

        @Override
        public Truth evaluate(Observation o, Subject subject) {
            return Truth.UNKNOWN;
        }

        @Override
        public Observability observability() {
            return Observability.NONE;
        }

        @Override
        public String describe() {
            return what;
        }
    }

    /** The negation of a condition. */
    record Not(Condition condition) implements Condition {
        public Not {
            Objects.requireNonNull(condition, "condition");
        }

        @Override
        public Truth evaluate(Observation o, Subject subject) {
            return condition.evaluate(o, subject).not();
        }

        @Override
        public Observability observability() {
            return condition.observability();
        }

        @Override
        public String describe() {
            if (condition instanceof MethodIn m) {
                return "the request method is not " + names(m.methods());
            }
            if (condition instanceof RequestHas r) {
                return "the request carried no " + r.field();
            }
            if (condition instanceof ResponseHas r) {
                return "the response does not carry " + r.field() + " " + r.value().describe();
            }
            return "not (" + condition.describe() + ")";
        }
    }

    /** A conjunction. */
    record All(List<Condition> parts) implements Condition {
        public All {
            parts = List.copyOf(parts);
            if (parts.isEmpty()) {
                throw new IllegalArgumentException("a conjunction needs at least one part");
            }
        }

        @Override
        public Truth evaluate(Observation o, Subject subject) {
            Truth t = Truth.TRUE;
            for (Condition c : parts) {
                t = t.and(c.evaluate(o, subject));
            }
            return t;
        }

        @Override
        public Observability observability() {
            Observability weakest = Observability.EXCHANGE;
            for (Condition c : parts) {
                weakest = weakest.weaker(c.observability());
            }
            return weakest;
        }

        @Override
        public String describe() {
            List<String> texts = new ArrayList<>();
            for (Condition c : parts) {
                texts.add(c.describe());
            }
            return String.join(" and ", texts);
        }
    }

    private static String names(Set<Method> methods) {
        List<Method> sorted = new ArrayList<>(methods);
        Collections.sort(sorted);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < sorted.size(); i++) {
            if (i > 0) {
                b.append(i == sorted.size() - 1 ? " or " : ", ");
            }
            b.append(sorted.get(i).token());
        }
        return b.toString();
    }

    private static void requireText(String what) {
        if (what == null || what.isBlank()) {
            throw new IllegalArgumentException("a condition needs a description");
        }
    }
}
