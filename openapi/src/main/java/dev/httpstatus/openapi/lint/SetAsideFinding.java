package dev.httpstatus.openapi.lint;

import dev.httpstatus.check.ci.Verdict;
import java.util.Objects;

/**
 * A lint finding that is not reported as a failure, and why: a suppression ({@code --disable}, the
 * configuration file) matched it, or the baseline accepts it. The JSON and SARIF reports list these
 * apart, as the checker's do; every report counts them.
 *
 * <pre>{@code
 * result.setAside().get(0).verdict().kind();   // SUPPRESSED
 * }</pre>
 *
 * @param finding the finding
 * @param verdict {@link Verdict.Kind#SUPPRESSED} or {@link Verdict.Kind#IN_BASELINE}
 */
public record SetAsideFinding(LintFinding finding, Verdict verdict) {

    public SetAsideFinding {
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(verdict, "verdict");
        if (verdict.isReported()) {
            throw new IllegalArgumentException("a reported finding is not set aside: " + finding);
        }
    }

    /** Whether a suppression set it aside (else the baseline accepts it). */
    public boolean isSuppressed() {
        return verdict.kind() == Verdict.Kind.SUPPRESSED;
    }
}
