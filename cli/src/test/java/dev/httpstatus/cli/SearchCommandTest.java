package dev.httpstatus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class SearchCommandTest {

    @Test
    void ranksTheBestMatchFirstAndForgivesTypos() {
        assertThat(Run.cli("search", "too", "many", "request").out()).startsWith("429   Too Many Requests");
        Run teapot = Run.cli("search", "teapott");
        assertThat(teapot.exit()).isZero();
        assertThat(teapot.out()).startsWith("418   I'm a teapot");
    }

    @Test
    void limitCapsTheMatches() {
        assertThat(Run.cli("search", "error", "--limit", "3").out().split("\n")).hasSize(3);
        assertThat(Run.cli("search", "error", "-n", "0").out().split("\n").length).isGreaterThan(10);
        assertThat(Run.cli("search", "error").out().split("\n")).hasSize(10);
    }

    @Test
    void negativeLimitIsAUsageError() {
        Run r = Run.cli("search", "error", "--limit", "-1");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--limit must be 0 (all) or more");
    }

    @Test
    void noMatchExitsOne() {
        Run r = Run.cli("search", "qqqqxxxx");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("httpstatus: no status code matches \"qqqqxxxx\"; try fewer or other words,"
                + " or describe what happened: httpstatus advise \"qqqqxxxx\"");
    }

    @Test
    void missingWordsIsAUsageError() {
        Run r = Run.cli("search");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("Missing required parameter");
    }

    @Test
    void jsonIsAnArrayOfCardsBestFirst() {
        JsonNode j = Run.cli("search", "teapot", "--json", "--limit", "2").json();
        assertThat(j.isArray()).isTrue();
        assertThat(j.size()).isBetween(1, 2);
        assertThat(j.get(0).get("code").asInt()).isEqualTo(418);
        assertThat(j.get(0).get("registration").asText()).isEqualTo("RESERVED");
    }
}
