package dev.httpstatus.openapi.lint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every lint rule, in a stable order: the declared code, header duties and content (one per catalog
 * duty), the method, errors and problem details.
 *
 * <pre>{@code
 * LintRules.all().size();                               // 40-odd
 * LintRules.byId("oas-204-...")                          // Optional.empty(): ids are listed by 'httpstatus rules --list'
 * LintRules.byId("oas-405-without-allow").get().severity();   // ERROR
 * }</pre>
 */
public final class LintRules {

    private LintRules() {}

    private static final List<LintRule> ALL = build();

    private static List<LintRule> build() {
        List<LintRule> list = new ArrayList<>();
        list.addAll(CodeLint.rules());
        list.addAll(DutyLint.rules());
        list.addAll(MethodLint.rules());
        list.addAll(ProblemLint.rules());
        Set<String> ids = new HashSet<>();
        for (LintRule r : list) {
            if (!ids.add(r.id())) {
                throw new IllegalStateException("two lint rules share the id " + r.id());
            }
        }
        return List.copyOf(list);
    }

    /** Every rule. */
    public static List<LintRule> all() {
        return ALL;
    }

    /** The rule with this id. */
    public static Optional<LintRule> byId(String id) {
        for (LintRule r : ALL) {
            if (r.id().equals(id)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** The catalog duties no lint rule judges, each with the reason (see {@link DutyLint}). */
    public static List<String> dutiesLeftOut() {
        return DutyLint.leftOut();
    }
}
