package dev.httpstatus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.httpstatus.Retry;
import dev.httpstatus.StatusCode;
import dev.httpstatus.StatusCodes;
import dev.httpstatus.cli.render.Terminal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 15's "a CLI that never leaves a person guessing", item by item. */
class NeverGuessingTest {

    // ---------------------------------------------------------------- a miss says what to try

    @ParameterizedTest
    @ValueSource(strings = {"4O4", "4o4", "40O"})
    void digitsTypedAsLettersAreSuggested(String typed) {
        for (Run r : List.of(Run.main(Terminal.PLAIN, typed), Run.cli(typed))) {
            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).startsWith("httpstatus: no status code matches \"" + typed + "\"\ndid you mean: ")
                    .contains("404 Not Found");
        }
        assertThat(Run.main(Terminal.PLAIN, "4O4").err()).contains("did you mean: 404 Not Found,");
        assertThat(Run.main(Terminal.PLAIN, "40O").err()).as("O read as 0 first").contains("did you mean: 400 Bad Request,");
    }

    @Test
    void aMissWithoutSuggestionsStillSaysWhatToTry() {
        Run r = Run.main(Terminal.PLAIN, "qqqqzzzz");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("try 'httpstatus search <words>'").contains("httpstatus advise");
    }

    @Test
    void aMistypedSubcommandIsAUsageErrorThatNamesTheCommandAndPrintsNoCard() {
        for (Run r : List.of(Run.main(Terminal.PLAIN, "expalin", "404"), Run.cli("expalin", "404"))) {
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).isEqualTo("httpstatus: 'expalin' is not a command or a status code; did you mean"
                    + " 'httpstatus explain 404'? (see 'httpstatus --help')\n");
        }
        Run withOptions = Run.main(Terminal.PLAIN, "expalin", "301", "--method", "PUT");
        assertThat(withOptions.exit()).isEqualTo(2);
        assertThat(withOptions.err()).contains("did you mean 'httpstatus explain 301 --method PUT'?");
        assertThat(Run.main(Terminal.PLAIN, "serach", "teapot").err()).contains("'httpstatus search teapot'");
        // Names that happen to be near a command are still names.
        assertThat(Run.main(Terminal.PLAIN, "gone").exit()).isZero();
        assertThat(Run.main(Terminal.PLAIN, "found", "404").exit()).isZero();
    }

    @Test
    void jsonOnAMissIsAnErrorDocumentOnStdout() {
        for (Run r : List.of(Run.main(Terminal.PLAIN, "4O4", "--json"), Run.cli("show", "4O4", "--json"))) {
            assertThat(r.exit()).isEqualTo(1);
            JsonNode j = r.json();
            assertThat(j.get("error").asText()).isEqualTo("no status code matches \"4O4\"");
            assertThat(j.get("input").asText()).isEqualTo("4O4");
            assertThat(j.get("suggestions").get(0).get("code").asInt()).isEqualTo(404);
            assertThat(j.get("suggestions").get(0).get("phrase").asText()).isEqualTo("Not Found");
        }
        JsonNode mixed = Run.main(Terminal.PLAIN, "404", "nosuchthing", "--json").json();
        assertThat(mixed).hasSize(2);
        assertThat(mixed.get(0).get("code").asInt()).isEqualTo(404);
        assertThat(mixed.get(1).get("input").asText()).isEqualTo("nosuchthing");
        assertThat(Run.cli("explain", "4o4", "--json").json().get("suggestions").get(0).get("code").asInt()).isEqualTo(404);
        assertThat(Run.cli("rules", "4o4", "--json").json().get("error").asText()).contains("4o4");
        assertThat(Run.main(Terminal.PLAIN, "1234", "--json").json().get("suggestions")).isEmpty();
    }

    @Test
    void rulesListJsonIsOneLineWhenPipedLikeEveryOtherCommand() {
        Run piped = Run.cli("rules", "--list", "--json");
        assertThat(piped.out().indexOf('\n')).isEqualTo(piped.out().length() - 1);
        assertThat(piped.json().size()).isGreaterThan(10);
        Run tty = Run.cli(Terminal.ANSI_80, "rules", "--list", "--json");
        assertThat(tty.out().split("\n").length).isGreaterThan(10);
    }

    // ---------------------------------------------------------------- ranking

    private static List<Integer> codes(Run r) {
        List<Integer> codes = new ArrayList<>();
        for (String line : r.out().split("\n")) {
            if (!line.isBlank()) {
                codes.add(Integer.parseInt(line.substring(0, 3)));
            }
        }
        return codes;
    }

    @Test
    void searchRanksWhatPeopleMean() {
        assertThat(Run.cli("search", "404").out()).isEqualTo("404   Not Found\n");
        for (String q : List.of("SC_NOT_FOUND", "not fonud")) {
            List<Integer> c = codes(Run.cli("search", q));
            assertThat(c.get(0)).as(q).isEqualTo(404);
            assertThat(c.indexOf(302)).as(q).isNotEqualTo(0);
        }
        assertThat(codes(Run.cli("search", "unprocessableEntity")).get(0)).isEqualTo(422);
        assertThat(StatusCode.forName("unprocessableEntity")).contains(StatusCode.of(422));
        List<Integer> many = codes(Run.cli("search", "too", "many", "request"));
        assertThat(many.get(0)).isEqualTo(429);
        assertThat(many).hasSizeLessThanOrEqualTo(5).doesNotContain(100, 200);
        assertThat(codes(Run.cli("search", "too", "many", "request", "--limit", "0")).size()).isGreaterThan(20);
        assertThat(codes(Run.cli("search", "too", "many", "request", "--limit", "4"))).hasSize(4);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Not\u0000Found", "\ud83d\ude00not\ud83d\ude00found\ud83d\ude00", "n o t f o u n d", "redirect"})
    void forNameIsStrictAndTheCliSaysWhatToTryInstead(String name) {
        assertThat(StatusCode.forName(name)).isEmpty();
        Run r = Run.main(Terminal.PLAIN, name);
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("no status code matches").doesNotContain("451");
    }

    // ---------------------------------------------------------------- list

    /** Where the note column starts on each row that has one (the phrase column ends two spaces before). */
    private static List<Integer> noteColumns(String out) {
        List<Integer> columns = new ArrayList<>();
        Pattern row = Pattern.compile("^(\\d{3}   )(.*?  )(\\S.*)$");
        for (String line : out.split("\n")) {
            Matcher m = row.matcher(line);
            if (m.matches() && m.group(2).length() > 2) {
                columns.add(m.start(3));
            }
        }
        return columns;
    }

    @Test
    void longPhrasesKeepTheColumnsAligned() {
        for (String selection : List.of("--all", "--unofficial", "--historical")) {
            String out = Run.cli("list", selection).out();
            List<Integer> cols = noteColumns(out);
            assertThat(cols).as(selection).isNotEmpty();
            assertThat(cols.stream().distinct().toList()).as(selection).hasSize(1);
        }
        assertThat(Run.cli("list", "--all").out()).contains("Blocked by Windows Parental Controls  ");
    }

    @Test
    void vendorsAreNamedOneWayEverywhere() {
        String all = Run.cli("list", "--all").out();
        String unofficial = Run.cli("list", "--unofficial").out();
        assertThat(all).contains("Client Closed Request (nginx); Token Required (Esri ArcGIS)");
        assertThat(unofficial).contains("Client Closed Request (nginx); Token Required (Esri ArcGIS)");
        for (StatusCode c : StatusCodes.known()) {
            c.unofficialMeanings().forEach(u -> assertThat(u.vendor()).as("%s", u).doesNotContain("(", ")", "/"));
        }
        assertThat(unofficial).doesNotContainPattern("\\([^()]*\\(");
    }

    @Test
    void classesBeyondFiveAreValuesToo() {
        Run seven = Run.cli("list", "--class", "7xx");
        assertThat(seven.exit()).isZero();
        assertThat(codes(seven)).containsExactly(783);
        assertThat(codes(Run.cli("list", "--class", "9"))).containsExactly(999);
        Run six = Run.cli("list", "--class", "6xx");
        assertThat(six.exit()).isEqualTo(1);
        assertThat(six.err()).contains("knows no code in 6xx").contains("try 'httpstatus 600'");
        assertThat(Run.cli("list", "--class", "4xx").out()).doesNotContain("499"); // registered by default
    }

    // ---------------------------------------------------------------- card and rules agree

    @Test
    void theCardAndWhatNextAgreeOnRetrying() {
        String nf = Run.cli("explain", "404").out();
        assertThat(StatusCode.NOT_FOUND.description()).contains("try again later");
        assertThat(nf).contains("  Retry       perhaps:").contains("may succeed later")
                .doesNotContain("Do not resend it unchanged").doesNotContain("Retry       no");
        String large = Run.cli("explain", "413").out();
        assertThat(large).contains("SHOULD Retry-After: when the condition is temporary")
                .contains("  Retry       perhaps: only if the response carries Retry-After")
                .contains("If the response carries Retry-After").doesNotContain("Retry       no");
        assertThat(Run.cli("204").out()).contains("  Retry       not needed\n");
        assertThat(Run.cli("rules", "204").out()).contains("retry: not needed").doesNotContain("not expected to help");
    }

    @Test
    void everyCodesRetryLinesComeFromOneFact() {
        for (StatusCode c : StatusCodes.known()) {
            String card = Run.main(Terminal.PLAIN, Integer.toString(c.code())).out();
            String rules = Run.cli("rules", Integer.toString(c.code())).out();
            String prefix = switch (c.retry()) {
                case NOT_NEEDED -> "not needed";
                case AFTER_DELAY -> "yes:";
                case IF_RETRY_AFTER, MAYBE_LATER -> "perhaps:";
                case AFTER_CHANGE, NOT_EXPECTED -> "no:";
            };
            assertThat(card).as("%s", c).contains("  Retry       " + prefix);
            assertThat(rules).as("%s", c).contains("retry: " + c.retry().description());
            if (c.retry() != Retry.AFTER_CHANGE) {
                assertThat(Run.cli("explain", Integer.toString(c.code())).out()).as("%s", c)
                        .doesNotContain("Do not resend it unchanged");
            }
        }
    }

    @Test
    void rulesReadAsAChecklist() {
        for (int code : new int[] {200, 204, 206, 304, 401, 405, 413, 429, 503}) {
            String out = Run.cli("rules", Integer.toString(code)).out();
            for (String line : out.split("\n")) {
                if (line.startsWith("  [ ] ")) {
                    String text = line.substring(17);
                    assertThat(text).as("%d: %s", code, line).matches("(send |be ).*");
                }
            }
            assertThat(out).as("%d", code).doesNotContainPattern("MUST NOT +content:").doesNotContain("freshness:");
        }
        // A duty that holds always makes its conditional twin redundant.
        assertThat(Run.cli("rules", "204").out()).doesNotContain("in answer to HEAD").doesNotContain("in answer to CONNECT");
    }
}
