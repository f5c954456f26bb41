package dev.httpstatus.check;

import dev.httpstatus.check.model.Exchange;
import dev.httpstatus.check.model.Finding;
import dev.httpstatus.check.model.Severity;
import dev.httpstatus.check.report.FindingText;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What a client filter or interceptor does with the exchanges it sees: check each one and, when it
 * breaks rules at a chosen severity or worse, either fail or report.
 *
 * <pre>{@code
 * Conformance strict = Conformance.failOn(Severity.ERROR);          // throws NonConformingResponseException
 * Conformance lenient = Conformance.reportTo(Severity.WARNING, System.err::println);
 * Conformance logged = Conformance.log(Severity.WARNING);           // System.Logger "dev.httpstatus.check"
 * strict.judge(exchange);
 * }</pre>
 *
 * <p>Immutable and thread-safe, so one instance serves every request of a client.
 */
public final class Conformance {

    private static final System.Logger LOG = System.getLogger("dev.httpstatus.check");

    private final Severity threshold;
    private final Consumer<String> report;
    private final Checker checker;

    private Conformance(Severity threshold, Consumer<String> report, Checker checker) {
        this.threshold = Objects.requireNonNull(threshold, "threshold");
        this.report = report;
        this.checker = Objects.requireNonNull(checker, "checker");
    }

    /** Throws {@link NonConformingResponseException} for an exchange with findings at {@code threshold} or worse. */
    public static Conformance failOn(Severity threshold) {
        return new Conformance(threshold, null, Checker.standard());
    }

    /** Passes the text of each exchange's findings at {@code threshold} or worse to {@code out}; never throws. */
    public static Conformance reportTo(Severity threshold, Consumer<String> out) {
        return new Conformance(threshold, Objects.requireNonNull(out, "out"), Checker.standard());
    }

    /** Logs each exchange's findings at {@code threshold} or worse as a warning to {@code System.Logger} "dev.httpstatus.check". */
    public static Conformance log(Severity threshold) {
        return reportTo(threshold, text -> LOG.log(System.Logger.Level.WARNING, text));
    }

    /** The same policy, checking with {@code checker} instead of {@link Checker#standard()}. */
    public Conformance withChecker(Checker checker) {
        return new Conformance(threshold, report, checker);
    }

    /** The severity from which findings count. */
    public Severity threshold() {
        return threshold;
    }

    /** Whether this policy throws rather than reports. */
    public boolean fails() {
        return report == null;
    }

    /** The findings of {@code x} at the threshold or worse; an empty list when there are none. */
    public List<Finding> findings(Exchange x) {
        return FindingText.atLeast(checker.check(x), threshold);
    }

    /**
     * Checks {@code x} and acts on what counts: throws or reports it.
     *
     * @return the findings that counted, empty when none did
     * @throws NonConformingResponseException when this policy {@link #fails()} and something counted
     */
    public List<Finding> judge(Exchange x) {
        List<Finding> found = findings(x);
        if (!found.isEmpty()) {
            if (report == null) {
                throw new NonConformingResponseException(x, found, threshold);
            }
            report.accept(FindingText.failure(x, found, threshold));
        }
        return found;
    }

    @Override
    public String toString() {
        return (report == null ? "fail on " : "report ") + threshold.label() + (threshold == Severity.ERROR ? "" : " or worse");
    }
}
