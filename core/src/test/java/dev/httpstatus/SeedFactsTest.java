package dev.httpstatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The facts of the five source documents in {@code shared/seeds}, encoded here as our own tables:
 * every code each lists, the phrase it gives that code, the names, rules and hints it states.
 */
class SeedFactsTest {

    // ---------------------------------------------------------------- seed 000: method table

    /** method | codes the API manager's table lists for it (PUT and POST share one row there). */
    private static final Map<String, List<Integer>> SEED_000 = Map.of(
            "GET", List.of(200, 301, 401, 404, 410),
            "PUT", List.of(200, 201, 204, 301, 400, 401, 409, 500, 501),
            "POST", List.of(200, 201, 204, 301, 400, 401, 409, 500, 501),
            "DELETE", List.of(200, 400, 401));

    @ParameterizedTest
    @ValueSource(strings = {"GET", "PUT", "POST", "DELETE"})
    void seed000MethodTableIsAnswered(String name) {
        Method method = Method.of(name);
        List<Integer> codes = MethodUsage.typicalFor(method).stream().map(t -> t.status().code()).toList();
        assertThat(codes).containsAll(SEED_000.get(name));
        SEED_000.get(name).forEach(code -> assertThat(StatusCode.of(code).fitsMethod(method))
                .as("%d fits %s", code, method).isTrue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"PUT", "POST", "put"})
    void seed000MovedPermanentlyOnWritesHintsAtTheTrailingSlash(String method) {
        assertThat(StatusCode.MOVED_PERMANENTLY.resolutionHint(Method.ofIgnoringCase(method))).hasValueSatisfying(
                h -> assertThat(h).containsIgnoringCase("trailing slash"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"PUT", "POST"})
    void seed000InternalErrorHintsAtDebuggingAndLogs(String method) {
        assertThat(StatusCode.INTERNAL_SERVER_ERROR.resolutionHint(Method.of(method))).hasValueSatisfying(h -> assertThat(h)
                .containsIgnoringCase("debug").containsIgnoringCase("log"));
    }

    @Test
    void seed000CodesWithoutAHintHaveNone() {
        assertThat(StatusCode.NOT_FOUND.resolutionHint(Method.GET)).isEmpty();
        assertThat(StatusCode.CREATED.resolutionHint(Method.POST)).isEmpty();
        assertThat(StatusCode.MOVED_PERMANENTLY.resolutionHint(Method.TRACE)).isEmpty();
    }

    @Test
    void seed000MeaningsAreGiven() {
        assertThat(MethodUsage.typicalFor(Method.DELETE)).filteredOn(t -> t.status() == StatusCode.BAD_REQUEST)
                .singleElement().satisfies(t -> assertThat(t.meaning()).contains("not deleted"));
        assertThat(MethodUsage.typicalFor(Method.GET)).filteredOn(t -> t.status() == StatusCode.GONE)
                .singleElement().satisfies(t -> assertThat(t.meaning()).contains("gone"));
    }

    // ---------------------------------------------------------------- seed 001: DRF names

    /** Every constant Django REST framework's status-code page lists, spelt as there. */
    private static final List<String> SEED_001 = List.of(
            "HTTP_100_CONTINUE", "HTTP_101_SWITCHING_PROTOCOLS",
            "HTTP_200_OK", "HTTP_201_CREATED", "HTTP_202_ACCEPTED", "HTTP_203_NON_AUTHORITATIVE_INFORMATION",
            "HTTP_204_NO_CONTENT", "HTTP_205_RESET_CONTENT", "HTTP_206_PARTIAL_CONTENT",
            "HTTP_300_MULTIPLE_CHOICES", "HTTP_301_MOVED_PERMANENTLY", "HTTP_302_FOUND", "HTTP_303_SEE_OTHER",
            "HTTP_304_NOT_MODIFIED", "HTTP_305_USE_PROXY", "HTTP_306_RESERVED", "HTTP_307_TEMPORARY_REDIRECT",
            "HTTP_400_BAD_REQUEST", "HTTP_401_UNAUTHORIZED", "HTTP_402_PAYMENT_REQUIRED", "HTTP_403_FORBIDDEN",
            "HTTP_404_NOT_FOUND", "HTTP_405_METHOD_NOT_ALLOWED", "HTTP_406_NOT_ACCEPTABLE",
            "HTTP_407_PROXY_AUTHENTICATION_REQUIRED", "HTTP_408_REQUEST_TIMEOUT", "HTTP_409_CONFLICT",
            "HTTP_410_GONE", "HTTP_411_LENGTH_REQUIRED", "HTTP_412_PRECONDITION_FAILED",
            "HTTP_413_REQUEST_ENTITY_TOO_LARGE", "HTTP_414_REQUEST_URI_TOO_LONG", "HTTP_415_UNSUPPORTED_MEDIA_TYPE",
            "HTTP_416_REQUESTED_RANGE_NOT_SATISFIABLE", "HTTP_417_EXPECTATION_FAILED",
            "HTTP_428_PRECONDITION_REQUIRED", "HTTP_429_TOO_MANY_REQUESTS",
            "HTTP_431_REQUEST_HEADER_FIELDS_TOO_LARGE",
            "HTTP_500_INTERNAL_SERVER_ERROR", "HTTP_501_NOT_IMPLEMENTED", "HTTP_502_BAD_GATEWAY",
            "HTTP_503_SERVICE_UNAVAILABLE", "HTTP_504_GATEWAY_TIMEOUT", "HTTP_505_HTTP_VERSION_NOT_SUPPORTED",
            "HTTP_511_NETWORD_AUTHENTICATION_REQUIRED");

    static Stream<String> seed001() {
        return SEED_001.stream();
    }

    @ParameterizedTest
    @MethodSource("seed001")
    void seed001NameExistsInHttpWithItsCode(String name) throws ReflectiveOperationException {
        int code = Integer.parseInt(name.substring(5, 8));
        Field f = Http.class.getField(name);
        assertThat(f.getType()).isEqualTo(int.class);
        assertThat(f.getInt(null)).isEqualTo(code);
        assertThat(StatusCode.forName(name)).contains(StatusCode.of(code));
        assertThat(StatusCode.forName(name.toLowerCase())).contains(StatusCode.of(code));
    }

    @ParameterizedTest
    @MethodSource("seed001")
    void seed001NameIsTheDrfNameOfItsCode(String name) {
        StatusCode c = StatusCode.of(Integer.parseInt(name.substring(5, 8)));
        if (name.equals("HTTP_511_NETWORD_AUTHENTICATION_REQUIRED")) {
            // the misspelling is only in DRF's documentation; its code says NETWORK
            assertThat(c.drfName()).contains("HTTP_511_NETWORK_AUTHENTICATION_REQUIRED");
        } else {
            assertThat(c.drfName()).contains(name);
        }
    }

    @Test
    void seed001QuotesRfc2324AndRfc6585() {
        assertThat(StatusCode.forName("I'm a teapot")).contains(StatusCode.IM_A_TEAPOT);
        assertThat(StatusCode.IM_A_TEAPOT.references()).extracting(Reference::spec).contains("RFC 2324");
        for (int code : new int[] {428, 429, 431, 511}) {
            assertThat(StatusCode.of(code).references().get(0).spec()).isEqualTo("RFC 6585");
        }
    }

    // ---------------------------------------------------------------- seeds 002, 003, 004: phrases

    @ParameterizedTest(name = "seed 002: {0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            200 | OK
            201 | Created
            202 | Accepted
            204 | No Content
            206 | Partial Content
            302 | Found
            303 | See Other
            304 | Not Modified
            400 | Bad Request
            401 | Unauthorized
            403 | Forbidden
            404 | Not Found
            405 | Method Not Allowed
            409 | Conflict
            414 | Request-URI Too Long
            429 | Too Many Requests
            500 | Internal Server Error
            502 | Bad Gateway
            503 | Service Unavailable
            """)
    void seed002PhraseResolves(int code, String phrase) {
        assertResolves(code, phrase);
    }

    @ParameterizedTest(name = "seed 003: {0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            200 | OK
            201 | Created
            204 | No Content
            400 | Bad Request
            401 | Unauthorized
            403 | Forbidden
            404 | Not Found
            405 | Method Not Allowed
            409 | Conflict
            500 | Internal Server Error
            """)
    void seed003PhraseResolves(int code, String phrase) {
        assertResolves(code, phrase);
    }

    @ParameterizedTest(name = "seed 004: {0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            200 | OK
            201 | Created
            202 | Accepted
            203 | Partial Information
            204 | No Response
            301 | Moved
            302 | Found
            304 | Not Modified
            400 | Bad Request
            401 | Unauthorized
            402 | Payment Required
            403 | Forbidden
            404 | Not Found
            500 | Internal Error
            501 | Not Implemented
            """)
    void seed004PhraseResolves(int code, String phrase) {
        assertResolves(code, phrase);
    }

    /** The code exists, and the seed's phrase is its current phrase or one of its former ones. */
    private static void assertResolves(int code, String phrase) {
        StatusCode c = StatusCode.of(code);
        assertThat(c.isKnown()).isTrue();
        assertThat(StatusCode.forName(phrase)).as("forName(%s)", phrase).contains(c);
        List<String> phrases = Stream.concat(Stream.of(c.reasonPhrase()), c.formerPhrases().stream()
                .map(FormerPhrase::phrase)).map(String::toLowerCase).toList();
        assertThat(phrases).contains(phrase.toLowerCase());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            203 | Partial Information
            204 | No Response
            301 | Moved
            500 | Internal Error
            """)
    void seed004HistoricPhrasesAreFormerPhrasesOfThe1992List(int code, String phrase) {
        assertThat(StatusCode.of(code).formerPhrases()).filteredOn(f -> f.phrase().equals(phrase))
                .singleElement().satisfies(f -> assertThat(f.source().spec()).contains("1992"));
    }

    // ---------------------------------------------------------------- seeds 002, 003, 004: rules

    @Test
    void seed002HeaderDuties() {
        assertThat(headers(StatusCode.CREATED)).contains("Location");
        // The seed has 202 send Location; RFC 9110 §15.3.3 does not, so the catalog keeps it as a note.
        assertThat(headers(StatusCode.ACCEPTED)).doesNotContain("Location");
        assertThat(StatusCode.ACCEPTED.description()).contains("Location", "monitor");
        assertThat(headers(StatusCode.UNAUTHORIZED)).contains("WWW-Authenticate");
        assertThat(headers(StatusCode.METHOD_NOT_ALLOWED)).contains("Allow");
    }

    @Test
    void seed002And003FactsAreInTheDescriptions() {
        assertThat(StatusCode.URI_TOO_LONG.description()).contains("2083", "Internet Explorer");
        assertThat(StatusCode.SEE_OTHER.description()).contains("GET");
        assertThat(StatusCode.NOT_MODIFIED.description()).contains("If-Modified-Since");
        assertThat(StatusCode.NOT_FOUND.description()).contains("410");
        assertThat(StatusCode.FORBIDDEN.description()).contains("404", "401");
        assertThat(StatusCode.CONFLICT.description()).contains("PUT");
        assertThat(StatusCode.TOO_MANY_REQUESTS.description()).contains("rate limit");
        assertThat(StatusCode.NO_CONTENT.description()).contains("DELETE");
        assertThat(MethodUsage.typicalFor(Method.DELETE)).extracting(TypicalResponse::status).contains(StatusCode.NO_CONTENT);
    }

    @Test
    void seed003ClassDescriptions() {
        assertThat(StatusClass.SUCCESSFUL.label()).isEqualTo("2xx");
        assertThat(StatusClass.CLIENT_ERROR.label()).isEqualTo("4xx");
        assertThat(StatusClass.SERVER_ERROR.label()).isEqualTo("5xx");
        assertThat(StatusClass.SUCCESSFUL.description()).contains("carried it out");
        assertThat(StatusClass.CLIENT_ERROR.description()).contains("temporary");
        assertThat(StatusClass.SERVER_ERROR.description()).contains("temporary");
        for (StatusClass k : StatusClass.values()) {
            assertThat(k.description()).as("%s", k).isNotBlank();
        }
    }

    @Test
    void seed004RulesAreInTheDescriptions() {
        assertThat(StatusCode.PAYMENT_REQUIRED.description()).contains("ChargeTo", "1992");
        assertThat(StatusCode.UNAUTHORIZED.description()).contains("Authorization header");
        assertThat(StatusCode.NON_AUTHORITATIVE_INFORMATION.description()).contains("Partial Information");
        assertThat(StatusCode.ACCEPTED.description()).contains("cannot report");
        assertThat(StatusCode.NO_CONTENT.description()).contains("current page", "No Response");
        assertThat(StatusCode.FORBIDDEN.description()).contains("credentials will not");
        assertThat(StatusCode.MOVED_PERMANENTLY.description()).contains("\"Moved\"");
        assertThat(StatusCode.INTERNAL_SERVER_ERROR.description()).contains("Internal Error");
    }

    private static List<String> headers(StatusCode c) {
        return c.headerDuties().stream().map(d -> d.field().orElseThrow()).toList();
    }
}
