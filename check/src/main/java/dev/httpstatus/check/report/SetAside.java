package dev.httpstatus.check.report;

import dev.httpstatus.check.ci.Verdict;
import dev.httpstatus.check.model.Finding;
import java.util.Objects;

/**
 * A finding that is not reported as a failure, and why: a suppression matched it or the baseline
 * accepts it. Reports list these apart and count them in the summary; none is dropped in silence.
 *
 * <pre>{@code
 * SetAside s = new SetAside(finding, Verdict.suppressed(Suppression.of("405-without-allow").from("--disable")));
 * s.verdict().kind();   // SUPPRESSED
 * }</pre>
 *
 * @param finding the finding
 * @param verdict {@link Verdict.Kind#SUPPRESSED} or {@link Verdict.Kind#IN_BASELINE}
 */
public record SetAside(Finding finding, Verdict verdict) {

    public SetAside {
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(verdict, "verdict");
        if (verdict.isReported()) {
            throw new IllegalArgumentException("a reported finding is not set aside: " + finding);
        }
    }

    public boolean isSuppressed() {
        return verdict.kind() == Verdict.Kind.SUPPRESSED;
    }
}
