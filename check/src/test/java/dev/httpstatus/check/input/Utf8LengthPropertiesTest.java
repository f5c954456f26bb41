package dev.httpstatus.check.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The body length {@link Exchanges} counts without encoding must equal the encoder's. */
class Utf8LengthPropertiesTest {

    @Property(tries = 2000)
    void equalsTheEncodedLength(@ForAll String text) {
        assertThat(Exchanges.utf8Length(text)).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void countsEveryWidthAndLoneSurrogates() {
        for (String s : new String[] {"", "a", "é", "€", "😀", "\uD83D", "\uDE00", "a\uD83Dz", "\uDE00\uD83D"}) {
            assertThat(Exchanges.utf8Length(s)).as(s).isEqualTo(s.getBytes(StandardCharsets.UTF_8).length);
        }
    }
}
