package dev.httpstatus.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link UriReference} against RFC 3986's grammar and its §5.4 examples. */
class UriReferenceTest {

    /** Every reference of RFC 3986 §5.4.1 and §5.4.2, and the base URI itself. */
    @ParameterizedTest
    @ValueSource(strings = {"http://a/b/c/d;p?q", "g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s",
        "g?y#s", ";x", "g;x", "g;x?y#s", "", ".", "./", "..", "../", "../g", "../..", "../../", "../../g",
        "../../../g", "../../../../g", "/./g", "/../g", "g.", ".g", "g..", "..g", "./../g", "./g/.", "g/./h",
        "g/../h", "g;x=1/./y", "g;x=1/../y", "g?y/./x", "g?y/../x", "g#s/./x", "g#s/../x", "http:g"})
    void rfc3986Section54ExamplesAreReferences(String reference) {
        assertThat(UriReference.problem(reference)).as(reference).isNull();
    }

    /** Real Location values and edge cases java.net.URI (RFC 2396) gets wrong. */
    @ParameterizedTest
    @ValueSource(strings = {"/path/with%20space", "https://[2001:db8::7]:8443/x",
        "https://user:pw@host.example:8080/p?q#f", "mailto:someone@example.com", "urn:isbn:0451450523",
        "/items/42?fields=name,price&sort=-price", "https://example.com/#/app/route?x=1", "//cdn.example/a.js",
        "https://example.com:/", "/a/b:c", "?q=a/b?c"})
    void realReferencesAreAccepted(String reference) {
        assertThat(UriReference.problem(reference)).as(reference).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            /a b                      | a space is not allowed in the path (position 3)
            /caf\u00e9                 | non-ASCII character
            http://exa mple.com/      | a space is not allowed in the host (position 11)
            http://[::1/x             | the IP literal is not closed
            /%zz                      | '%' must start a percent-encoding
            /100%                     | '%' must start a percent-encoding
            http://host:port/         | the port must be digits
            1http://example.com       | is not a valid scheme
            /a<b>                     | '<' is not allowed in the path
            /a?b=^c                   | '^' is not allowed in the query
            https://e.example/s?q=a`b | '`' is not allowed in the query
            https://e.example/a[1]    | '[' is not allowed in the path
            http://a@b@c/             | '@' is not allowed in the user information
            """)
    void invalidReferencesAreNamedWithTheirPosition(String reference, String expected) {
        assertThat(UriReference.problem(reference)).as(reference).contains(expected);
    }

    @Provide
    Arbitrary<String> references() {
        Arbitrary<String> segment = Arbitraries.strings().withChars("abcXYZ019-._~!$&'()*+,;=:@").ofMaxLength(6)
                .map(s -> s.isEmpty() ? "x" : s.replace(":", "%3A"));
        Arbitrary<String> path = segment.list().ofMaxSize(4).map(l -> "/" + String.join("/", l));
        Arbitrary<String> query = Arbitraries.strings().withChars("a=&/?:@%20").ofMaxLength(8)
                .map(q -> q.replace("%", "%25"));
        return net.jqwik.api.Combinators.combine(Arbitraries.of("", "https://host.example", "//h:80", "s+1.x:"), path,
                query).as((a, p, q) -> a + p + (q.isEmpty() ? "" : "?" + q));
    }

    @Property
    void generatedReferencesAreValid(@ForAll("references") String reference) {
        assertThat(UriReference.problem(reference)).as(reference).isNull();
    }

    @Property
    void neverThrows(@ForAll String text) {
        UriReference.problem(text);
    }
}
