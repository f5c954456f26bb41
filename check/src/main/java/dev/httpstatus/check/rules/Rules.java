package dev.httpstatus.check.rules;

import dev.httpstatus.check.model.Rule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every rule the checker applies, in a stable order.
 *
 * <pre>{@code
 * Rules.all().size();                           // 40-odd
 * Rules.byId("405-without-allow").get().severity(); // ERROR
 * }</pre>
 */
public final class Rules {

    private Rules() {}

    private static final List<Rule> ALL = build();

    private static List<Rule> build() {
        List<Rule> list = new ArrayList<>();
        list.addAll(RegistryRules.rules());
        list.addAll(ContentRules.rules());
        list.addAll(DutyRules.rules());
        list.addAll(HeaderRules.rules());
        list.addAll(RequestRules.rules());
        list.addAll(ConditionalRules.rules());
        list.addAll(CaptureRules.rules());
        list.addAll(ProblemRules.rules());
        Set<String> ids = new HashSet<>();
        for (Rule r : list) {
            if (!ids.add(r.id())) {
                throw new IllegalStateException("two rules share the id " + r.id());
            }
        }
        return List.copyOf(list);
    }

    /** Every rule, grouped by topic: the code itself, content, header duties, header values, the request, problem details. */
    public static List<Rule> all() {
        return ALL;
    }

    /** The rule with this id. */
    public static Optional<Rule> byId(String id) {
        for (Rule r : ALL) {
            if (r.id().equals(id)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
