package dev.httpstatus.openapi.lint;

import dev.httpstatus.openapi.ApiDescription;
import dev.httpstatus.openapi.Pointer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gathers a description's findings, one per rule and place: a shared response component broken for
 * twenty operations is one finding naming the twenty.
 */
final class Findings {

    private final ApiDescription description;
    private final Set<String> disabled;
    private final Map<String, Pending> byKey = new LinkedHashMap<>();

    private static final class Pending {
        final LintRule rule;
        final Pointer at;
        final String detail;
        final Set<String> operations = new LinkedHashSet<>();

        Pending(LintRule rule, Pointer at, String detail) {
            this.rule = rule;
            this.at = at;
            this.detail = detail;
        }
    }

    Findings(ApiDescription description, Set<String> disabled) {
        this.description = description;
        this.disabled = disabled;
    }

    /** Whether {@code rule} is checked at all. */
    boolean enabled(LintRule rule) {
        return !disabled.contains(rule.id());
    }

    /** Records that {@code rule} is broken at {@code at}, for {@code operation} ("" for none). */
    void report(LintRule rule, Pointer at, String operation, String detail) {
        if (!enabled(rule)) {
            return;
        }
        Pending p = byKey.computeIfAbsent(rule.id() + " " + at, k -> new Pending(rule, at, detail));
        if (!operation.isEmpty()) {
            p.operations.add(operation);
        }
    }

    List<LintFinding> list() {
        List<LintFinding> out = new ArrayList<>(byKey.size());
        for (Pending p : byKey.values()) {
            out.add(new LintFinding(p.rule, description.file(), p.at, description.tree().position(p.at),
                    List.copyOf(p.operations), p.detail));
        }
        // In the order of the text; at one place, in the order the rules run (stable sort).
        out.sort(java.util.Comparator.comparingInt((LintFinding f) -> f.position().line())
                .thenComparingInt(f -> f.position().column()));
        return out;
    }
}
