package dev.httpstatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The method table behind {@link MethodUsage} and {@link StatusCode#resolutionHint(Method)}. */
class TypicalResponseTest {

    @ParameterizedTest
    @ValueSource(strings = {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
    void everyMethodHasASoundTable(String name) {
        Method method = Method.of(name);
        List<TypicalResponse> rows = MethodUsage.typicalFor(method);
        assertThat(rows).isNotEmpty();
        List<Integer> codes = rows.stream().map(t -> t.status().code()).toList();
        assertThat(codes).isSorted().doesNotHaveDuplicates();
        for (TypicalResponse t : rows) {
            assertThat(t.method()).isEqualTo(method);
            assertThat(t.status().isKnown()).isTrue();
            assertThat(t.status().fitsMethod(method)).as("%s", t).isTrue();
            assertThat(t.meaning()).as("%s", t).isNotBlank();
            t.resolutionHint().ifPresent(h -> assertThat(h).as("%s", t).endsWith(".").hasSizeGreaterThan(40));
            assertThat(t.status().resolutionHint(method)).isEqualTo(t.resolutionHint());
            assertThat(t).hasToString(method + " " + t.status().code() + ": " + t.meaning());
        }
        assertThat(MethodUsage.typicalFor(Method.of(name.toLowerCase()))).as("methods are case-sensitive").isEmpty();
        assertThat(MethodUsage.methods()).contains(method);
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            GET     | 401 | WWW-Authenticate
            POST    | 400 | field
            PATCH   | 415 | Content-Type
            PUT     | 412 | If-Match
            PUT     | 409 | Fetch it again
            DELETE  | 404 | already
            DELETE  | 405 | Allow
            POST    | 501 | documentation
            """)
    void hints(String method, int code, String mentioned) {
        assertThat(StatusCode.of(code).resolutionHint(Method.of(method))).hasValueSatisfying(h -> assertThat(h).contains(mentioned));
    }

    @Test
    void unknownMethodsHaveNoTable() {
        assertThat(MethodUsage.typicalFor(Method.of("BREW"))).isEmpty();
        assertThat(MethodUsage.typicalFor(Method.CONNECT)).isEmpty();
        assertThat(StatusCode.NOT_FOUND.resolutionHint(Method.of("BREW"))).isEmpty();
        assertThatThrownBy(() -> MethodUsage.typicalFor(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void listsAreImmutable() {
        List<TypicalResponse> rows = MethodUsage.typicalFor(Method.GET);
        assertThatThrownBy(() -> rows.add(rows.get(0))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> StatusCodes.known().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> StatusCode.CREATED.methods().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> StatusCode.UNAUTHORIZED.headerDuties().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
