package dev.httpstatus.check.report;

import dev.httpstatus.check.model.Exchange;
import dev.httpstatus.check.model.Finding;
import dev.httpstatus.check.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Findings as plain text for people reading a failed test or a log: the same layout wherever an
 * exchange is judged outside the {@code check} command (AssertJ, Spring, OkHttp, Jakarta, Netty).
 *
 * <pre>{@code
 * FindingText.failure(x, findings, Severity.ERROR);
 * // GET http://127.0.0.1:8080/items → 405 breaks 1 rule at severity error:
 * //   error    405-without-allow  405 response without Allow  (RFC 9110 §15.5.6)
 * //            fix: List the methods the resource supports in Allow.
 * }</pre>
 */
public final class FindingText {

    private static final String INDENT = "  ";
    private static final String FIX_INDENT = "           ";

    private FindingText() {}

    /** The findings of {@code findings} whose severity is {@code threshold} or worse, in order. */
    public static List<Finding> atLeast(List<Finding> findings, Severity threshold) {
        Objects.requireNonNull(threshold, "threshold");
        int n = findings.size();
        int i = 0;
        while (i < n && findings.get(i).severity().isAtLeast(threshold)) {
            i++;
        }
        if (i == n) {
            return findings; // the usual case, nothing to drop: no copy
        }
        List<Finding> kept = new ArrayList<>(findings.subList(0, i));
        for (i++; i < n; i++) {
            if (findings.get(i).severity().isAtLeast(threshold)) {
                kept.add(findings.get(i));
            }
        }
        return kept;
    }

    /**
     * One finding on two lines: severity, rule id, message and section, then the fix.
     *
     * <pre>
     *   error    405-without-allow  405 response without Allow  (RFC 9110 §15.5.6)
     *            fix: List the methods the resource supports in Allow.
     * </pre>
     */
    public static String of(Finding f) {
        return INDENT + String.format("%-8s", f.severity().label()) + " " + f.rule().id() + "  " + f.message()
                + "  (" + f.rule().reference() + ")\n" + INDENT + FIX_INDENT + "fix: " + f.rule().fix();
    }

    /** The exchange in one line: "GET http://host/x → 405 Method Not Allowed" (what was recorded of it). */
    public static String exchange(Exchange x) {
        StringBuilder b = new StringBuilder();
        if (!x.methodText().isEmpty()) {
            b.append(x.methodText()).append(' ');
        }
        b.append(x.url().isEmpty() ? x.source().toString() : x.url());
        b.append(" → ").append(x.status());
        if (!x.reasonPhrase().isEmpty()) {
            b.append(' ').append(x.reasonPhrase());
        }
        return b.toString();
    }

    /**
     * The message of a failed conformance check: the exchange, how many rules it breaks at
     * {@code threshold} or worse, and each finding, errors first.
     *
     * @param findings the findings to list; all of them, whatever their severity
     */
    public static String failure(Exchange x, List<Finding> findings, Severity threshold) {
        StringBuilder b = new StringBuilder();
        b.append(exchange(x)).append(" breaks ").append(findings.size())
                .append(findings.size() == 1 ? " rule" : " rules").append(" at severity ").append(threshold.label())
                .append(threshold == Severity.ERROR ? "" : " or worse").append(':');
        for (Severity s : Severity.values()) { // worst first, rule order within a severity
            for (Finding f : findings) {
                if (f.severity() == s) {
                    b.append('\n').append(of(f));
                }
            }
        }
        return b.toString();
    }

    /**
     * The message of a failed test assertion: "Expecting the exchange to conform to the RFCs, but "
     * followed by {@link #failure(Exchange, List, Severity)}.
     */
    public static String assertion(Exchange x, List<Finding> findings, Severity threshold) {
        return "Expecting the exchange to conform to the RFCs, but " + failure(x, findings, threshold);
    }
}
