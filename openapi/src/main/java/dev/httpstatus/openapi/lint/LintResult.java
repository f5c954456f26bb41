package dev.httpstatus.openapi.lint;

import dev.httpstatus.check.model.Severity;
import dev.httpstatus.openapi.ApiDescription;
import java.util.List;
import java.util.Objects;

/**
 * What linting one description found.
 *
 * <pre>{@code
 * LintResult r = Linter.standard().lint(d);
 * r.count(Severity.ERROR);   // 3
 * r.toString();              // "api.yaml: OpenAPI 3.0.3, 54 operations, 162 responses; 3 errors, 0 warnings, 108 info"
 * }</pre>
 *
 * @param description the description linted
 * @param findings    its findings reported, in document order of first appearance
 * @param responses   how many responses (operation × key) were linted
 * @param setAside    its findings a suppression or the baseline set aside, in the same order
 */
public record LintResult(ApiDescription description, List<LintFinding> findings, int responses,
        List<SetAsideFinding> setAside) {

    public LintResult {
        Objects.requireNonNull(description, "description");
        findings = List.copyOf(findings);
        setAside = List.copyOf(setAside);
    }

    /** A result with nothing set aside. */
    public LintResult(ApiDescription description, List<LintFinding> findings, int responses) {
        this(description, findings, responses, List.of());
    }

    /** Findings of one severity. */
    public long count(Severity s) {
        return findings.stream().filter(f -> f.severity() == s).count();
    }

    /** Whether a finding is at or above {@code threshold}; never for null. */
    public boolean hasFindingsAtLeast(Severity threshold) {
        return threshold != null && findings.stream().anyMatch(f -> f.severity().isAtLeast(threshold));
    }

    @Override
    public String toString() {
        long e = count(Severity.ERROR);
        long w = count(Severity.WARNING);
        int ops = description.operations().size();
        int out = description.outgoing().size();
        return description.file() + ": " + description.kind().label() + " (" + description.version() + "), "
                + ops + (ops == 1 ? " operation, " : " operations, ")
                + (out == 0 ? "" : out + (out == 1 ? " webhook or callback, " : " webhooks and callbacks, ")) + responses
                + (responses == 1 ? " response; " : " responses; ")
                + e + (e == 1 ? " error, " : " errors, ") + w + (w == 1 ? " warning, " : " warnings, ")
                + count(Severity.INFO) + " info";
    }
}
