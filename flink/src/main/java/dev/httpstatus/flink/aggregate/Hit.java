package dev.httpstatus.flink.aggregate;

import dev.httpstatus.check.model.Exchange;
import dev.httpstatus.check.model.Finding;
import dev.httpstatus.check.model.Source;
import dev.httpstatus.flink.input.RecordSink;

/**
 * Findings of one rule at one host and path template: how many, first and last seen, and the first
 * one as the example. Hits of the same {@link #key()} merge; merging is associative and commutative,
 * so any grouping of partial counts (per file, per task, per window) gives the same result.
 *
 * <p>"Seen" orders by the record's time where both records carry one (access logs), otherwise by
 * location: file name, then entry or line (HAR entries carry no time in the checker's model).
 *
 * <pre>{@code
 * Hit h = Hit.of(finding, exchange, time);
 * h.key();            // "405-without-allow\tapi.example\t/items/{id}"
 * h.merge(other);     // a new Hit with the counts added
 * }</pre>
 *
 * <p>A public mutable bean because Flink's POJO serializer moves it between tasks.
 */
public final class Hit {

    public String rule;
    public String severity;
    public String host;
    public String path;
    public long count;
    /** Epoch milliseconds, or {@link RecordSink#NO_TIME}. */
    public long firstTime;
    public String firstFile;
    public int firstEntry;
    public int firstLine;
    public long lastTime;
    public String lastFile;
    public int lastEntry;
    public int lastLine;
    public String exampleMethod;
    public String exampleUrl;
    public int exampleStatus;
    public String exampleDetail;

    /** For Flink's serializer. */
    public Hit() {}

    /** One finding of {@code x}, which happened at {@code time} (or {@link RecordSink#NO_TIME}). */
    public static Hit of(Finding f, Exchange x, long time) {
        PathTemplate t = PathTemplate.of(x.url());
        Hit h = new Hit();
        h.rule = f.rule().id();
        h.severity = f.severity().label();
        h.host = t.host();
        h.path = t.path();
        h.count = 1;
        Source s = x.source();
        h.firstTime = h.lastTime = time;
        h.firstFile = h.lastFile = s.file();
        h.firstEntry = h.lastEntry = s.entry();
        h.firstLine = h.lastLine = s.line();
        h.exampleMethod = x.methodText();
        h.exampleUrl = x.url();
        h.exampleStatus = x.status();
        h.exampleDetail = f.detail();
        return h;
    }

    /** What hits group by: rule, host and path template. */
    public String key() {
        return rule + '\t' + host + '\t' + path;
    }

    /** Where the first one was seen. */
    public Source firstSource() {
        return new Source(firstFile, firstEntry, firstLine, -1);
    }

    /** Where the last one was seen. */
    public Source lastSource() {
        return new Source(lastFile, lastEntry, lastLine, -1);
    }

    /** The two together, as a new hit; both must have the same key. */
    public Hit merge(Hit o) {
        Hit m = new Hit();
        m.rule = rule;
        m.severity = severity;
        m.host = host;
        m.path = path;
        m.count = count + o.count;
        Hit first = before(firstTime, firstFile, firstEntry, firstLine, o.firstTime, o.firstFile, o.firstEntry,
                o.firstLine) ? this : o;
        m.firstTime = first.firstTime;
        m.firstFile = first.firstFile;
        m.firstEntry = first.firstEntry;
        m.firstLine = first.firstLine;
        m.exampleMethod = first.exampleMethod;
        m.exampleUrl = first.exampleUrl;
        m.exampleStatus = first.exampleStatus;
        m.exampleDetail = first.exampleDetail;
        Hit last = before(lastTime, lastFile, lastEntry, lastLine, o.lastTime, o.lastFile, o.lastEntry, o.lastLine)
                ? o : this;
        m.lastTime = last.lastTime;
        m.lastFile = last.lastFile;
        m.lastEntry = last.lastEntry;
        m.lastLine = last.lastLine;
        return m;
    }

    /** Whether (t1, place 1) comes before (t2, place 2); ties go to the first. */
    static boolean before(long t1, String f1, int e1, int l1, long t2, String f2, int e2, int l2) {
        if (t1 != RecordSink.NO_TIME && t2 != RecordSink.NO_TIME && t1 != t2) {
            return t1 < t2;
        }
        int c = f1.compareTo(f2);
        if (c != 0) {
            return c < 0;
        }
        if (e1 != e2) {
            return e1 < e2;
        }
        return l1 <= l2;
    }

    @Override
    public String toString() {
        return key().replace('\t', ' ') + " ×" + count;
    }
}
