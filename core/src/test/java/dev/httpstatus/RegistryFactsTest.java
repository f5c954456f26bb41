package dev.httpstatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every entry of the IANA HTTP Status Code registry, typed in again here from the registry itself,
 * independently of {@link Registry}: a slip in either table fails a test.
 */
class RegistryFactsTest {

    /** code | phrase (ours, where IANA writes "(Unused)") | registry status | first reference | constant. */
    private static final String IANA = """
            100 | Continue                        | REGISTERED | RFC 9110 §15.2.1  | CONTINUE
            101 | Switching Protocols             | REGISTERED | RFC 9110 §15.2.2  | SWITCHING_PROTOCOLS
            102 | Processing                      | REGISTERED | RFC 2518 §10.1    | PROCESSING
            103 | Early Hints                     | REGISTERED | RFC 8297 §2       | EARLY_HINTS
            104 | Upload Resumption Supported     | TEMPORARY  | draft-ietf-httpbis-resumable-upload-05 | UPLOAD_RESUMPTION_SUPPORTED
            200 | OK                              | REGISTERED | RFC 9110 §15.3.1  | OK
            201 | Created                         | REGISTERED | RFC 9110 §15.3.2  | CREATED
            202 | Accepted                        | REGISTERED | RFC 9110 §15.3.3  | ACCEPTED
            203 | Non-Authoritative Information   | REGISTERED | RFC 9110 §15.3.4  | NON_AUTHORITATIVE_INFORMATION
            204 | No Content                      | REGISTERED | RFC 9110 §15.3.5  | NO_CONTENT
            205 | Reset Content                   | REGISTERED | RFC 9110 §15.3.6  | RESET_CONTENT
            206 | Partial Content                 | REGISTERED | RFC 9110 §15.3.7  | PARTIAL_CONTENT
            207 | Multi-Status                    | REGISTERED | RFC 4918 §11.1    | MULTI_STATUS
            208 | Already Reported                | REGISTERED | RFC 5842 §7.1     | ALREADY_REPORTED
            226 | IM Used                         | REGISTERED | RFC 3229 §10.4.1  | IM_USED
            300 | Multiple Choices                | REGISTERED | RFC 9110 §15.4.1  | MULTIPLE_CHOICES
            301 | Moved Permanently               | REGISTERED | RFC 9110 §15.4.2  | MOVED_PERMANENTLY
            302 | Found                           | REGISTERED | RFC 9110 §15.4.3  | FOUND
            303 | See Other                       | REGISTERED | RFC 9110 §15.4.4  | SEE_OTHER
            304 | Not Modified                    | REGISTERED | RFC 9110 §15.4.5  | NOT_MODIFIED
            305 | Use Proxy                       | REGISTERED | RFC 9110 §15.4.6  | USE_PROXY
            306 | Unused                          | RESERVED   | RFC 9110 §15.4.7  | UNUSED
            307 | Temporary Redirect              | REGISTERED | RFC 9110 §15.4.8  | TEMPORARY_REDIRECT
            308 | Permanent Redirect              | REGISTERED | RFC 9110 §15.4.9  | PERMANENT_REDIRECT
            400 | Bad Request                     | REGISTERED | RFC 9110 §15.5.1  | BAD_REQUEST
            401 | Unauthorized                    | REGISTERED | RFC 9110 §15.5.2  | UNAUTHORIZED
            402 | Payment Required                | REGISTERED | RFC 9110 §15.5.3  | PAYMENT_REQUIRED
            403 | Forbidden                       | REGISTERED | RFC 9110 §15.5.4  | FORBIDDEN
            404 | Not Found                       | REGISTERED | RFC 9110 §15.5.5  | NOT_FOUND
            405 | Method Not Allowed              | REGISTERED | RFC 9110 §15.5.6  | METHOD_NOT_ALLOWED
            406 | Not Acceptable                  | REGISTERED | RFC 9110 §15.5.7  | NOT_ACCEPTABLE
            407 | Proxy Authentication Required   | REGISTERED | RFC 9110 §15.5.8  | PROXY_AUTHENTICATION_REQUIRED
            408 | Request Timeout                 | REGISTERED | RFC 9110 §15.5.9  | REQUEST_TIMEOUT
            409 | Conflict                        | REGISTERED | RFC 9110 §15.5.10 | CONFLICT
            410 | Gone                            | REGISTERED | RFC 9110 §15.5.11 | GONE
            411 | Length Required                 | REGISTERED | RFC 9110 §15.5.12 | LENGTH_REQUIRED
            412 | Precondition Failed             | REGISTERED | RFC 9110 §15.5.13 | PRECONDITION_FAILED
            413 | Content Too Large               | REGISTERED | RFC 9110 §15.5.14 | CONTENT_TOO_LARGE
            414 | URI Too Long                    | REGISTERED | RFC 9110 §15.5.15 | URI_TOO_LONG
            415 | Unsupported Media Type          | REGISTERED | RFC 9110 §15.5.16 | UNSUPPORTED_MEDIA_TYPE
            416 | Range Not Satisfiable           | REGISTERED | RFC 9110 §15.5.17 | RANGE_NOT_SATISFIABLE
            417 | Expectation Failed              | REGISTERED | RFC 9110 §15.5.18 | EXPECTATION_FAILED
            418 | I'm a teapot                    | RESERVED   | RFC 9110 §15.5.19 | IM_A_TEAPOT
            421 | Misdirected Request             | REGISTERED | RFC 9110 §15.5.20 | MISDIRECTED_REQUEST
            422 | Unprocessable Content           | REGISTERED | RFC 9110 §15.5.21 | UNPROCESSABLE_CONTENT
            423 | Locked                          | REGISTERED | RFC 4918 §11.3    | LOCKED
            424 | Failed Dependency               | REGISTERED | RFC 4918 §11.4    | FAILED_DEPENDENCY
            425 | Too Early                       | REGISTERED | RFC 8470 §5.2     | TOO_EARLY
            426 | Upgrade Required                | REGISTERED | RFC 9110 §15.5.22 | UPGRADE_REQUIRED
            428 | Precondition Required           | REGISTERED | RFC 6585 §3       | PRECONDITION_REQUIRED
            429 | Too Many Requests               | REGISTERED | RFC 6585 §4       | TOO_MANY_REQUESTS
            431 | Request Header Fields Too Large | REGISTERED | RFC 6585 §5       | REQUEST_HEADER_FIELDS_TOO_LARGE
            451 | Unavailable For Legal Reasons   | REGISTERED | RFC 7725 §3       | UNAVAILABLE_FOR_LEGAL_REASONS
            500 | Internal Server Error           | REGISTERED | RFC 9110 §15.6.1  | INTERNAL_SERVER_ERROR
            501 | Not Implemented                 | REGISTERED | RFC 9110 §15.6.2  | NOT_IMPLEMENTED
            502 | Bad Gateway                     | REGISTERED | RFC 9110 §15.6.3  | BAD_GATEWAY
            503 | Service Unavailable             | REGISTERED | RFC 9110 §15.6.4  | SERVICE_UNAVAILABLE
            504 | Gateway Timeout                 | REGISTERED | RFC 9110 §15.6.5  | GATEWAY_TIMEOUT
            505 | HTTP Version Not Supported      | REGISTERED | RFC 9110 §15.6.6  | HTTP_VERSION_NOT_SUPPORTED
            506 | Variant Also Negotiates         | REGISTERED | RFC 2295 §8.1     | VARIANT_ALSO_NEGOTIATES
            507 | Insufficient Storage            | REGISTERED | RFC 4918 §11.5    | INSUFFICIENT_STORAGE
            508 | Loop Detected                   | REGISTERED | RFC 5842 §7.2     | LOOP_DETECTED
            510 | Not Extended                    | OBSOLETED  | RFC 2774 §7       | NOT_EXTENDED
            511 | Network Authentication Required | REGISTERED | RFC 6585 §6       | NETWORK_AUTHENTICATION_REQUIRED
            """;

