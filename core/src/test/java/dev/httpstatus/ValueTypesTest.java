package dev.httpstatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The small public records and enums around {@link StatusCode}. */
class ValueTypesTest {

    @Test
    void referenceToStringAndLinks() {
        Reference section = Reference.rfc(9110, "15.5.5");
        assertThat(section).hasToString("RFC 9110 §15.5.5");
        assertThat(section.url()).isEqualTo("https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5");
        Reference whole = Reference.rfc(6585, "");
        assertThat(whole).hasToString("RFC 6585");
        assertThat(whole.url()).isEqualTo("https://www.rfc-editor.org/rfc/rfc6585.html");
        assertThat(Reference.rfc(9110, "15.5.5")).isEqualTo(section);
    }

    @Test
    void referenceRefusesMissingParts() {
        assertThatThrownBy(() -> new Reference(" ", "1", "https://example.org"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("document");
        assertThatThrownBy(() -> new Reference(null, "1", "u")).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("spec");
        assertThatThrownBy(() -> new Reference("RFC 1", null, "u")).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("section");
    }

    @Test
    void recordsRefuseNulls() {
        Reference r = Reference.rfc(9110, "15.5.2");
        assertThatThrownBy(() -> Subject.field(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("name");
        assertThatThrownBy(() -> new FormerPhrase("Moved", null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("source");
        assertThatThrownBy(() -> new UnofficialMeaning("No Response", null, ""))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("vendor");
    }

    @Test
    void readableToStrings() {
        Duty allow = StatusCode.METHOD_NOT_ALLOWED.headerDuties().get(0);
        assertThat(allow.toString()).startsWith("MUST send Allow (").endsWith("; RFC 9110 §15.5.6)");
        assertThat(StatusCode.of(302).formerPhrases().get(0)).hasToString("Moved Temporarily (RFC 1945 §9.3)");
        assertThat(StatusCode.of(444).unofficialMeanings().get(0)).hasToString("No Response (nginx)");
    }

    @Test
    void statusClassesCoverTheirRanges() {
        for (StatusClass k : StatusClass.values()) {
            assertThat(StatusClass.of(k.first())).isSameAs(k);
            assertThat(StatusClass.of(k.last())).isSameAs(k);
            assertThat(k.title()).isNotBlank();
        }
        assertThat(StatusClass.SERVER_ERROR.label()).isEqualTo("5xx");
        assertThat(StatusClass.INFORMATIONAL.title()).isEqualTo("Informational");
    }
}
