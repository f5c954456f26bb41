package dev.httpstatus.check.ci;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GlobTest {

    @ParameterizedTest(name = "{0} ~ {1} = {2}")
    @CsvSource({
        "/legacy/*, /legacy/items, true",
        "/legacy/*, /legacy/items/7, false",
        "/legacy/*, /legacy/, true",
        "/legacy/*, /legacy, false",
        "/legacy/**, /legacy/items/7, true",
        "/legacy/**, /legacy/, true",
        "/legacy/**, /legacyx, false",
        "/**, /, true",
        "/*/items, /v1/items, true",
        "/*/items, /v1/v2/items, false",
        "/**/items, /v1/v2/items, true",
        "*.example.com, cdn.example.com, true",
        "*.example.com, a.b.example.com, true",
        "*.example.com, example.com, false",
        "api.example.com, api.example.com, true",
        "api.example.com, api.example.co, false",
        "/a?b, /a?b, true",
        "/a.b, /axb, false",
    })
    void matchesTheWholeText(String pattern, String text, boolean expected) {
        assertThat(Glob.of(pattern).matches(text)).isEqualTo(expected);
    }

    /** The same meaning written as a regular expression: the reference the DP matcher must agree with. */
    private static boolean byRegex(String pattern, String text) {
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '*') {
                if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '*') {
                    while (i + 1 < pattern.length() && pattern.charAt(i + 1) == '*') {
                        i++;
                    }
                    re.append(".*");
                } else {
                    re.append("[^/]*");
                }
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(re.toString(), Pattern.DOTALL).matcher(text).matches();
    }

    @Property(tries = 2000)
    void agreesWithARegularExpression(@ForAll @StringLength(max = 8) @CharRange(from = '*', to = '/') String pattern,
            @ForAll @StringLength(max = 12) @CharRange(from = '*', to = '/') String text) {
        // '*' .. '/' covers '*', '+', ',', '-', '.', '/': wildcards, separators and literals
        assertThat(Glob.of(pattern).matches(text)).isEqualTo(byRegex(pattern, text));
    }

    @Property(tries = 500)
    void withoutWildcardsItIsEquality(@ForAll @StringLength(max = 20) String text) {
        String literal = text.replace("*", "");
        assertThat(Glob.of(literal).matches(literal)).isTrue();
        assertThat(Glob.of(literal).matches(literal + "x")).isFalse();
    }

    @org.junit.jupiter.api.Test
    void manyStarsOnALongPathDoNotBacktrack() {
        // a backtracking matcher takes exponential time here (and this test would not end);
        // the table of the DP matcher has pattern times text cells, here 26 x 8002
        String path = "/a".repeat(4000) + "b";
        assertThat(Glob.of("/**/**/**/**/**/**/**/**/c").matches(path)).isFalse();
        assertThat(Glob.of("/**/**/**/**/**/**/**/**b").matches(path)).isTrue();
    }
}
