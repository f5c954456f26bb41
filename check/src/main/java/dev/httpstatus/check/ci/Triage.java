package dev.httpstatus.check.ci;

import java.util.Objects;

/**
 * Decides, for each finding of a run, whether it is reported: suppressions first, then the baseline.
 * Immutable and thread-safe, so parallel workers share one.
 *
 * <pre>{@code
 * Triage t = Triage.of(suppressions, Baseline.read(Path.of("baseline.json"), "check"));
 * t.judge(occurrence);           // REPORTED, SUPPRESSED by …, or IN_BASELINE
 * Triage.none().judge(o);        // always REPORTED
 * Triage.acceptingAll(s);        // what a run writing a new baseline uses: nothing new is reported
 * }</pre>
 */
public final class Triage {

    private static final Triage NONE = new Triage(Suppressions.none(), null, false);

    private final Suppressions suppressions;
    private final Baseline baseline;
    private final boolean acceptAll;

    private Triage(Suppressions suppressions, Baseline baseline, boolean acceptAll) {
        this.suppressions = Objects.requireNonNull(suppressions, "suppressions");
        this.baseline = baseline;
        this.acceptAll = acceptAll;
    }

    /** Every finding reported. */
    public static Triage none() {
        return NONE;
    }

    /** Suppressions only. */
    public static Triage of(Suppressions suppressions) {
        return suppressions.isEmpty() ? NONE : new Triage(suppressions, null, false);
    }

    /** Suppressions, then the baseline. */
    public static Triage of(Suppressions suppressions, Baseline baseline) {
        return new Triage(suppressions, Objects.requireNonNull(baseline, "baseline"), false);
    }

    /**
     * Suppressions, and every other finding accepted: the triage of a run that writes a new baseline,
     * so the run reports what the next run with that baseline will (nothing new).
     */
    public static Triage acceptingAll(Suppressions suppressions) {
        return new Triage(suppressions, null, true);
    }

    /** Whether every finding will be reported (no suppression, no baseline). */
    public boolean isNone() {
        return suppressions.isEmpty() && baseline == null && !acceptAll;
    }

    /** Whether a baseline (read, or being written) takes part. */
    public boolean hasBaseline() {
        return baseline != null || acceptAll;
    }

    /** Whether the baseline (read, or being written) accepts {@code o}, suppressions aside. */
    public boolean accepts(Occurrence o) {
        return acceptAll || (baseline != null && baseline.contains(o));
    }

    public Suppressions suppressions() {
        return suppressions;
    }

    /** What becomes of {@code o}. */
    public Verdict judge(Occurrence o) {
        var s = suppressions.find(o);
        if (s.isPresent()) {
            return Verdict.suppressed(s.get());
        }
        if (accepts(o)) {
            return Verdict.inBaseline();
        }
        return Verdict.reported();
    }
}
