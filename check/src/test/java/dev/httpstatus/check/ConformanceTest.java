package dev.httpstatus.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.httpstatus.check.model.Exchange;
import dev.httpstatus.check.model.Finding;
import dev.httpstatus.check.model.Severity;
import dev.httpstatus.check.report.FindingText;
import dev.httpstatus.check.rules.Rules;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConformanceTest {

    /** 405 without Allow (error) and without Date (warning), to GET (info: 405 to GET). */
    private static final Exchange BROKEN = X.of("GET", 405, "Content-Type: text/plain").text("no").build();

    @Test
    void failOnThrowsWithEveryFindingAtTheThreshold() {
        assertThatThrownBy(() -> Conformance.failOn(Severity.WARNING).judge(BROKEN))
                .isInstanceOfSatisfying(NonConformingResponseException.class, e -> {
                    assertThat(e.exchange()).isSameAs(BROKEN);
                    assertThat(e.findings()).extracting(Finding::severity).doesNotContain(Severity.INFO).contains(Severity.ERROR, Severity.WARNING);
                    assertThat(e.getMessage()).startsWith("GET https://example.com/x → 405 breaks " + e.findings().size()
                            + " rules at severity warning or worse:\n  error    405-without-allow  ");
                });
    }

    @Test
    void reportToPassesTheSameTextAndReturnsTheFindings() {
        List<String> out = new ArrayList<>();
        List<Finding> found = Conformance.reportTo(Severity.ERROR, out::add).judge(BROKEN);
        assertThat(found).extracting(f -> f.rule().id()).containsExactly("405-without-allow");
        assertThat(out).containsExactly(FindingText.failure(BROKEN, found, Severity.ERROR));
        assertThat(Conformance.reportTo(Severity.ERROR, out::add).judge(X.of("GET", 200, "Date: Tue, 01 Dec 2026 10:00:00 GMT").build()))
                .isEmpty();
        assertThat(out).hasSize(1);
    }

    @Test
    void aCheckerOfOtherRulesCanBeGiven() {
        Conformance none = Conformance.failOn(Severity.INFO).withChecker(Checker.of(List.of()));
        assertThat(none.judge(BROKEN)).isEmpty();
        assertThat(none.fails()).isTrue();
        assertThat(none).hasToString("fail on info or worse");
        assertThat(Conformance.log(Severity.ERROR)).hasToString("report error");
        assertThat(Checker.standard().rules()).hasSameSizeAs(Rules.all());
    }
}
