package dev.httpstatus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.httpstatus.Duty;
import dev.httpstatus.StatusCode;
import org.junit.jupiter.api.Test;

class RulesCommandTest {

    @Test
    void checklistHasEveryHeaderDutyFromTheCatalog() {
        Run r = Run.cli("rules", "405");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("Rules for 405 Method Not Allowed\n")
                .contains("  [ ] MUST       send Allow: always")
                .contains("(RFC 9110 §15.5.6)");
        for (Duty d : StatusCode.PARTIAL_CONTENT.headerDuties()) {
            assertThat(Run.cli("rules", "206").out()).contains("[ ] " + d.level().label() + " ")
                    .contains("send " + d.field().orElseThrow() + (d.value().describe().isEmpty() ? "" : " " + d.value().describe())
                            + ": " + d.when());
        }
        assertThat(Run.cli("rules", "304").out()).contains("[ ] SHOULD NOT send Content-Type: representation metadata");
    }

    @Test
    void contentAndCachingRulesFollowTheCatalog() {
        assertThat(Run.cli("rules", "204").out()).contains("[ ] MUST NOT   send content: never: the response ends with its header section");
        assertThat(Run.cli("rules", "200").out()).contains("[ ] MUST NOT   send content: in answer to HEAD")
                .contains("[ ] MAY        be stored and reused by a cache without explicit freshness")
                .contains("[ ] MUST       send Date: from an origin server with a clock");
        assertThat(Run.cli("rules", "201").out()).contains("methods: answers only POST, PUT");
    }

    @Test
    void redirectsSayWhatBecomesOfTheMethod() {
        assertThat(Run.cli("rules", "307").out())
                .contains("redirect: temporary: followed with the same method and content (RFC 9110 §15.4.8)");
        assertThat(Run.cli("rules", "301").out()).contains("redirect: permanent: followed with the same method, though"
                + " clients may turn a POST into a GET");
        assertThat(Run.cli("rules", "303").out()).contains("redirect: temporary: followed with GET (a HEAD stays HEAD)");
        assertThat(Run.cli("rules", "300").out()).doesNotContain("redirect:");
        JsonNode rules = Run.cli("rules", "308", "--json").json().get("rules");
        assertThat(rules.findValuesAsText("topic")).contains("redirect");
        assertThat(Run.cli("308").out()).contains("  Redirect    permanent; followed with the same method and content\n");
        assertThat(Run.cli("404").out()).doesNotContain("Redirect");
        JsonNode card = Run.cli("302", "--json").json();
        assertThat(card.get("redirect").get("method").asText()).isEqualTo("POST_MAY_CHANGE_TO_GET");
        assertThat(card.get("redirect").get("permanent").asBoolean()).isFalse();
        assertThat(Run.cli("404", "--json").json().get("redirect").isNull()).isTrue();
    }

    @Test
    void missingCodeIsAUsageErrorAndUnknownCodeExitsOne() {
        Run none = Run.cli("rules");
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).contains("give the code whose rules to show");
        Run unknown = Run.cli("rules", "not a code at all");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).contains("no status code matches");
    }

    @Test
    void jsonListsEachRuleFieldByField() {
        JsonNode j = Run.cli("rules", "401", "--json").json();
        assertThat(j.get("code").asInt()).isEqualTo(401);
        assertThat(j.get("phrase").asText()).isEqualTo("Unauthorized");
        JsonNode first = j.get("rules").get(0);
        assertThat(first.get("topic").asText()).isEqualTo("header");
        assertThat(first.get("subject").asText()).isEqualTo("WWW-Authenticate");
        assertThat(first.get("level").asText()).isEqualTo("MUST");
        assertThat(first.get("reference").asText()).isEqualTo("RFC 9110 §15.5.2");
        assertThat(j.get("rules").findValuesAsText("topic")).contains("content", "caching", "retry");
        JsonNode noContent = Run.cli("rules", "304", "--json").json().get("rules");
        boolean mustNot = false;
        for (JsonNode rule : noContent) {
            mustNot |= rule.get("topic").asText().equals("content") && rule.get("level").asText().equals("MUST NOT");
        }
        assertThat(mustNot).isTrue();
    }

    @Test
    void listShowsTheCheckersAndTheLintersRules() {
        Run text = Run.cli("rules", "--list");
        assertThat(text.exit()).isZero();
        assertThat(text.out()).containsPattern("\\d+ rules\n").containsPattern("\\d+ lint rules\n$").contains("fix: ")
                .contains("oas-401-without-www-authenticate");
        Run json = Run.cli("rules", "--list", "--json");
        assertThat(json.exit()).isZero();
        JsonNode rules = json.json();
        assertThat(rules.isArray()).isTrue();
        int check = 0;
        int lint = 0;
        for (JsonNode r : rules) {
            check += r.get("tool").asText().equals("check") ? 1 : 0;
            lint += r.get("tool").asText().equals("lint") ? 1 : 0;
        }
        assertThat(check + lint).isEqualTo(rules.size());
        assertThat(text.out()).contains(check + " rules\n").endsWith(lint + " lint rules\n");
        JsonNode first = rules.get(0);
        assertThat(first.get("id").asText()).isNotBlank();
        assertThat(first.get("severity").asText()).isIn("error", "warning", "info");
        assertThat(first.get("reference").get("spec").asText()).isNotBlank();
        assertThat(first.get("message").asText()).isNotBlank();
        assertThat(first.get("fix").asText()).isNotBlank();
    }

    @Test
    void listAndACodeTogetherIsAUsageError() {
        Run r = Run.cli("rules", "404", "--list");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("give a code or --list, not both");
    }
}
