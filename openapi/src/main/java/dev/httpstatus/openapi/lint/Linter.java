package dev.httpstatus.openapi.lint;

import dev.httpstatus.openapi.ApiDescription;
import dev.httpstatus.openapi.ApiOperation;
import dev.httpstatus.openapi.DeclaredResponse;
import java.util.Objects;
import java.util.Set;

/**
 * Lints the status codes an API description declares.
 *
 * <pre>{@code
 * ApiDescription d = ApiDescription.read(Path.of("api.yaml"));
 * LintResult r = Linter.standard().lint(d);
 * r.findings();                                   // in document order of first appearance
 * Linter.standard().without(Set.of("oas-error-without-problem-json")).lint(d);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Linter {

    private static final Linter STANDARD = new Linter(Set.of());

    private final Set<String> disabled;

    private Linter(Set<String> disabled) {
        this.disabled = Set.copyOf(disabled);
    }

    /** Every rule. */
    public static Linter standard() {
        return STANDARD;
    }

    /**
     * This linter without the rules {@code ids}.
     *
     * @throws IllegalArgumentException naming an id that no lint rule has
     */
    public Linter without(Set<String> ids) {
        Objects.requireNonNull(ids, "ids");
        for (String id : ids) {
            if (LintRules.byId(id).isEmpty()) {
                throw new IllegalArgumentException("no lint rule has the id '" + id + "' (see 'httpstatus rules --list')");
            }
        }
        java.util.Set<String> all = new java.util.HashSet<>(disabled);
        all.addAll(ids);
        return new Linter(all);
    }

    /** The ids of the rules left out. */
    public Set<String> disabled() {
        return disabled;
    }

    /** Every finding for {@code d}. */
    public LintResult lint(ApiDescription d) {
        Findings out = new Findings(d, disabled);
        int responses = 0;
        java.util.List<ApiOperation> all = new java.util.ArrayList<>(d.operations());
        all.addAll(d.outgoing()); // webhooks and callbacks: their responses are declared the same way
        for (ApiOperation op : all) {
            MethodLint.checkOperation(op, out);
            for (DeclaredResponse r : op.responses()) {
                responses++;
                CodeLint.check(op, r, out);
                MethodLint.check(op, r, out);
                DutyLint.check(op, r, out);
                ProblemLint.check(d, op, r, out);
            }
        }
        return new LintResult(d, out.list(), responses);
    }
}
