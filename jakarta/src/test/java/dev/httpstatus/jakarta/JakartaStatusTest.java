package dev.httpstatus.jakarta;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpstatus.StatusCode;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

class JakartaStatusTest {

    @Test
    void everyCodeGoesBothWays() {
        for (int c = StatusCode.MIN_CODE; c <= StatusCode.MAX_CODE; c++) {
            StatusCode code = StatusCode.of(c);
            Response.StatusType t = JakartaStatus.toStatusType(code);
            assertThat(t.getStatusCode()).isEqualTo(c);
            assertThat(t.getReasonPhrase()).isEqualTo(code.reasonPhrase());
            assertThat(t.getFamily()).isEqualTo(Response.Status.Family.familyOf(c));
            assertThat(JakartaStatus.of(t)).isSameAs(code);
        }
    }

    @Test
    void constantsWhereThePhraseAgrees() {
        assertThat(JakartaStatus.toStatusType(StatusCode.NOT_FOUND)).isSameAs(Response.Status.NOT_FOUND);
        // Jakarta still says "Request Entity Too Large"; RFC 9110 renamed it.
        Response.StatusType t = JakartaStatus.toStatusType(StatusCode.CONTENT_TOO_LARGE);
        assertThat(t).isNotInstanceOf(Response.Status.class);
        assertThat(t.getReasonPhrase()).isEqualTo("Content Too Large");
        assertThat(t.toEnum()).isEqualTo(Response.Status.REQUEST_ENTITY_TOO_LARGE);
        assertThat(JakartaStatus.of(Response.Status.TOO_MANY_REQUESTS)).isEqualTo(StatusCode.TOO_MANY_REQUESTS);
    }

    @Test
    void aBuiltResponseCarriesOurPhrase() {
        try (Response r = Response.status(JakartaStatus.toStatusType(StatusCode.of(499))).build()) {
            assertThat(r.getStatus()).isEqualTo(499);
            assertThat(r.getStatusInfo().getReasonPhrase()).isEqualTo(StatusCode.of(499).reasonPhrase());
        }
    }
}
