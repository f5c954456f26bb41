package dev.httpstatus.flink.aggregate;

import dev.httpstatus.check.model.Finding;
import dev.httpstatus.check.model.Severity;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The counts of a run or of part of it (one file, one window): records read = checked + skipped +
 * malformed, findings by severity, skips by reason, and for each rule how often it was about an
 * exchange's status but could not be evaluated for lack of a fact the record does not hold.
 *
 * <pre>{@code
 * Tally t = new Tally();
 * t.checked(findings);  t.notCheckable("2xx-4xx-without-date");  t.malformed();
 * t.merge(other);       // a new tally with everything added
 * t.read == t.checked + t.skipped + t.malformed;   // always
 * }</pre>
 *
 * <p>A public mutable bean because Flink's POJO serializer moves it between tasks.
 */
public final class Tally {

    public long files;
    public long read;
    public long checked;
    public long skipped;
    public long malformed;
    public long exchangesWithFindings;
    public long errors;
    public long warnings;
    public long infos;
    /** Skips by the text of their reason before the first colon, as the CLI's summary groups them. */
    public Map<String, Long> skipReasons = new TreeMap<>();
    /** Rule id → exchanges it was about but could not judge. */
    public Map<String, Long> notCheckable = new TreeMap<>();

    /** For Flink's serializer, and an empty tally. */
    public Tally() {}

    /** Counts one exchange checked, with its findings. */
    public void checked(List<Finding> findings) {
        read++;
        checked++;
        if (!findings.isEmpty()) {
            exchangesWithFindings++;
            for (Finding f : findings) {
                if (f.severity() == Severity.ERROR) {
                    errors++;
                } else if (f.severity() == Severity.WARNING) {
                    warnings++;
                } else {
                    infos++;
                }
            }
        }
    }

    /** Counts one record skipped for {@code reason}. */
    public void skipped(String reason) {
        read++;
        skipped++;
        int colon = reason.indexOf(':');
        skipReasons.merge(colon < 0 ? reason : reason.substring(0, colon), 1L, Long::sum);
    }

    /** Counts one malformed record. */
    public void malformed() {
        read++;
        malformed++;
    }

    /** Counts one exchange on which {@code rule} could not be evaluated. */
    public void notCheckable(String rule) {
        notCheckable.merge(rule, 1L, Long::sum);
    }

    /** Findings of {@code s}. */
    public long count(Severity s) {
        return switch (s) {
            case ERROR -> errors;
            case WARNING -> warnings;
            case INFO -> infos;
        };
    }

    /** Both together, as a new tally. */
    public Tally merge(Tally o) {
        Tally m = new Tally();
        m.files = files + o.files;
        m.read = read + o.read;
        m.checked = checked + o.checked;
        m.skipped = skipped + o.skipped;
        m.malformed = malformed + o.malformed;
        m.exchangesWithFindings = exchangesWithFindings + o.exchangesWithFindings;
        m.errors = errors + o.errors;
        m.warnings = warnings + o.warnings;
        m.infos = infos + o.infos;
        m.skipReasons.putAll(skipReasons);
        o.skipReasons.forEach((k, v) -> m.skipReasons.merge(k, v, Long::sum));
        m.notCheckable.putAll(notCheckable);
        o.notCheckable.forEach((k, v) -> m.notCheckable.merge(k, v, Long::sum));
        return m;
    }

    @Override
    public String toString() {
        return files + (files == 1 ? " file, " : " files, ") + read + " records read: " + checked + " checked, "
                + skipped + " skipped" + (skipReasons.isEmpty() ? "" : " " + skipReasons) + ", " + malformed
                + " malformed; " + errors + (errors == 1 ? " error, " : " errors, ") + warnings
                + (warnings == 1 ? " warning, " : " warnings, ") + infos + " info; not checkable: "
                + notCheckable.values().stream().mapToLong(Long::longValue).sum() + " rule evaluations";
    }
}