    record Entry(int code, String phrase, Registration registration, String reference, String constant) {}

    static List<Entry> entries() {
        List<Entry> list = new ArrayList<>();
        for (String line : IANA.strip().split("\n")) {
            String[] f = line.split("\\|");
            list.add(new Entry(Integer.parseInt(f[0].strip()), f[1].strip(), Registration.valueOf(f[2].strip()),
                    f[3].strip(), f[4].strip()));
        }
        return list;
    }

    static Stream<Arguments> rows() {
        return entries().stream().map(e -> Arguments.of(e.code(), e.phrase(), e.registration(), e.reference(), e.constant()));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("rows")
    void matchesTheRegistry(int code, String phrase, Registration registration, String reference, String constant) {
        StatusCode c = StatusCode.of(code);
        assertThat(c.code()).isEqualTo(code);
        assertThat(c.reasonPhrase()).isEqualTo(phrase);
        assertThat(c.registration()).isEqualTo(registration);
        assertThat(c.registration().isInRegistry()).isTrue();
        assertThat(c.isKnown()).isTrue();
        assertThat(c.references()).isNotEmpty();
        assertThat(c.references().get(0)).hasToString(reference);
        assertThat(c.constantName()).contains(constant);
        assertThat(c.toString()).isEqualTo(code + " " + phrase);
    }

    @Test
    void theRegistryHasExactlyTheseCodesInCodeOrder() {
        List<Integer> expected = entries().stream().map(Entry::code).toList();
        assertThat(expected).hasSize(64).isSorted();
        assertThat(StatusCodes.inRegistry()).extracting(StatusCode::code).containsExactlyElementsOf(expected);
    }

    @Test
    void everyOtherCodeIsUnassigned() {
        List<Integer> inRegistry = entries().stream().map(Entry::code).toList();
        for (int code = 100; code <= 999; code++) {
            if (!inRegistry.contains(code)) {
                StatusCode c = StatusCode.of(code);
                assertThat(c.registration()).as("%d", code).isEqualTo(Registration.UNASSIGNED);
                assertThat(c.constantName()).as("%d", code).isEmpty();
                if (code == 509) {
                    assertThat(c.drfName()).as("DRF names this vendor code").contains("HTTP_509_BANDWIDTH_LIMIT_EXCEEDED");
                } else {
                    assertThat(c.drfName()).as("%d", code).isEmpty();
                }
                assertThat(c.references()).as("%d", code).isEmpty();
            }
        }
    }

    @Test
    void referencesLinkToTheirSection() {
        for (StatusCode c : StatusCodes.inRegistry()) {
            for (Reference r : c.references()) {
                assertThat(r.url()).as("%s %s", c, r).startsWith("https://");
                if (r.spec().startsWith("RFC ")) {
                    String number = r.spec().substring(4);
                    assertThat(r.url()).as("%s %s", c, r).contains("rfc" + number);
                    if (!r.section().isEmpty()) {
                        assertThat(r.url()).as("%s %s", c, r).endsWith("#section-" + r.section());
                    }
                }
            }
        }
    }

    @Test
    void teapotCitesTheCoffeePotRfcsBesideRfc9110() {
        assertThat(StatusCode.IM_A_TEAPOT.references()).extracting(Reference::toString)
                .containsExactly("RFC 9110 §15.5.19", "RFC 2324 §2.3.2", "RFC 7168 §2.3.3");
    }

    @Test
    void notExtendedCitesTheMoveToHistoric() {
        assertThat(StatusCode.NOT_EXTENDED.references()).extracting(Reference::spec)
                .containsExactly("RFC 2774", "status-change-http-experiments-to-historic");
    }
}
