package dev.httpstatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of the lookups over generated input: they never throw and they round-trip. */
class LookupPropertiesTest {

    @Property(tries = 2000)
    void lookupsNeverThrowOnAnyText(@ForAll("anyText") String text) {
        Optional<StatusCode> parsed = StatusCode.parse(text);
        Optional<StatusCode> named = StatusCode.forName(text);
        List<StatusCode> found = StatusCodes.search(text);
        assertThat(parsed).isNotNull();
        assertThat(named).isNotNull();
        assertThat(found).isNotNull().doesNotHaveDuplicates().allMatch(StatusCode::isKnown);
    }

    @Property(tries = 1000)
    void statusLineLikeTextNeverThrowsAndOnlyYieldsItsOwnDigits(@ForAll("statusLineLike") String text) {
        StatusCode.parse(text).ifPresent(c -> assertThat(text).contains(Integer.toString(c.code())));
        StatusCode.forName(text);
        StatusCodes.search(text);
    }

    @Property(generation = GenerationMode.EXHAUSTIVE)
    void parseRoundTripsEveryCode(@ForAll @IntRange(min = 100, max = 999) int n) {
        StatusCode c = StatusCode.of(n);
        assertThat(StatusCode.parse(String.valueOf(n))).containsSame(c);
        assertThat(StatusCode.parse(c.toString())).containsSame(c);
        assertThat(StatusCode.parse(n + " " + c.reasonPhrase())).containsSame(c);
        assertThat(StatusCode.parse("HTTP/1.1 " + n + " " + c.reasonPhrase())).containsSame(c);
        assertThat(StatusCode.parse("HTTP/2 " + n)).containsSame(c);
    }

    @Property(generation = GenerationMode.EXHAUSTIVE)
    void ofIsCanonical(@ForAll @IntRange(min = 100, max = 999) int n) {
        assertThat(StatusCode.of(n)).isSameAs(StatusCode.of(n));
        assertThat(StatusCode.of(n).code()).isEqualTo(n);
        assertThat(StatusCode.of(n).statusClass()).isSameAs(StatusClass.of(n));
        assertThat(StatusCode.of(n).description()).isNotBlank();
        assertThat(StatusCode.of(n).reasonPhrase()).isNotBlank();
    }

    @Property(tries = 500)
    void anyVisiblePhraseAfterTheCodeIsIgnored(@ForAll @IntRange(min = 100, max = 999) int n,
            @ForAll("visiblePhrase") String phrase) {
        assertThat(StatusCode.parse("HTTP/1.1 " + n + " " + phrase)).containsSame(StatusCode.of(n));
    }

    @Example
    void everyKnownPhraseResolvesToACodeWithThatPhrase() {
        for (StatusCode c : StatusCodes.known()) {
            StatusCode back = StatusCode.forName(c.reasonPhrase()).orElseThrow(() -> new AssertionError(c.toString()));
            // The phrase may belong to an older or registered meaning first ("No Response" is 1992's 204
            // before it is nginx's 444); either way the code found must carry that phrase.
            List<String> phrases = new java.util.ArrayList<>();
            phrases.add(back.reasonPhrase().toLowerCase());
            back.formerPhrases().forEach(f -> phrases.add(f.phrase().toLowerCase()));
            assertThat(phrases).as("%s -> %s", c, back).contains(c.reasonPhrase().toLowerCase());
            if (c.registration().isInRegistry()) {
                assertThat(back).isSameAs(c);
            }
            c.constantName().ifPresent(n -> assertThat(StatusCode.forName(n)).containsSame(c));
            c.drfName().ifPresent(n -> assertThat(StatusCode.forName(n)).containsSame(c));
            for (FormerPhrase f : c.formerPhrases()) {
                assertThat(StatusCode.forName(f.phrase())).as("%s", f).isPresent();
            }
            for (UnofficialMeaning u : c.unofficialMeanings()) {
                // A vendor's phrase names only a code the registry leaves without a meaning of its own.
                if (c.registration().isInRegistry()) {
                    assertThat(StatusCode.forName(u.phrase())).as("%s", u).isNotEqualTo(Optional.of(c));
                } else {
                    assertThat(StatusCode.forName(u.phrase())).as("%s", u).isPresent();
                }
            }
        }
    }

    @Provide
    Arbitrary<String> anyText() {
        Arbitrary<String> unicode = Arbitraries.strings().all().ofMaxLength(300);
        Arbitrary<String> control = Arbitraries.strings().withCharRange('\u0000', '\u001f').withChars('\u007f', ' ')
                .ofMaxLength(50);
        Arbitrary<String> long_ = Arbitraries.strings().withCharRange('a', 'z').withChars(' ', '-', '\'')
                .ofMinLength(500).ofMaxLength(5_000);
        Arbitrary<String> wordy = Arbitraries.of("not", "found", "too", "many", "request", "teapot", "http", "404",
                "5xx", "gateway", "timeout", "'", "-", "_", "é", "\u2019", "\uD83D\uDE00")
                .list().ofMaxSize(12).map(words -> String.join(" ", words));
        return Arbitraries.oneOf(unicode, control, long_, wordy);
    }

    @Provide
    Arbitrary<String> statusLineLike() {
        Arbitrary<String> prefix = Arbitraries.of("", " ", "HTTP/1.1 ", "http/2 ", "HTTP/", "HTTP/1.", "HTTP/3  ", "\t");
        Arbitrary<String> digits = Arbitraries.strings().withCharRange('0', '9').ofMinLength(0).ofMaxLength(5);
        Arbitrary<String> rest = Arbitraries.strings().all().ofMaxLength(40);
        return Combinators.combine(prefix, digits, rest).as((p, d, r) -> p + d + r);
    }

    @Provide
    Arbitrary<String> visiblePhrase() {
        return Arbitraries.strings().withCharRange(' ', '~').withCharRange('\u00a0', '\uffef').ofMaxLength(80);
    }
}
