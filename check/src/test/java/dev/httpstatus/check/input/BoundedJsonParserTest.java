package dev.httpstatus.check.input;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BoundedJsonParserTest {

    private static BoundedJsonParser parser(String json) throws IOException {
        return BoundedJsonParser.open(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aStringOverTheBoundKeepsItsStartAndTheParserGoesOn() throws IOException {
        String big = "ab\\n\u00e9" + "x".repeat(BoundedJsonParser.MAX_STRING * 2) + "\\u0041";
        try (BoundedJsonParser p = parser("[\"" + big + "\", \"next\", 7]")) {
            assertThat(p.nextToken()).isEqualTo(JsonToken.START_ARRAY);
            assertThat(p.nextToken()).isEqualTo(JsonToken.VALUE_STRING);
            assertThat(p.text(6)).isEqualTo("ab\n\u00e9xx");
            assertThat(p.textLength()).as("over the bound: unknown").isEqualTo(-1);
            assertThat(p.text(3)).as("asked again, the kept start").isEqualTo("ab\n");
            assertThat(p.nextToken()).isEqualTo(JsonToken.VALUE_STRING);
            assertThat(p.text(100)).isEqualTo("next");
            assertThat(p.textLength()).isEqualTo(4);
            assertThat(p.nextToken()).isEqualTo(JsonToken.VALUE_NUMBER_INT);
            assertThat(p.getIntValue()).isEqualTo(7);
            assertThat(p.nextToken()).isEqualTo(JsonToken.END_ARRAY);
        }
    }

    @Test
    void aStringWithinTheBoundIsWholeAndMeasured() throws IOException {
        String s = "y".repeat(BoundedJsonParser.MAX_STRING - 10);
        try (BoundedJsonParser p = parser("\"" + s + "\"")) {
            p.nextToken();
            assertThat(p.text(5)).isEqualTo("yyyyy");
            assertThat(p.textLength()).isEqualTo(s.length());
        }
    }
}
