package dev.httpstatus.check.rules;

import dev.httpstatus.Condition;
import dev.httpstatus.Duty;
import dev.httpstatus.StatusCode;
import dev.httpstatus.Subject;
import dev.httpstatus.Truth;
import dev.httpstatus.check.model.Exchange;
import dev.httpstatus.check.model.Fact;
import dev.httpstatus.check.model.Rule;
import dev.httpstatus.check.model.Severity;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One rule per duty of the catalog that a record of traffic can judge: every {@link Duty} whose
 * condition an observer can evaluate becomes a rule with the duty's id, a severity from its level and
 * its reference. Nothing here restates a duty; {@link #unchecked()} lists the duties left out and why.
 *
 * <pre>{@code
 * DutyRules.rules();       // 405-without-allow (error), 201-without-location (warning), …
 * DutyRules.unchecked();   // 413-without-retry-after: only the server knows whether the condition is temporary …
 * }</pre>
 */
final class DutyRules {

    private DutyRules() {}

    static List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        for (Duty d : Duty.all()) {
            if (checkable(d)) {
                rules.add(rule(d));
            }
        }
        return rules;
    }

    /** A duty left out, and why an observer of traffic cannot judge it. */
    record Unchecked(Duty duty, String reason) {}

    /** The duties no rule checks, each with the reason. */
    static List<Unchecked> unchecked() {
        List<Unchecked> list = new ArrayList<>();
        for (Duty d : Duty.all()) {
            if (!checkable(d)) {
                list.add(new Unchecked(d, "only the server knows whether " + d.condition().describe()));
            }
        }
        return list;
    }

    static boolean checkable(Duty d) {
        return d.condition().observability() != Condition.Observability.NONE;
    }

    /** See {@link Severity#of(Duty)}: shared with the OpenAPI linter, so the two never disagree. */
    static Severity severity(Duty d) {
        return Severity.of(d);
    }

    private static Rule rule(Duty d) {
        return Rule.of(d.id(), severity(d), d.reference(), message(d), fix(d), (x, out) -> {
            StatusCode code = Facts.code(x);
            if (code != null && d.isBrokenBy(code, x) == Truth.TRUE) {
                out.report(detail(d, code, x));
            }
        }).forStatus(s -> s >= 100 && s <= 599 && d.appliesTo(StatusCode.of(s))).needing(needs(d));
    }

    /** The facts a record must hold to judge the duty: its subject's, and those its condition reads. */
    static Fact[] needs(Duty d) {
        Set<Fact> facts = EnumSet.noneOf(Fact.class);
        facts.add(d.subject() instanceof Subject.Content ? Fact.CONTENT_LENGTH : Fact.RESPONSE_FIELDS);
        addNeeds(d.condition(), facts);
        return facts.toArray(new Fact[0]);
    }

    private static void addNeeds(Condition c, Set<Fact> facts) {
        if (c instanceof Condition.MethodIn) {
            facts.add(Fact.METHOD);
        } else if (c instanceof Condition.RequestHas) {
            facts.add(Fact.REQUEST_FIELDS);
        } else if (c instanceof Condition.ResponseHas) {
            facts.add(Fact.RESPONSE_FIELDS);
        } else if (c instanceof Condition.Http1) {
            facts.add(Fact.VERSION);
        } else if (c instanceof Condition.Not n) {
            addNeeds(n.condition(), facts);
        } else if (c instanceof Condition.All a) {
            a.parts().forEach(p -> addNeeds(p, facts));
        }
    }

    private static String where(Duty d) {
        String codes = d.codes().equals("any") ? "a response" : "a " + d.codes() + " response";
        return d.condition() instanceof Condition.MethodIn ? codes + " when " + d.condition().describe() : codes;
    }

    static String message(Duty d) {
        String value = d.value().describe().isEmpty() ? "" : " " + d.value().describe();
        if (d.subject() instanceof Subject.Content) {
            return "content in " + where(d);
        }
        String field = d.field().orElseThrow();
        return d.level().forbids() ? field + " in " + where(d) : where(d).substring(2) + " without " + field + value;
    }

    static String fix(Duty d) {
        if (d.subject() instanceof Subject.Content) {
            return "Send no content: " + d.when() + ".";
        }
        String field = d.field().orElseThrow();
        if (d.level().forbids()) {
            return "Leave " + field + " out: " + d.when() + ".";
        }
        return "Send " + field + d.example().map(e -> ": " + e).orElse("") + " (" + d.when() + ").";
    }

    private static String detail(Duty d, StatusCode code, Exchange x) {
        if (d.subject() instanceof Subject.Content) {
            return x.bodyLength() + " bytes of content with " + code;
        }
        String field = d.field().orElseThrow();
        List<String> values = x.response().all(field);
        if (values.isEmpty()) {
            return d.isGeneral() ? code.toString() : "";
        }
        return field + ": " + String.join(", ", values);
    }
}
