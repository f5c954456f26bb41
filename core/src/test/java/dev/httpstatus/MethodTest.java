package dev.httpstatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link Method} against RFC 9110 §9.2 and the IANA HTTP Method Registry. */
class MethodTest {

    @ParameterizedTest(name = "{0}: safe {1}, idempotent {2}, cacheable {3}")
    @CsvSource(delimiter = '|', textBlock = """
            GET       | true  | true  | true
            HEAD      | true  | true  | true
            POST      | false | false | true
            PUT       | false | true  | false
            DELETE    | false | true  | false
            CONNECT   | false | false | false
            OPTIONS   | true  | true  | false
            TRACE     | true  | true  | false
            PATCH     | false | false | false
            PROPFIND  | true  | true  | false
            LOCK      | false | false | false
            MKCOL     | false | true  | false
            QUERY     | true  | true  | false
            PRI       | true  | true  | false
            """)
    void propertiesFromRfc9110AndTheRegistry(String token, boolean safe, boolean idempotent, boolean cacheable) {
        Method m = Method.of(token);
        assertThat(m.isRegistered()).isTrue();
        assertThat(m.isSafe()).isEqualTo(safe);
        assertThat(m.isIdempotent()).isEqualTo(idempotent);
        assertThat(m.isCacheable()).isEqualTo(cacheable);
        assertThat(m.reference()).isPresent();
        assertThat(Method.of(token)).isSameAs(m);
    }

    @Test
    void everySafeMethodIsIdempotent() {
        for (Method m : Method.registered()) {
            if (m.isSafe()) {
                assertThat(m.isIdempotent()).as("%s", m).isTrue();
            }
        }
        assertThat(Method.registered()).hasSize(40).isSorted();
    }

    @Test
    void namesAreCaseSensitive() {
        Method lower = Method.of("get");
        assertThat(lower).isNotEqualTo(Method.GET);
        assertThat(lower.isRegistered()).isFalse();
        assertThat(lower.isSafe()).isFalse();
        assertThat(Method.ofIgnoringCase("get")).isSameAs(Method.GET);
        assertThat(Method.ofIgnoringCase("purge")).isEqualTo(Method.of("purge"));
    }

    @Test
    void unregisteredTokensAreValuesWithoutSemantics() {
        Method purge = Method.of("PURGE");
        assertThat(purge).isEqualTo(Method.of("PURGE")).hasToString("PURGE");
        assertThat(purge.isRegistered() || purge.isSafe() || purge.isIdempotent() || purge.isCacheable()).isFalse();
        assertThat(purge.reference()).isEmpty();
    }

    @Test
    void nonTokensAreRefusedWithTheirPosition() {
        assertThatThrownBy(() -> Method.of("GET /x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("character 4");
        assertThatThrownBy(() -> Method.of("")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> Method.of(null)).isInstanceOf(NullPointerException.class);
        assertThat(Method.parse("GET /x")).isEmpty();
        assertThat(Method.parse(null)).isEmpty();
        assertThat(Method.parse("PUT")).containsSame(Method.PUT);
    }

    @Property
    void parseNeverThrowsAndAgreesWithOf(@ForAll String text) {
        boolean valid = !text.isEmpty() && text.chars().allMatch(c -> c < 128
                && (Character.isLetterOrDigit(c) || "!#$%&'*+-.^_`|~".indexOf(c) >= 0));
        assertThat(Method.parse(text).isPresent()).isEqualTo(valid);
        if (valid) {
            assertThat(Method.parse(text)).contains(Method.of(text));
        }
    }
}
