package dev.httpstatus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.httpstatus.StatusCode;
import org.junit.jupiter.api.Test;

class ExplainCommandTest {

    @Test
    void movedPermanentlyOnPutExplainsTheTrailingSlash() {
        Run r = Run.cli("explain", "301", "--method", "put");
        assertThat(r.exit()).isZero();
        assertThat(r.out())
                .startsWith("301 Moved Permanently\n")
                .contains("Answering PUT\n", "  Fits        yes\n", "trailing slash")
                .contains("What next\n", "  - Follow Location");
    }

    @Test
    void withoutAMethodItListsEveryTypicalUse() {
        Run r = Run.cli("explain", "500");
        assertThat(r.out()).contains("By method\n", "  GET ", "  POST ", "error log");
        assertThat(r.out()).contains("  - Do not retry blindly");
    }

    @Test
    void nextStepsCoverRetryAuthenticationAndMethodSafety() {
        assertThat(Run.cli("explain", "401").out()).contains("Authenticate: answer one of the challenges in WWW-Authenticate");
        assertThat(Run.cli("explain", "407").out()).contains("Proxy-Authenticate");
        assertThat(Run.cli("explain", "503").out()).contains("Retry later: wait as long as Retry-After says");
        assertThat(Run.cli("explain", "503", "-m", "POST").out()).contains("POST is not idempotent");
        assertThat(Run.cli("explain", "503", "-m", "PUT").out()).doesNotContain("not idempotent");
        assertThat(Run.cli("explain", "405").out()).contains("Read Allow");
        assertThat(Run.cli("explain", "303").out()).contains("with GET");
        assertThat(Run.cli("explain", "307", "-m", "POST").out()).contains("repeating the same method (POST) and body");
        assertThat(Run.cli("explain", "304").out()).contains("Use the stored copy");
        assertThat(Run.cli("explain", "100").out()).contains("Keep waiting");
        assertThat(Run.cli("explain", "400").out()).contains("  - Do not resend it unchanged").doesNotContain("\n\n\n");
        assertThat(Run.cli("explain", "201").out()).contains("  - Nothing to fix", "  - Read Location (");
        assertThat(Run.cli("explain", "206").out()).contains("  - Read Content-Range (");
    }

    @Test
    void aMethodTheCodeDoesNotAnswerIsFlagged() {
        Run r = Run.cli("explain", "201", "--method", "GET");
        assertThat(r.out()).contains("  Fits        unusual: 201 answers only "
                        + "POST, PUT, PATCH" + "\n")
                .contains("not among the usual answers to GET");
    }

    @Test
    void badMethodIsAUsageError() {
        Run r = Run.cli("explain", "404", "--method", "GE T");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("'GE T' is not a request method");
    }

    @Test
    void unknownCodeExitsOneWithSuggestions() {
        Run r = Run.cli("explain", "teapott");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("did you mean: 418 I'm a teapot");
    }

    @Test
    void jsonWrapsTheCardWithMethodFitHintsAndSteps() {
        JsonNode j = Run.cli("explain", "301", "--method", "PUT", "--json").json();
        assertThat(j.get("status").get("code").asInt()).isEqualTo(301);
        assertThat(j.get("status").get("phrase").asText()).isEqualTo("Moved Permanently");
        assertThat(j.get("method").asText()).isEqualTo("PUT");
        assertThat(j.get("fitsMethod").asBoolean()).isTrue();
        assertThat(j.get("typical").size()).isEqualTo(1);
        assertThat(j.get("typical").get(0).get("method").asText()).isEqualTo("PUT");
        assertThat(j.get("typical").get(0).get("resolutionHint").asText())
                .isEqualTo(StatusCode.MOVED_PERMANENTLY.resolutionHint(dev.httpstatus.Method.PUT).orElseThrow());
        assertThat(j.get("nextSteps").get(0).asText()).startsWith("Follow Location");

        JsonNode noMethod = Run.cli("explain", "404", "--json").json();
        assertThat(noMethod.get("method").isNull()).isTrue();
        assertThat(noMethod.get("fitsMethod").isNull()).isTrue();
        assertThat(noMethod.get("typical").size()).isGreaterThan(1);
    }
}
