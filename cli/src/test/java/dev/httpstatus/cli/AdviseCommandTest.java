package dev.httpstatus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.httpstatus.cli.render.Terminal;
import org.junit.jupiter.api.Test;

/** {@code httpstatus advise}: words to ranked advice, and the question flow driven by numbered answers. */
class AdviseCommandTest {

    @Test
    void wordsGiveRankedCodesWithAReasonAndTheirDuties() {
        Run r = Run.cli("advise", "the", "user", "is", "not", "logged", "in");
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("1. 401 Unauthorized\n")
                .contains("not authenticated")
                .contains("(RFC 9110 §15.5.2)")
                .contains("MUST send WWW-Authenticate: always: at least one challenge");
        assertThat(Run.cli("advise", "this method is not allowed on the resource").out())
                .startsWith("1. 405 Method Not Allowed\n").contains("MUST send Allow");
    }

    @Test
    void theIssuesExamplesAnswerAsAPersonWouldExpect() {
        assertThat(Run.cli("advise", "resource already exists", "--method", "POST").out()).startsWith("1. 409 Conflict\n");
        assertThat(Run.cli("advise", "not logged in").out()).startsWith("1. 401 Unauthorized\n");
        assertThat(Run.cli("advise", "validation failed", "-m", "post").out()).startsWith("1. 422 Unprocessable Content\n");
        assertThat(Run.cli("advise", "Resource state conflict").out()).startsWith("1. 409 Conflict\n");
        assertThat(Run.cli("advise", "No longer exists").out()).startsWith("1. 410 Gone\n");
    }

    @Test
    void theMethodLeavesOutCodesThatCannotAnswerIt() {
        assertThat(Run.cli("advise", "the resource was created", "--method", "POST").out()).startsWith("1. 201 Created\n");
        assertThat(Run.cli("advise", "the resource was created", "--method", "GET").out()).doesNotContain("201 Created");
        Run bad = Run.cli("advise", "x", "--method", "P U T");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("is not a request method");
    }

    @Test
    void jsonIsAnArrayBestFirstOnOneLineWhenPiped() {
        Run r = Run.cli("advise", "the user is not logged in", "--json");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).endsWith("\n").doesNotContain("\n  ");
        assertThat(r.out().indexOf('\n')).isEqualTo(r.out().length() - 1);
        JsonNode j = r.json();
        assertThat(j.isArray()).isTrue();
        JsonNode first = j.get(0);
        assertThat(first.get("code").asInt()).isEqualTo(401);
        assertThat(first.get("phrase").asText()).isEqualTo("Unauthorized");
        assertThat(first.get("why").asText()).isNotBlank();
        assertThat(first.get("reference").get("section").asText()).isEqualTo("15.5.2");
        assertThat(first.get("duties").get(0).get("subject").asText()).isEqualTo("WWW-Authenticate");
        assertThat(first.get("duties").get(0).get("level").asText()).isEqualTo("MUST");
        assertThat(Run.cli(Terminal.ANSI_80, "advise", "not logged in", "--json").out()).contains("\n  ");
    }

    @Test
    void aWeakMatchSaysSoBeforeTheCodes() {
        // "full" is all the advisor recognises here (storage full: 507); it must not sound sure of it
        Run weak = Run.cli("advise", "the fax machine is out of paper");
        assertThat(weak.exit()).isZero();
        assertThat(weak.out()).startsWith("Weak match: the question shares only a word or two")
                .contains("1. 507 Insufficient Storage");
        assertThat(Run.cli("advise", "the fax machine is out of paper", "--json").json().get(0).get("weak").asBoolean()).isTrue();
        assertThat(Run.cli("advise", "the user is not logged in").out()).doesNotContain("Weak match");
        assertThat(Run.cli("advise", "the user is not logged in", "--json").json().get(0).get("weak").asBoolean()).isFalse();
    }

    @Test
    void limitCapsTheCodes() {
        assertThat(Run.cli("advise", "resource already exists", "--json", "--limit", "1").json()).hasSize(1);
        assertThat(Run.cli("advise", "resource already exists", "--json", "-n", "0").json().size()).isGreaterThanOrEqualTo(2);
        assertThat(Run.cli("advise", "x", "--limit", "-1").exit()).isEqualTo(2);
    }

    @Test
    void nothingRecognisedSaysWhatToTry() {
        Run r = Run.cli("advise", "qqqq", "zzzz");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("nothing in \"qqqq zzzz\" points to a code")
                .contains("httpstatus advise' without words");
        Run json = Run.cli("advise", "qqqq", "--json");
        assertThat(json.exit()).isEqualTo(1);
        assertThat(json.json().isArray()).isTrue();
        assertThat(json.json()).isEmpty();
    }

    @Test
    void theQuestionFlowEndsInACodeWithItsReasonAndDuties() {
        // intact → the server can take it → anonymous, credentials needed
        Run r = Run.withInput("1\n1\n3\n", "advise");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("Did the request arrive intact?\n  1. Yes: complete and well-formed\n")
                .contains("Who is the client?")
                .endsWith("401 Unauthorized\n  The client is not authenticated — no credentials, or wrong or expired ones:"
                        + " challenge it with WWW-Authenticate. (RFC 9110 §15.5.2)\n"
                        + "  MUST send WWW-Authenticate: always: at least one challenge for the target resource"
                        + " (RFC 9110 §15.5.2)\n");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void backReturnsToThePreviousQuestion() {
        Run r = Run.withInput("1\nb\n2\n", "advise");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("answer (1-7, b back, q quit)").endsWith("")
                .contains("\n400 Bad Request\n");
        int asked = r.out().split("Did the request arrive intact\\?", -1).length - 1;
        assertThat(asked).as("the first question is asked again after 'b'").isEqualTo(2);
    }

    @Test
    void quitAndEndOfInputLeaveWithoutACode() {
        for (String input : new String[] {"q\n", "1\nquit\n", ""}) {
            Run r = Run.withInput(input, "advise");
            assertThat(r.exit()).as(input).isEqualTo(1);
            assertThat(r.err()).as(input).contains("no code chosen");
            assertThat(r.out()).as(input).doesNotContain("Unauthorized");
        }
    }

    @Test
    void aWrongAnswerIsExplainedAndAskedAgain() {
        Run r = Run.withInput("9\nyes\n2\n", "advise");
        assertThat(r.exit()).isZero();
        assertThat(r.err()).contains("'9' is not an answer here: type a number from 1-8 or q to quit")
                .contains("'yes' is not an answer here");
        assertThat(r.out()).contains("400 Bad Request");
    }

    @Test
    void theQuestionFlowWithJsonKeepsStdoutForTheDocument() {
        Run r = Run.withInput("1\n1\n3\n", "advise", "--json");
        assertThat(r.exit()).isZero();
        assertThat(r.err()).contains("Who is the client?");
        JsonNode j = r.json();
        assertThat(j).hasSize(1);
        assertThat(j.get(0).get("code").asInt()).isEqualTo(401);
    }

    @Test
    void adviseIsOnTheHelpPageAndInTheFastPathsCommandList() {
        assertThat(Run.cli("--help").out()).contains("advise");
        assertThat(RootCommand.SUBCOMMANDS).contains("advise");
        assertThat(Main.plainLookup(new String[] {"advise", "x"})).isNull();
    }
}
