package dev.httpstatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The public constants of {@link StatusCode} and {@link Http}, checked by reflection against the catalog. */
class ConstantsTest {

    private static List<Field> publicConstants(Class<?> type, Class<?> fieldType) {
        List<Field> fields = new ArrayList<>();
        for (Field f : type.getDeclaredFields()) {
            int m = f.getModifiers();
            if (Modifier.isPublic(m) && f.getType() == fieldType) {
                assertThat(Modifier.isStatic(m) && Modifier.isFinal(m)).as("%s is static final", f.getName()).isTrue();
                fields.add(f);
            }
        }
        return fields;
    }

    @Test
    void everyRegistryCodeHasAConstantNamedByConstantName() throws ReflectiveOperationException {
        for (StatusCode c : StatusCodes.inRegistry()) {
            String name = c.constantName().orElseThrow();
            Field f = StatusCode.class.getField(name);
            assertThat(f.get(null)).as(name).isSameAs(c);
        }
    }

    @Test
    void everyStatusCodeConstantIsTheCanonicalInstanceOfItsCode() throws ReflectiveOperationException {
        List<Field> fields = publicConstants(StatusCode.class, StatusCode.class);
        assertThat(fields).hasSize(StatusCodes.inRegistry().size());
        for (Field f : fields) {
            StatusCode c = (StatusCode) f.get(null);
            assertThat(c).as(f.getName()).isNotNull().isSameAs(StatusCode.of(c.code()));
            assertThat(c.constantName()).as(f.getName()).contains(f.getName());
        }
    }

    @Test
    void constantNamesComeFromTodaysPhraseNotFromDeclarationOrder() {
        // Spring once resolved 413 to a deprecated alias declared first; here a code has one name,
        // spelt from its current phrase, however the sources are ordered.
        for (StatusCode c : StatusCodes.inRegistry()) {
            assertThat(c.constantName()).as("%s", c).contains(Names.normalize(c.reasonPhrase()));
        }
        assertThat(StatusCode.of(413).constantName()).contains("CONTENT_TOO_LARGE");
        assertThat(StatusCode.of(414).constantName()).contains("URI_TOO_LONG");
        assertThat(StatusCode.of(416).constantName()).contains("RANGE_NOT_SATISFIABLE");
        assertThat(StatusCode.of(422).constantName()).contains("UNPROCESSABLE_CONTENT");
        assertThat(StatusCode.forName("HTTP_413_REQUEST_ENTITY_TOO_LARGE")).contains(StatusCode.CONTENT_TOO_LARGE);
        assertThat(StatusCode.forName("Payload Too Large").orElseThrow().reasonPhrase()).isEqualTo("Content Too Large");
    }

    @Test
    void fieldOrderDoesNotChangeWhichInstanceACodeMapsTo() throws ReflectiveOperationException {
        List<Field> fields = publicConstants(StatusCode.class, StatusCode.class);
        Random random = new Random(35659);
        for (int round = 0; round < 5; round++) {
            Collections.shuffle(fields, random);
            Map<Integer, StatusCode> first = new HashMap<>();
            for (Field f : fields) {
                StatusCode c = (StatusCode) f.get(null);
                assertThat(first.putIfAbsent(c.code(), c)).as("a second constant for %d", c.code()).isNull();
            }
            first.forEach((code, c) -> assertThat(StatusCode.of(code)).isSameAs(c));
        }
    }

    @Test
    void httpConstantsAgreeWithDrfNames() throws ReflectiveOperationException {
        Map<String, Integer> http = new HashMap<>();
        for (Field f : publicConstants(Http.class, int.class)) {
            http.put(f.getName(), f.getInt(null));
        }
        for (StatusCode c : StatusCodes.inRegistry()) {
            // DRF has a name for every registry code but 104 (checked against rest_framework/status.py).
            assertThat(c.drfName().isPresent()).as("%s", c).isEqualTo(c.code() != 104);
            c.drfName().ifPresent(drf -> assertThat(http).as("Http.%s", drf).containsEntry(drf, c.code()));
            String modern = "HTTP_" + c.code() + "_" + c.constantName().orElseThrow();
            assertThat(http).as("Http.%s", modern).containsEntry(modern, c.code());
        }
        for (Map.Entry<String, Integer> e : http.entrySet()) {
            String name = e.getKey();
            assertThat(name).matches("HTTP_[1-5]\\d\\d_[A-Z0-9_]+");
            int code = Integer.parseInt(name.substring(5, 8));
            assertThat(e.getValue()).as(name).isEqualTo(code);
            if (code != 509) { // DRF's one name for a vendor code
                assertThat(StatusCode.of(code).registration().isInRegistry()).as(name).isTrue();
            }
            assertThat(StatusCode.forName(name)).as(name).contains(StatusCode.of(code));
        }
    }

    @Test
    void httpConstantsAreCompileTimeConstantsUsableInSwitch() {
        int status = 429;
        String seen = switch (status) {
            case Http.HTTP_404_NOT_FOUND -> "missing";
            case Http.HTTP_429_TOO_MANY_REQUESTS -> "slow down";
            default -> "other";
        };
        assertThat(seen).isEqualTo("slow down");
    }

    @Test
    void drfNamesFollowDjangoWhereItKeepsOlderPhrases() {
        assertThat(StatusCode.of(306).drfName()).contains("HTTP_306_RESERVED");
        assertThat(StatusCode.of(413).drfName()).contains("HTTP_413_REQUEST_ENTITY_TOO_LARGE");
        assertThat(StatusCode.of(414).drfName()).contains("HTTP_414_REQUEST_URI_TOO_LONG");
        assertThat(StatusCode.of(416).drfName()).contains("HTTP_416_REQUESTED_RANGE_NOT_SATISFIABLE");
        assertThat(StatusCode.of(422).drfName()).contains("HTTP_422_UNPROCESSABLE_ENTITY");
        assertThat(StatusCode.of(418).drfName()).contains("HTTP_418_IM_A_TEAPOT");
        assertThat(StatusCode.of(499).drfName()).isEmpty();
        assertThat(StatusCode.forName("HTTP_509_BANDWIDTH_LIMIT_EXCEEDED")).contains(StatusCode.of(509));
        assertThat(Http.HTTP_509_BANDWIDTH_LIMIT_EXCEEDED).isEqualTo(509);
    }
}
