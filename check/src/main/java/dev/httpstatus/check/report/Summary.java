package dev.httpstatus.check.report;

import dev.httpstatus.check.model.Finding;
import dev.httpstatus.check.model.Severity;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Running totals of a check: entries read = checked + skipped, findings by severity, unreadable inputs.
 *
 * <pre>{@code
 * summary.read() == summary.checked() + summary.skipped()   // always
 * summary.count(Severity.ERROR);                             // errors found
 * summary.suppressed();                                      // findings a suppression set aside
 * summary.inBaseline();                                      // findings the baseline accepted
 * }</pre>
 *
 * <p>Mutable, filled in by one thread while a check runs, then only read.
 */
public final class Summary {

    private int inputs;
    private int badInputs;
    private long checked;
    private long skipped;
    private long withFindings;
    private long suppressed;
    private long inBaseline;
    private final EnumMap<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
    private final Map<String, Long> skipReasons = new LinkedHashMap<>();
    private final List<String> remarks = new java.util.ArrayList<>();

    /** Counts one input (file, stream or URL) opened. */
    public void input() {
        inputs++;
    }

    /** Counts one input that could not be read to the end. */
    public void badInput() {
        badInputs++;
    }

    /** Counts one exchange checked, with its findings. */
    public void checked(List<Finding> findings) {
        checked++;
        if (!findings.isEmpty()) {
            withFindings++;
            for (Finding f : findings) {
                bySeverity.merge(f.severity(), 1L, Long::sum);
            }
        }
    }

    /** Counts one exchange checked: its reported findings, and those set aside (suppressed or in the baseline). */
    public void checked(List<Finding> reported, List<SetAside> setAside) {
        checked(reported);
        for (SetAside a : setAside) {
            if (a.isSuppressed()) {
                suppressed++;
            } else {
                inBaseline++;
            }
        }
    }

    /** Counts one entry skipped; {@code reason} is grouped by its text before the first colon. */
    public void skipped(String reason) {
        skipped++;
        int colon = reason.indexOf(':');
        skipReasons.merge(colon < 0 ? reason : reason.substring(0, colon), 1L, Long::sum);
    }

    /**
     * Adds a line the report prints with the totals, e.g. what an OpenAPI description declares that
     * the traffic never showed.
     */
    public void remark(String line) {
        remarks.add(java.util.Objects.requireNonNull(line, "line"));
    }

    /** The lines added with {@link #remark(String)}, in order. */
    public List<String> remarks() {
        return List.copyOf(remarks);
    }

    public int inputs() {
        return inputs;
    }

    public int badInputs() {
        return badInputs;
    }

    /** Entries read: checked plus skipped. */
    public long read() {
        return checked + skipped;
    }

    public long checked() {
        return checked;
    }

    public long skipped() {
        return skipped;
    }

    /** Exchanges with at least one finding. */
    public long exchangesWithFindings() {
        return withFindings;
    }

    /** Findings a suppression set aside. */
    public long suppressed() {
        return suppressed;
    }

    /** Findings the baseline accepted. */
    public long inBaseline() {
        return inBaseline;
    }

    /** Findings of one severity (reported ones: suppressed and baselined findings are counted apart). */
    public long count(Severity s) {
        return bySeverity.getOrDefault(s, 0L);
    }

    /** Skips grouped by the short form of their reason, e.g. "status 0" → 3. */
    public Map<String, Long> skipReasons() {
        return Map.copyOf(skipReasons);
    }

    /** Whether any finding is at or above {@code threshold}; never true for a null threshold. */
    public boolean hasFindingsAtLeast(Severity threshold) {
        if (threshold == null) {
            return false;
        }
        for (Severity s : Severity.values()) {
            if (s.isAtLeast(threshold) && count(s) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * One line: "2 inputs, 10 entries read: 9 checked, 1 skipped (1 status 0); 1 error, 0 warnings, 2 info",
     * then "; 3 suppressed, 2 in baseline" when findings were set aside.
     */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        b.append(inputs).append(inputs == 1 ? " input, " : " inputs, ");
        b.append(read()).append(read() == 1 ? " entry read: " : " entries read: ");
        b.append(checked).append(" checked, ").append(skipped).append(" skipped");
        if (!skipReasons.isEmpty()) {
            b.append(" (");
            String sep = "";
            for (Map.Entry<String, Long> e : skipReasons.entrySet()) {
                b.append(sep).append(e.getValue()).append(' ').append(e.getKey());
                sep = ", ";
            }
            b.append(')');
        }
        long e = count(Severity.ERROR);
        long w = count(Severity.WARNING);
        b.append("; ").append(e).append(e == 1 ? " error, " : " errors, ");
        b.append(w).append(w == 1 ? " warning, " : " warnings, ");
        b.append(count(Severity.INFO)).append(" info");
        if (suppressed > 0 || inBaseline > 0) {
            b.append("; ");
            if (suppressed > 0) {
                b.append(suppressed).append(" suppressed");
            }
            if (inBaseline > 0) {
                b.append(suppressed > 0 ? ", " : "").append(inBaseline).append(" in baseline");
            }
        }
        if (badInputs > 0) {
            b.append("; ").append(badInputs).append(badInputs == 1 ? " input unreadable" : " inputs unreadable");
        }
        return b.toString();
    }
}
