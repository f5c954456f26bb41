package dev.httpstatus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.httpstatus.StatusCode;
import dev.httpstatus.cli.render.Terminal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShowCommandTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "404|404",
        "HTTP_404_NOT_FOUND|404",
        "NOT_FOUND|404",
        "not found|404",
        "Request Entity Too Large|413",
        "HTTP/1.1 503 Service Unavailable|503",
        "499|499",
        "client closed request|499",
    })
    void everyKindOfNameGivesTheCard(String query, int code) {
        for (Run r : List.of(Run.cli(query), Run.cli("show", query))) {
            assertThat(r.exit()).isZero();
            assertThat(r.err()).isEmpty();
            assertThat(r.out()).startsWith(StatusCode.of(code).toString() + "\n");
        }
    }

    @Test
    void cardOf404HasEverySection() {
        Run r = Run.cli("404");
        assertThat(r.out()).contains(
                "404 Not Found\n",
                "  Class       4xx Client Error\n",
                "  Registry    registered\n",
                "StatusCode.NOT_FOUND",
                "Http.HTTP_404_NOT_FOUND",
                "\n  " + StatusCode.NOT_FOUND.description() + "\n",
                "  Headers     none tied to this code\n",
                "  Body        may carry content",
                "  Caching     cacheable by default",
                "  Retry       perhaps: check the URI first",
                "  Methods     any\n",
                "  References  RFC 9110 §15.5.5  https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5\n");
        assertThat(r.out()).doesNotContain("\u001b[");
    }

    @Test
    void cardShowsHeaderDutiesFormerPhrasesAndVendorMeanings() {
        assertThat(Run.cli("401").out()).contains("  Headers     MUST WWW-Authenticate: always");
        assertThat(Run.cli("413").out()).contains("  Formerly    \"Request Entity Too Large\" (RFC 2068 §6.1.1)\n");
        assertThat(Run.cli("499").out())
                .contains("  Unofficial  \"Client Closed Request\" (nginx)")
                .contains("not in the IANA registry");
        assertThat(Run.cli("204").out()).contains("  Body        never carries content");
        assertThat(Run.cli("503").out()).contains("  Retry       yes:");
    }

    @Test
    void unknownCodeInAClassStillGetsACardThatSaysSo() {
        Run r = Run.cli("299");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("not in the IANA registry, no known use; a client that does not know it"
                + " treats it as 200 OK");
    }

    @Test
    void severalQueriesGiveSeveralCardsSeparatedByABlankLine() {
        Run r = Run.cli("200", "418");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("200 OK\n").contains("\n\n418 I'm a teapot\n");
    }

    @Test
    void notFoundExitsOneWithSuggestions() {
        Run r = Run.cli("nto fund");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("httpstatus: no status code matches \"nto fund\"\ndid you mean: ")
                .contains("404 Not Found").endsWith("?\n");
    }

    @Test
    void aMistypedCommandIsPointedOut() {
        Run r = Run.cli("lst");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("'lst' is not a command or a status code; did you mean 'httpstatus list'?");
        assertThat(Run.cli("gone").err()).isEmpty();
        assertThat(Lookup.nearCommand("found")).isNull();
    }

    @Test
    void numberOutOfRangeSaysWhyWithoutMisleadingSuggestions() {
        for (String n : List.of("1000", "-1")) {
            Run r = Run.cli(n);
            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.err()).isEqualTo("httpstatus: \"" + n + "\" is not a status code: a status code is a number"
                    + " from 100 to 999\ntry 'httpstatus list --all' to see every code the catalog knows\n");
        }
    }

    @Test
    void oneMissAmongHitsStillPrintsTheHitsButExitsOne() {
        Run r = Run.cli("404", "zzzzzz");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).startsWith("404 Not Found\n");
        assertThat(r.err()).contains("no status code matches \"zzzzzz\"");
    }

    @Test
    void jsonForOneCodeIsTheCardObject() {
        for (Run r : List.of(Run.cli("401", "--json"), Run.cli("--json", "show", "401"), Run.cli("show", "--json", "401"))) {
            assertThat(r.exit()).isZero();
            JsonNode j = r.json();
            assertThat(j.get("code").asInt()).isEqualTo(401);
            assertThat(j.get("phrase").asText()).isEqualTo("Unauthorized");
            assertThat(j.get("class").asText()).isEqualTo("CLIENT_ERROR");
            assertThat(j.get("constant").asText()).isEqualTo("UNAUTHORIZED");
            assertThat(j.get("drfName").asText()).isEqualTo("HTTP_401_UNAUTHORIZED");
            assertThat(j.get("registration").asText()).isEqualTo("REGISTERED");
            assertThat(j.get("description").asText()).isEqualTo(StatusCode.UNAUTHORIZED.description());
            assertThat(j.get("references").get(0).get("spec").asText()).isEqualTo("RFC 9110");
            assertThat(j.get("references").get(0).get("section").asText()).isEqualTo("15.5.2");
            assertThat(j.get("references").get(0).get("url").asText()).endsWith("#section-15.5.2");
            JsonNode h = j.get("headers").get(0);
            assertThat(h.get("name").asText()).isEqualTo("WWW-Authenticate");
            assertThat(h.get("level").asText()).isEqualTo("MUST");
            assertThat(h.get("when").asText()).isNotBlank();
            assertThat(j.get("contentAllowed").asBoolean()).isTrue();
            assertThat(j.get("cacheableByDefault").asBoolean()).isFalse();
            assertThat(j.get("retryable").asBoolean()).isFalse();
            assertThat(j.get("methods").isArray()).isTrue();
            assertThat(j.get("formerPhrases").isArray()).isTrue();
            assertThat(j.get("unofficialMeanings").isArray()).isTrue();
        }
    }

    @Test
    void jsonCarriesFormerPhrasesAndVendorMeanings() {
        JsonNode former = Run.cli("413", "--json").json().get("formerPhrases");
        List<String> phrases = new ArrayList<>();
        former.forEach(f -> phrases.add(f.get("phrase").asText()));
        assertThat(phrases).contains("Request Entity Too Large", "Payload Too Large");
        assertThat(former.get(0).get("source").asText()).startsWith("RFC ");

        JsonNode nginx = Run.cli("499", "--json").json();
        assertThat(nginx.get("constant").isNull()).isTrue();
        assertThat(nginx.get("registration").asText()).isEqualTo("UNASSIGNED");
        assertThat(nginx.get("unofficialMeanings").get(0).get("vendor").asText()).isEqualTo("nginx");
        assertThat(nginx.get("unofficialMeanings").get(0).get("phrase").asText()).isEqualTo("Client Closed Request");
    }

    @Test
    void jsonForSeveralCodesIsAnArray() {
        JsonNode j = Run.cli("200", "404", "--json").json();
        assertThat(j.isArray()).isTrue();
        assertThat(j.size()).isEqualTo(2);
        assertThat(j.get(1).get("code").asInt()).isEqualTo(404);
    }

    @Test
    void jsonIsIndentedOnATerminalAndCompactInAPipe() {
        assertThat(Run.cli("404", "--json").out()).doesNotContain("\n ").endsWith("}\n");
        assertThat(Run.cli(Terminal.ANSI_80, "404", "--json").out()).contains("\n  \"code\" : 404");
    }

    @Test
    void fastPathPrintsExactlyWhatPicocliPrints() {
        String[][] lines = {{"404"}, {"not found"}, {"200", "418", "--json"}, {"zzzzzz"}, {"404", "--no-color"},
            {"1000"}, {"HTTP_413_REQUEST_ENTITY_TOO_LARGE", "--debug"}, {"499", "--json"}};
        for (Terminal t : List.of(Terminal.PLAIN, Terminal.ANSI_80)) {
            for (String[] args : lines) {
                assertThat(Main.plainLookup(args)).as("fast path taken").isNotNull();
                assertThat(Run.main(t, args)).as(String.join(" ", args)).isEqualTo(Run.cli(t, args));
            }
        }
    }

    @Test
    void fastPathLeavesEverythingElseToPicocli() {
        assertThat(Main.plainLookup(new String[] {"list"})).isNull();
        assertThat(Main.plainLookup(new String[] {"404", "--help"})).isNull();
        assertThat(Main.plainLookup(new String[] {"@args.txt"})).isNull();
        assertThat(Main.plainLookup(new String[] {"--json"})).isNull();
        assertThat(Main.plainLookup(new String[] {"404", "search"})).isNull();
        assertThat(Run.main(Terminal.PLAIN, "list", "--class", "1xx").out()).startsWith("100   Continue\n");
    }
}
