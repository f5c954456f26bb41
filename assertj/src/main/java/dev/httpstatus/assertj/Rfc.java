package dev.httpstatus.assertj;

import dev.httpstatus.check.Checker;
import dev.httpstatus.check.model.Exchange;
import dev.httpstatus.check.model.Finding;
import dev.httpstatus.check.model.Severity;
import dev.httpstatus.check.report.FindingText;
import java.util.List;
import java.util.function.Consumer;

/** The conformance check shared by the assertions: run the standard rules, fail with the findings' text. */
final class Rfc {

    private Rfc() {}

    static void check(Exchange x, Severity threshold, Consumer<String> fail) {
        List<Finding> found = FindingText.atLeast(Checker.standard().check(x), threshold);
        if (!found.isEmpty()) {
            fail.accept(FindingText.assertion(x, found, threshold));
        }
    }
}
