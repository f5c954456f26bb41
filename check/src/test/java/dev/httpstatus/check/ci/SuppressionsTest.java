package dev.httpstatus.check.ci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.httpstatus.check.model.Severity;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SuppressionsTest {

    private static Occurrence at(String rule, String host, String path, String method) {
        return Occurrence.of(rule, Severity.WARNING, method + " " + path + " 201").at(host, path, method);
    }

    @Test
    void aSuppressionCoversItsRuleAtItsPlacesOnly() {
        Suppression s = Suppression.of("201-without-location").host("api.example.com").path("/legacy/**");
        assertThat(s.matches(at("201-without-location", "api.example.com", "/legacy/a/b", "POST"))).isTrue();
        assertThat(s.matches(at("201-without-location", "API.Example.com", "/legacy/a", "POST"))).as("host without case").isTrue();
        assertThat(s.matches(at("201-without-location", "api.example.com", "/current/a", "POST"))).isFalse();
        assertThat(s.matches(at("201-without-location", "other.example.com", "/legacy/a", "POST"))).isFalse();
        assertThat(s.matches(at("405-without-allow", "api.example.com", "/legacy/a", "POST"))).as("other rule").isFalse();
        assertThat(s.matches(at("201-without-location", "", "/legacy/a", "POST"))).as("unknown host").isFalse();
    }

    @Test
    void methodAndEveryRule() {
        Suppression post = Suppression.of("*").method("post");
        assertThat(post.matches(at("anything", "h", "/x", "POST"))).isTrue();
        assertThat(post.matches(at("anything", "h", "/x", "GET"))).isFalse();
        assertThat(Suppression.of("x").isEverywhere()).isTrue();
        assertThat(post.isEverywhere()).isFalse();
    }

    @Test
    void wholeRuleSwitchesComeFirstThenDeclarationOrder() {
        Suppression pattern = Suppression.of("r").path("/**").from("config line 2");
        Suppression any = Suppression.of("*").path("/x").from("config line 3");
        Suppression disabled = Suppression.of("r").from("--disable");
        Suppressions s = Suppressions.of(List.of(pattern, any)).plus(Suppressions.of(List.of(disabled)));
        assertThat(s.find(at("r", "h", "/x", "GET"))).contains(disabled);
        assertThat(s.find(at("q", "h", "/x", "GET"))).contains(any);
        assertThat(s.find(at("q", "h", "/y", "GET"))).isEmpty();
        Suppressions ordered = Suppressions.of(List.of(any, pattern));
        assertThat(ordered.find(at("r", "h", "/x", "GET"))).as("the earlier declaration wins").contains(any);
        assertThat(Suppressions.of(List.of(pattern, any)).find(at("r", "h", "/x", "GET"))).contains(pattern);
    }

    @Test
    void unknownRulesAreFoundNotIgnored() {
        Suppressions s = Suppressions.disabling(List.of("known", "typo"), "--disable")
                .plus(Suppressions.of(List.of(Suppression.of("*").host("h"))));
        assertThat(s.unknownRules(Set.of("known"))).containsExactly("typo");
        assertThat(Suppressions.none().isEmpty()).isTrue();
        assertThatThrownBy(() -> Suppression.of("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void triageSuppressesBeforeTheBaselineIsAsked() {
        Occurrence o = at("r", "h", "/x", "GET");
        Baseline b = Baseline.of("check", List.of(Baseline.Entry.of(o)));
        Suppressions s = Suppressions.disabling(List.of("r"), "--disable");
        assertThat(Triage.of(s, b).judge(o).kind()).isEqualTo(Verdict.Kind.SUPPRESSED);
        assertThat(Triage.of(s, b).judge(o).suppression().orElseThrow().origin()).isEqualTo("--disable");
        assertThat(Triage.of(Suppressions.none(), b).judge(o).kind()).isEqualTo(Verdict.Kind.IN_BASELINE);
        assertThat(Triage.of(Suppressions.none(), b).judge(at("r", "h", "/y", "GET")).isReported()).isTrue();
        assertThat(Triage.acceptingAll(Suppressions.none()).judge(at("new", "h", "/y", "GET")).kind())
                .isEqualTo(Verdict.Kind.IN_BASELINE);
        assertThat(Triage.none().isNone()).isTrue();
        assertThat(Triage.of(Suppressions.none()).isNone()).isTrue();
    }
}
