package dev.httpstatus.cli.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpstatus.StatusCode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CardViewTest {

    @Test
    void temporaryRegistrationShowsItsDates() {
        assertThat(CardView.registry(StatusCode.of(104)))
                .startsWith("temporary registration, registered 2024-11-13, ")
                .contains(" 2026-11-13");
    }

    @Test
    void aPastExpiryIsNotStatedAsFuture() {
        LocalDate expires = LocalDate.of(2026, 11, 13);
        assertThat(CardView.expiry(expires, LocalDate.of(2026, 11, 13))).isEqualTo(", expires 2026-11-13");
        assertThat(CardView.expiry(expires, LocalDate.of(2026, 11, 14)))
                .isEqualTo(", expired 2026-11-13 unless IANA has extended it since this catalog was made");
    }
}
