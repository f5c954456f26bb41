package dev.httpstatus.openapi.report;

import dev.httpstatus.check.model.Severity;
import dev.httpstatus.openapi.lint.LintFinding;
import dev.httpstatus.openapi.lint.LintResult;
import java.util.EnumMap;

/**
 * Totals of a lint run over one or more descriptions.
 *
 * <pre>{@code
 * LintSummary s = new LintSummary();
 * s.add(result);
 * s.exitCode(Severity.ERROR);   // 0, 1, or 2 when a description could not be read
 * s.toString();                 // "2 descriptions, 1 unreadable; 3 errors, 0 warnings, 12 info"
 * }</pre>
 *
 * <p>Mutable while a run fills it, then only read.
 */
public final class LintSummary {

    private int descriptions;
    private int bad;
    private long suppressed;
    private long inBaseline;
    private final EnumMap<Severity, Long> counts = new EnumMap<>(Severity.class);

    /** Counts a description linted. */
    public void add(LintResult r) {
        descriptions++;
        for (LintFinding f : r.findings()) {
            counts.merge(f.severity(), 1L, Long::sum);
        }
    }

    /** Counts a description that could not be read. */
    public void bad() {
        descriptions++;
        bad++;
    }

    /** Counts a finding a suppression switched off. */
    public void suppressed() {
        suppressed++;
    }

    /** Counts a finding the baseline accepts. */
    public void inBaseline() {
        inBaseline++;
    }

    /** Findings switched off by --disable or the configuration file. */
    public long suppressedCount() {
        return suppressed;
    }

    /** Findings the baseline accepts. */
    public long inBaselineCount() {
        return inBaseline;
    }

    /** Descriptions named, read or not. */
    public int descriptions() {
        return descriptions;
    }

    /** Descriptions that could not be read. */
    public int badDescriptions() {
        return bad;
    }

    /** Findings of one severity. */
    public long count(Severity s) {
        return counts.getOrDefault(s, 0L);
    }

    /** 2 when a description could not be read, 1 when a finding is at or above {@code failOn} (null: never), else 0. */
    public int exitCode(Severity failOn) {
        if (bad > 0) {
            return 2;
        }
        if (failOn != null) {
            for (Severity s : Severity.values()) {
                if (s.isAtLeast(failOn) && count(s) > 0) {
                    return 1;
                }
            }
        }
        return 0;
    }

    @Override
    public String toString() {
        long e = count(Severity.ERROR);
        long w = count(Severity.WARNING);
        return descriptions + (descriptions == 1 ? " description" : " descriptions")
                + (bad > 0 ? ", " + bad + " unreadable" : "") + "; "
                + e + (e == 1 ? " error, " : " errors, ") + w + (w == 1 ? " warning, " : " warnings, ")
                + count(Severity.INFO) + " info"
                + (suppressed > 0 ? "; " + suppressed + " suppressed" : "")
                + (inBaseline > 0 ? "; " + inBaseline + " in the baseline" : "");
    }
}
