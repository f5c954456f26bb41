package dev.httpstatus.check;

import dev.httpstatus.check.ci.TrafficKeys;
import dev.httpstatus.check.ci.Triage;
import dev.httpstatus.check.ci.Verdict;
import dev.httpstatus.check.input.ExchangeSink;
import dev.httpstatus.check.model.Exchange;
import dev.httpstatus.check.model.Finding;
import dev.httpstatus.check.model.Skip;
import dev.httpstatus.check.report.SetAside;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks the exchanges of one input as its reader passes them on, sorts each finding into reported
 * or set aside, and hands the results on. One per input, used by one thread: what one capture showed
 * ({@link CaptureMemory}) says nothing about another.
 */
final class InputCheck implements ExchangeSink {

    private final Checker checker;
    private final Triage triage;
    private final Results out;
    private final CaptureMemory memory = new CaptureMemory();

    InputCheck(Checker checker, Triage triage, Results out) {
        this.checker = checker;
        this.triage = triage;
        this.out = out;
    }

    @Override
    public void exchange(Exchange x) {
        List<Finding> findings = checker.check(memory.see(x));
        if (findings.isEmpty() || triage.isNone()) {
            out.exchange(x, findings, List.of());
            return;
        }
        List<Finding> reported = new ArrayList<>(findings.size());
        List<SetAside> setAside = new ArrayList<>(0);
        for (Finding f : findings) {
            Verdict v = triage.judge(TrafficKeys.occurrence(f, x));
            if (v.isReported()) {
                reported.add(f);
            } else {
                setAside.add(new SetAside(f, v));
            }
        }
        out.exchange(x, reported, setAside);
    }

    @Override
    public void skipped(Skip skip) {
        out.skipped(skip);
    }
}
