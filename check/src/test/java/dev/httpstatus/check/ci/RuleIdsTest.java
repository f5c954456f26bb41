package dev.httpstatus.check.ci;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpstatus.check.model.Rule;
import dev.httpstatus.check.rules.Rules;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RuleIdsTest {

    private static final Set<String> KNOWN = Rules.all().stream().map(Rule::id).collect(Collectors.toSet());

    @Test
    void aTypoSuggestsTheRuleMeant() {
        assertThat(RuleIds.suggest("405-without-alow", KNOWN)).first().isEqualTo("405-without-allow");
        assertThat(RuleIds.suggest("401-without-www-authentcate", KNOWN)).containsExactly("401-without-www-authenticate");
        assertThat(RuleIds.unknown("405-without-alow", KNOWN))
                .startsWith("no rule \"405-without-alow\"; did you mean 405-without-allow");
    }

    @Test
    void aFragmentSuggestsTheRulesHoldingIt() {
        assertThat(RuleIds.suggest("without-allow", KNOWN)).contains("405-without-allow");
        assertThat(RuleIds.suggest("allow", KNOWN)).allMatch(id -> id.contains("allow")).hasSizeBetween(1, 3);
    }

    @Test
    void nonsenseSuggestsNothingButSaysWhereTheListIs() {
        assertThat(RuleIds.suggest("zzzzzzzzzzzz", KNOWN)).isEmpty();
        assertThat(RuleIds.unknown("zzzzzzzzzzzz", KNOWN)).contains("httpstatus rules --list");
    }

    @Test
    void distanceIsLevenshteinUpToTheLimit() {
        assertThat(RuleIds.distance("kitten", "sitting", 5)).isEqualTo(3);
        assertThat(RuleIds.distance("abc", "abc", 1)).isZero();
        assertThat(RuleIds.distance("a", "abcdefgh", 2)).isEqualTo(3);
    }
}
