package dev.httpstatus.assertj;

import static dev.httpstatus.assertj.HttpStatusAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.httpstatus.check.model.Exchange;
import dev.httpstatus.check.model.Headers;
import dev.httpstatus.check.model.Severity;
import dev.httpstatus.check.model.Source;
import org.junit.jupiter.api.Test;

class ExchangeAssertTest {

    private static Exchange exchange(int status, Headers response) {
        return Exchange.builder(Source.entry("session.har", 3)).method("DELETE").url("https://example.com/items/7")
                .requestVersion("HTTP/1.1").responseVersion("HTTP/1.1").status(status).reasonPhrase("Method Not Allowed")
                .response(response).bodyLength(0).build();
    }

    @Test
    void anExchangeFromACaptureIsJudgedTheSameWay() {
        Headers dated = Headers.builder().add("Date", "Tue, 01 Dec 2026 10:00:00 GMT").build();
        assertThatThrownBy(() -> assertThat(exchange(405, dated)).hasStatus(405).conformsToRfc())
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expecting the exchange to conform to the RFCs, but DELETE https://example.com/items/7"
                        + " → 405 Method Not Allowed breaks 1 rule at severity error:\n"
                        + "  error    405-without-allow  405 response without Allow  (RFC 9110 §15.5.6)\n"
                        + "             fix: Send Allow: GET, HEAD (always: the methods the target resource supports).");
        Headers fixed = Headers.builder().add("Date", "Tue, 01 Dec 2026 10:00:00 GMT").add("Allow", "GET, HEAD").build();
        assertThat(exchange(405, fixed)).conformsToRfc(Severity.WARNING);
    }

    @Test
    void hasStatusShowsTheExchange() {
        assertThatThrownBy(() -> assertThat(exchange(405, Headers.empty())).hasStatus(204))
                .hasMessageContaining("Expecting session.har entry 3: DELETE https://example.com/items/7 -> 405 Method Not Allowed to have status 204");
    }
}
