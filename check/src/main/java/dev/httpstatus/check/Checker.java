package dev.httpstatus.check;

import dev.httpstatus.check.model.Exchange;
import dev.httpstatus.check.model.Finding;
import dev.httpstatus.check.model.Rule;
import dev.httpstatus.check.rules.Rules;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Applies a set of rules to exchanges.
 *
 * <pre>{@code
 * List<Finding> findings = Checker.standard().check(exchange);
 * }</pre>
 *
 * <p>Immutable and thread-safe; checking an exchange that breaks nothing allocates nothing.
 */
public final class Checker {

    private static final Checker STANDARD = new Checker(Rules.all());

    private final Rule[] rules;

    private Checker(List<Rule> rules) {
        this.rules = rules.toArray(new Rule[0]);
    }

    /** A checker with every rule of {@link Rules#all()}. */
    public static Checker standard() {
        return STANDARD;
    }

    /** A checker with just these rules. */
    public static Checker of(List<Rule> rules) {
        return new Checker(List.copyOf(Objects.requireNonNull(rules, "rules")));
    }

    /** The rules applied, in order. */
    public List<Rule> rules() {
        return List.of(rules);
    }

    /** Every finding for {@code x}, in rule order; an empty list when it breaks nothing. */
    public List<Finding> check(Exchange x) {
        return check(x, null);
    }

    /**
     * Every finding for {@code x}, in rule order, telling {@code notCheckable} (when not null) of each
     * rule that is about x's status but needs a fact x's record does not hold.
     */
    public List<Finding> check(Exchange x, Consumer<Rule> notCheckable) {
        Collector c = new Collector(x);
        int status = x.status();
        for (Rule r : rules) {
            if (!r.isAbout(status)) {
                continue;
            }
            if (!r.canJudge(x)) {
                if (notCheckable != null) {
                    notCheckable.accept(r);
                }
                continue;
            }
            c.rule = r;
            r.check(x, c);
        }
        return c.list == null ? List.of() : c.list;
    }

    /** Gathers one exchange's findings, creating the list only when the first one arrives. */
    private static final class Collector implements Rule.Reporter {
        private final Exchange x;
        private Rule rule;
        private List<Finding> list;

        Collector(Exchange x) {
            this.x = x;
        }

        @Override
        public void report(String detail) {
            if (list == null) {
                list = new ArrayList<>(2);
            }
            list.add(new Finding(rule, x.source(), detail == null ? "" : detail));
        }
    }
}
