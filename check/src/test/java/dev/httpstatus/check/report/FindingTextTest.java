package dev.httpstatus.check.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpstatus.check.Checker;
import dev.httpstatus.check.X;
import dev.httpstatus.check.model.Exchange;
import dev.httpstatus.check.model.Finding;
import dev.httpstatus.check.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingTextTest {

    @Test
    void oneFindingOnTwoLines() {
        Exchange x = X.of("DELETE", 405, "Date: Tue, 01 Dec 2026 10:00:00 GMT").text("no").build();
        Finding f = Checker.standard().check(x).get(0);
        assertThat(FindingText.of(f)).isEqualTo(
                "  error    405-without-allow  405 response without Allow  (RFC 9110 §15.5.6)\n"
                + "             fix: Send Allow: GET, HEAD (always: the methods the target resource supports).");
    }

    @Test
    void theExchangeLineShowsWhatWasRecorded() {
        assertThat(FindingText.exchange(X.of("GET", 404).phrase("Not Found").build()))
                .isEqualTo("GET https://example.com/x → 404 Not Found");
        assertThat(FindingText.exchange(X.of("", 404).url("").build())).isEqualTo("test.har entry 0 → 404");
    }

    @Test
    void atLeastKeepsOrderAndCopiesOnlyWhenItDrops() {
        List<Finding> all = Checker.standard().check(X.of("GET", 405, "Content-Type: text/plain").text("no").build());
        assertThat(all).extracting(Finding::severity).contains(Severity.ERROR, Severity.WARNING, Severity.INFO);
        assertThat(FindingText.atLeast(all, Severity.INFO)).isSameAs(all);
        assertThat(FindingText.atLeast(all, Severity.ERROR)).extracting(Finding::severity).containsOnly(Severity.ERROR);
        assertThat(FindingText.atLeast(all, Severity.WARNING)).extracting(Finding::severity)
                .containsOnly(Severity.ERROR, Severity.WARNING).isSortedAccordingTo((a, b) -> 0);
        assertThat(FindingText.atLeast(List.of(), Severity.ERROR)).isEmpty();
    }

    @Test
    void theFailureCountsAndListsEveryFinding() {
        Exchange x = X.of("GET", 405, "Content-Type: text/plain").text("no").build();
        List<Finding> errors = FindingText.atLeast(Checker.standard().check(x), Severity.WARNING);
        String text = FindingText.failure(x, errors, Severity.WARNING);
        assertThat(text).startsWith("GET https://example.com/x → 405 breaks " + errors.size() + " rules at severity warning or worse:\n");
        assertThat(text.lines().filter(l -> l.trim().startsWith("fix: "))).hasSize(errors.size());
        assertThat(FindingText.assertion(x, errors, Severity.WARNING)).isEqualTo("Expecting the exchange to conform to the RFCs, but " + text);
    }
}
