package dev.httpstatus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.httpstatus.StatusClass;
import dev.httpstatus.StatusCode;
import dev.httpstatus.StatusCodes;
import dev.httpstatus.cli.render.Terminal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListCommandTest {

    private static List<Integer> codes(Run r) {
        List<Integer> codes = new ArrayList<>();
        for (String line : r.out().split("\n")) {
            codes.add(Integer.parseInt(line.substring(0, 3)));
        }
        return codes;
    }

    @Test
    void defaultListsTheRegistryOneLinePerCode() {
        Run r = Run.cli("list");
        assertThat(r.exit()).isZero();
        assertThat(codes(r)).hasSize(StatusCodes.inRegistry().size()).contains(100, 404, 418, 511).doesNotContain(499);
        assertThat(r.out()).contains("404   Not Found\n").containsPattern("418   I'm a teapot +reserved\n");
        assertThat(Run.cli("list", "--registered").out()).isEqualTo(r.out());
    }

    @Test
    void classFilterAcceptsLabelsDigitsAndNames() {
        for (String c : List.of("4xx", "4XX", "4", "client_error", "Client-Error")) {
            Run r = Run.cli("list", "--class", c);
            assertThat(r.exit()).as(c).isZero();
            assertThat(codes(r)).as(c).allMatch(n -> n >= 400 && n <= 499).contains(404);
        }
    }

    @Test
    void badClassIsAUsageError() {
        for (String bad : List.of("0xx", "nine", "10xx", "undefined")) {
            Run r = Run.cli("list", "--class", bad);
            assertThat(r.exit()).as(bad).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).contains("'" + bad + "' is not a status class").contains("Run 'httpstatus list --help'");
        }
    }

    @Test
    void unofficialListsVendorCodesWithTheirVendors() {
        Run r = Run.cli("list", "--unofficial", "--class", "5xx");
        assertThat(codes(r)).contains(520, 521, 599).allMatch(n -> !StatusCode.of(n).unofficialMeanings().isEmpty());
        assertThat(r.out()).contains("(Cloudflare)");
    }

    @Test
    void historicalListsFormerPhrasesAndRetiredCodes() {
        Run r = Run.cli("list", "--historical");
        assertThat(codes(r)).contains(302, 305, 306, 413, 510).doesNotContain(200, 404);
        assertThat(r.out()).contains("was \"Request Entity Too Large\"").containsPattern("305 +Use Proxy +deprecated");
    }

    @Test
    void allListsEveryKnownCode() {
        assertThat(codes(Run.cli("list", "--all"))).hasSize(StatusCodes.known().size()).contains(200, 499, 520);
    }

    @Test
    void selectionsAreMutuallyExclusive() {
        Run r = Run.cli("list", "--all", "--unofficial");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("mutually exclusive");
    }

    @Test
    void countsMatchTheCatalogAndAnEmptySelectionExitsOne() {
        for (StatusClass c : StatusClass.values()) {
            if (c == StatusClass.UNDEFINED) {
                continue;
            }
            long expected = StatusCodes.known().stream()
                    .filter(s -> s.statusClass() == c && !s.unofficialMeanings().isEmpty()).count();
            Run r = Run.cli("list", "--unofficial", "--class", c.label(), "--json");
            assertThat(r.json().size()).as(c.label()).isEqualTo(expected);
            assertThat(r.exit()).as(c.label()).isEqualTo(expected == 0 ? 1 : 0);
            assertThat(r.err()).as(c.label()).isEqualTo(expected == 0 ? "httpstatus: no codes match these options\n" : "");
        }
    }

    @Test
    void jsonIsAnArrayOfCards() {
        JsonNode j = Run.cli("list", "--class", "3xx", "--json").json();
        assertThat(j.isArray()).isTrue();
        List<Integer> codes = new ArrayList<>();
        j.forEach(c -> codes.add(c.get("code").asInt()));
        assertThat(codes).startsWith(300, 301).contains(308);
        JsonNode moved = j.get(1);
        assertThat(moved.get("phrase").asText()).isEqualTo("Moved Permanently");
        assertThat(moved.get("classLabel").asText()).isEqualTo("3xx");
        assertThat(moved.get("headers").get(0).get("name").asText()).isEqualTo("Location");
        assertThat(moved.get("cacheableByDefault").asBoolean()).isTrue();
    }

    @Test
    void terminalGetsAHeaderAndColourPipesDoNot() {
        Run tty = Run.cli(Terminal.ANSI_80, "list", "--class", "2xx");
        assertThat(tty.out()).contains("CODE  PHRASE").contains("\u001b[1;32m200\u001b[0m");
        Run noColor = Run.cli(Terminal.ANSI_80, "list", "--class", "2xx", "--no-color");
        assertThat(noColor.out()).contains("CODE  PHRASE").doesNotContain("\u001b[");
        assertThat(Run.cli("list", "--class", "2xx").out()).doesNotContain("CODE").doesNotContain("\u001b[");
    }
}
