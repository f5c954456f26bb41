package dev.httpstatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link HttpDate} against RFC 9110 §5.6.7. */
class HttpDateTest {

    private static final Instant EXAMPLE = Instant.parse("1994-11-06T08:49:37Z");

    @Test
    void theRfcsThreeFormsOfOneInstant() {
        assertThat(HttpDate.parse("Sun, 06 Nov 1994 08:49:37 GMT")).hasValueSatisfying(d -> {
            assertThat(d.instant()).isEqualTo(EXAMPLE);
            assertThat(d.form()).isEqualTo(HttpDate.Form.IMF_FIXDATE);
            assertThat(d.isObsoleteForm()).isFalse();
        });
        assertThat(HttpDate.parse("Sunday, 06-Nov-94 08:49:37 GMT", 2026)).hasValueSatisfying(d -> {
            assertThat(d.instant()).isEqualTo(EXAMPLE);
            assertThat(d.form()).isEqualTo(HttpDate.Form.RFC_850);
            assertThat(d.isObsoleteForm()).isTrue();
        });
        assertThat(HttpDate.parse("Sun Nov  6 08:49:37 1994")).hasValueSatisfying(d -> {
            assertThat(d.instant()).isEqualTo(EXAMPLE);
            assertThat(d.form()).isEqualTo(HttpDate.Form.ASCTIME);
        });
        assertThat(HttpDate.parse("Thu Dec 31 23:59:59 1998")).isPresent();
    }

    @Test
    void formatWritesImfFixdateWithTwoDigitDays() {
        assertThat(HttpDate.format(EXAMPLE)).isEqualTo("Sun, 06 Nov 1994 08:49:37 GMT");
        assertThat(HttpDate.format(Instant.parse("2026-12-01T00:00:00.999Z"))).isEqualTo("Tue, 01 Dec 2026 00:00:00 GMT");
        assertThat(HttpDate.parse("Sunday, 06-Nov-94 08:49:37 GMT").orElseThrow())
                .hasToString("Sun, 06 Nov 1994 08:49:37 GMT");
        assertThatThrownBy(() -> HttpDate.format(Instant.parse("+10000-01-01T00:00:00Z")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Sun, 6 Nov 1994 08:49:37 GMT",      // a one-digit day: RFC 1123 allows it, IMF-fixdate does not
        "sun, 06 Nov 1994 08:49:37 GMT",     // names are case-sensitive
        "Sun, 06 nov 1994 08:49:37 GMT",
        "Mon, 06 Nov 1994 08:49:37 GMT",     // the weekday does not match the date
        "Sun, 06 Nov 1994 08:49:37 UTC",
        "Sun, 06 Nov 1994 08:49:37 +0000",
        "Sun, 06 Nov 1994 24:00:00 GMT",
        "Sun, 06 Nov 1994 08:60:00 GMT",
        "Thu, 31 Nov 1994 08:49:37 GMT",     // no 31 November
        "Sun,  06 Nov 1994 08:49:37 GMT",
        "Sun, 06 Nov 94 08:49:37 GMT",
        "Sunday, 06-Nov-1994 08:49:37 GMT",
        "Sun Nov 06 08:49:37 1994 GMT",
        "Sun Nov 6 08:49:37 1994",
        "1994-11-06T08:49:37Z",
        "120",
        "",
    })
    void notHttpDates(String text) {
        assertThat(HttpDate.parse(text)).isEmpty();
    }

    @Test
    void surroundingWhitespaceAndNullAndHugeText() {
        assertThat(HttpDate.parse(" \tSun, 06 Nov 1994 08:49:37 GMT ")).isPresent();
        assertThat(HttpDate.parse(null)).isEmpty();
        assertThat(HttpDate.parse("x".repeat(1_000_000))).isEmpty();
    }

    @Test
    void leapSecondIsReadAsTheNextMinute() {
        assertThat(HttpDate.parse("Sat, 31 Dec 2016 23:59:60 GMT").orElseThrow().instant())
                .isEqualTo(Instant.parse("2017-01-01T00:00:00Z"));
    }

    @Test
    void rfc850TwoDigitYearsAreNeverMoreThanFiftyYearsAhead() {
        // In 2026, "76" is 2076 (50 years ahead: allowed), "77" is 1977 (2077 would be 51 ahead).
        assertThat(HttpDate.parse("Sunday, 01-Nov-76 00:00:00 GMT", 2026).map(d -> d.instant().toString()))
                .contains("2076-11-01T00:00:00Z");
        assertThat(HttpDate.parse("Tuesday, 01-Nov-77 00:00:00 GMT", 2026).map(d -> d.instant().toString()))
                .contains("1977-11-01T00:00:00Z");
    }

    @Property
    void formatThenParseRoundTrips(@ForAll @LongRange(min = -62_135_596_800L, max = 253_402_300_799L) long second) {
        Instant t = Instant.ofEpochSecond(second);
        HttpDate d = HttpDate.parse(HttpDate.format(t)).orElseThrow();
        assertThat(d.instant()).isEqualTo(t);
        assertThat(d.form()).isEqualTo(HttpDate.Form.IMF_FIXDATE);
    }

    @Property
    void parseNeverThrows(@ForAll String text) {
        HttpDate.parse(text);
        assertThat(HttpDate.isHttpDate(text)).isEqualTo(HttpDate.parse(text).isPresent());
    }

    @Test
    void quickAnswersAgreeWithParse() {
        assertThat(HttpDate.isHttpDate("Sun, 06 Nov 1994 08:49:37 GMT")).isTrue();
        assertThat(HttpDate.isImfFixdate("Sun, 06 Nov 1994 08:49:37 GMT")).isTrue();
        assertThat(HttpDate.isHttpDate("Sun Nov  6 08:49:37 1994")).isTrue();
        assertThat(HttpDate.isImfFixdate("Sun Nov  6 08:49:37 1994")).isFalse();
        assertThat(HttpDate.isHttpDate("Sun, 6 Nov 1994 08:49:37 GMT")).isFalse();
        assertThat(HttpDate.isHttpDate(null)).isFalse();
    }

    @Property
    void dayOfWeekAndCalendarAgreeWithJavaTime(@ForAll @LongRange(min = -62_135_596_800L, max = 253_402_300_799L) long second) {
        java.time.ZonedDateTime t = Instant.ofEpochSecond(second).atZone(java.time.ZoneOffset.UTC);
        String asctime = String.format(java.util.Locale.ROOT, "%s %s %2d %02d:%02d:%02d %04d",
                t.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH),
                t.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH),
                t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond(), t.getYear());
        assertThat(HttpDate.parse(asctime).map(HttpDate::instant)).as(asctime).contains(Instant.ofEpochSecond(second));
    }
}
