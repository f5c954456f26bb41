package dev.httpstatus.check.ci;

import java.util.Objects;
import java.util.Optional;

/**
 * What becomes of one finding in a run: reported, set aside by a suppression (which one is kept, so
 * the report can name it), or set aside because the baseline accepts it.
 *
 * <pre>{@code
 * Verdict v = triage.judge(occurrence);
 * switch (v.kind()) {
 *     case REPORTED -> fail();
 *     case SUPPRESSED -> log("suppressed by " + v.suppression().orElseThrow());
 *     case IN_BASELINE -> count();
 * }
 * }</pre>
 */
public final class Verdict {

    /** The three outcomes. */
    public enum Kind {
        /** Counts in the report and the exit code. */
        REPORTED,
        /** Switched off by a suppression; listed, counted apart, never a failure. */
        SUPPRESSED,
        /** Accepted by the baseline; listed, counted apart, never a failure. */
        IN_BASELINE
    }

    private static final Verdict REPORTED = new Verdict(Kind.REPORTED, null);
    private static final Verdict IN_BASELINE = new Verdict(Kind.IN_BASELINE, null);

    private final Kind kind;
    private final Suppression suppression;

    private Verdict(Kind kind, Suppression suppression) {
        this.kind = kind;
        this.suppression = suppression;
    }

    public static Verdict reported() {
        return REPORTED;
    }

    public static Verdict inBaseline() {
        return IN_BASELINE;
    }

    public static Verdict suppressed(Suppression by) {
        return new Verdict(Kind.SUPPRESSED, Objects.requireNonNull(by, "by"));
    }

    public Kind kind() {
        return kind;
    }

    public boolean isReported() {
        return kind == Kind.REPORTED;
    }

    /** The suppression that matched, for {@link Kind#SUPPRESSED}; empty otherwise. */
    public Optional<Suppression> suppression() {
        return Optional.ofNullable(suppression);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Verdict v && v.kind == kind && Objects.equals(v.suppression, suppression);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, suppression);
    }

    @Override
    public String toString() {
        return suppression == null ? kind.name() : kind + " by " + suppression;
    }
}
