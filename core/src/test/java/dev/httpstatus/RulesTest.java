package dev.httpstatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules the RFCs attach to codes, checked against our own reading of RFC 9110 and its peers. */
class RulesTest {

    /**
     * Every duty of the table, as we read the RFCs: codes | subject | level | condition kind | section.
     * Written from the RFC text, not from the table, so that a changed row has to change here too.
     */
    private static final String DUTIES = """
            1xx, 204, 304           | content            | MUST NOT   | always      | RFC 9110 §6.4.1
            205                     | content            | MUST NOT   | always      | RFC 9110 §15.3.6
            any                     | content            | MUST NOT   | method      | RFC 9110 §9.3.2
            1xx, 204                | Content-Length     | MUST NOT   | always      | RFC 9110 §8.6
            2xx                     | Content-Length     | MUST NOT   | method      | RFC 9110 §8.6
            1xx, 204                | Transfer-Encoding  | MUST NOT   | always      | RFC 9112 §6.1
            2xx                     | Transfer-Encoding  | MUST NOT   | method      | RFC 9112 §6.1
            2xx, 3xx, 4xx           | Date               | MUST       | presumed    | RFC 9110 §6.6.1
            101                     | Upgrade            | MUST       | always      | RFC 9110 §15.2.2
            101                     | Connection         | MUST       | always      | RFC 9110 §7.8
            103                     | Link               | MAY        | always      | RFC 8297 §2
            104                     | Location           | MUST       | judgement   | draft-ietf-httpbis-resumable-upload-05 §4
            201                     | Location           | SHOULD     | not         | RFC 9110 §15.3.2
            206                     | Content-Range      | MUST       | not         | RFC 9110 §15.3.7.1
            206                     | Content-Type       | MUST       | judgement   | RFC 9110 §15.3.7.2
            206                     | Cache-Control      | MUST       | okWouldCarry | RFC 9110 §15.3.7
            206                     | Content-Location   | MUST       | okWouldCarry | RFC 9110 §15.3.7
            206                     | ETag               | MUST       | okWouldCarry | RFC 9110 §15.3.7
            206                     | Expires            | MUST       | okWouldCarry | RFC 9110 §15.3.7
            206                     | Vary               | MUST       | okWouldCarry | RFC 9110 §15.3.7
            300                     | Location           | SHOULD     | judgement   | RFC 9110 §15.4.1
            301                     | Location           | SHOULD     | always      | RFC 9110 §15.4.2
            302                     | Location           | SHOULD     | always      | RFC 9110 §15.4.3
            303                     | Location           | SHOULD     | always      | RFC 9110 §15.4.4
            304                     | Cache-Control      | MUST       | okWouldCarry | RFC 9110 §15.4.5
            304                     | Content-Location   | MUST       | okWouldCarry | RFC 9110 §15.4.5
            304                     | ETag               | MUST       | okWouldCarry | RFC 9110 §15.4.5
            304                     | Expires            | MUST       | okWouldCarry | RFC 9110 §15.4.5
            304                     | Vary               | MUST       | okWouldCarry | RFC 9110 §15.4.5
            304                     | Content-Type       | SHOULD NOT | always      | RFC 9110 §15.4.5
            304                     | Content-Encoding   | SHOULD NOT | always      | RFC 9110 §15.4.5
            304                     | Content-Language   | SHOULD NOT | always      | RFC 9110 §15.4.5
            305                     | Location           | SHOULD     | always      | RFC 2616 §10.3.6
            307                     | Location           | SHOULD     | always      | RFC 9110 §15.4.8
            308                     | Location           | SHOULD     | always      | RFC 9110 §15.4.9
            401                     | WWW-Authenticate   | MUST       | always      | RFC 9110 §15.5.2
            405                     | Allow              | MUST       | always      | RFC 9110 §15.5.6
            407                     | Proxy-Authenticate | MUST       | always      | RFC 9110 §15.5.8
            413                     | Retry-After        | SHOULD     | judgement   | RFC 9110 §15.5.14
            415                     | Accept-Encoding    | SHOULD     | judgement   | RFC 9110 §15.5.16
            415                     | Accept-Encoding    | MUST NOT   | judgement   | RFC 9110 §12.5.3
            416                     | Content-Range      | SHOULD     | all         | RFC 9110 §15.5.17
            426                     | Upgrade            | MUST       | http1       | RFC 9110 §15.5.22
            426                     | Connection         | MUST       | http1       | RFC 9110 §7.8
            429                     | Retry-After        | MAY        | always      | RFC 6585 §4
            451                     | Link               | SHOULD     | always      | RFC 7725 §4
            503                     | Retry-After        | MAY        | always      | RFC 9110 §15.6.4
            """;

    @Test
    void dutiesAreExactlyThese() {
        List<String> expected = new ArrayList<>();
        for (String line : DUTIES.strip().split("\n")) {
            String[] f = line.split("\\|");
            expected.add(String.join(" | ", f[0].strip(), f[1].strip(), f[2].strip(), f[3].strip(), f[4].strip()));
        }
        List<String> actual = new ArrayList<>();
        for (Duty d : Duty.all()) {
            String kind = switch (d.condition().getClass().getSimpleName()) {
                case "MethodIn" -> "method";
                case "RequestHas" -> "request";
                case "Http1" -> "http1";
                default -> Character.toLowerCase(d.condition().getClass().getSimpleName().charAt(0))
                        + d.condition().getClass().getSimpleName().substring(1);
            };
            actual.add(String.join(" | ", d.codes(), d.subject().toString(), d.level().label(), kind,
                    d.reference().toString()));
            assertThat(d.when()).as(d.id()).isNotBlank();
            assertThat(d.id()).as(d.id()).matches("[0-9a-z]+(-[0-9a-z.]+)*");
            if (d.level().forbids()) {
                assertThat(d.example()).as("%s: a prohibition has no example", d.id()).isEmpty();
            }
        }
        assertThat(actual).containsExactlyElementsOf(expected);
        assertThat(Duty.all()).extracting(Duty::id).doesNotHaveDuplicates();
    }

    @Test
    void eachCodeListsItsOwnDutiesFirstThenItsClasss() {
        assertThat(StatusCode.METHOD_NOT_ALLOWED.headerDuties()).extracting(d -> d.field().orElseThrow())
                .containsExactly("Allow", "Date");
        assertThat(StatusCode.NO_CONTENT.duties()).extracting(Duty::id).containsExactly(
                "content-in-bodiless-response", "content-length-in-1xx-or-204", "transfer-encoding-in-1xx-or-204",
                "content-in-head-response", "content-length-in-2xx-to-connect", "transfer-encoding-in-2xx-to-connect",
                "2xx-4xx-without-date");
        assertThat(StatusCode.of(799).duties()).extracting(Duty::id).containsExactly("content-in-head-response");
        assertThat(StatusCode.REQUEST_TIMEOUT.headerDuties()).extracting(d -> d.field().orElseThrow())
                .as("RFC 9110 dropped 408's Connection: close").containsExactly("Date");
        assertThat(StatusCode.ACCEPTED.headerDuties()).extracting(d -> d.field().orElseThrow())
                .as("RFC 9110 §15.3.3 names no Location").doesNotContain("Location");
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            401 | WWW-Authenticate   | MUST
            407 | Proxy-Authenticate | MUST
            405 | Allow              | MUST
            206 | Content-Range      | MUST
            416 | Content-Range      | SHOULD
            426 | Upgrade            | MUST
            101 | Upgrade            | MUST
            201 | Location           | SHOULD
            301 | Location           | SHOULD
            302 | Location           | SHOULD
            303 | Location           | SHOULD
            307 | Location           | SHOULD
            308 | Location           | SHOULD
            429 | Retry-After        | MAY
            503 | Retry-After        | MAY
            413 | Retry-After        | SHOULD
            """)
    void keyDuties(int code, String header, Requirement level) {
        assertThat(StatusCode.of(code).headerDuties()).filteredOn(d -> d.field().orElseThrow().equals(header))
                .filteredOn(d -> !d.level().forbids()).singleElement().satisfies(d -> assertThat(d.level()).isEqualTo(level));
    }

    @Test
    void contentIsForbiddenOnlyFor1xx204205And304() {
        for (int code = 100; code <= 999; code++) {
            boolean forbidden = code < 200 || code == 204 || code == 205 || code == 304;
            assertThat(StatusCode.of(code).contentAllowed()).as("%d", code).isEqualTo(!forbidden);
        }
        assertThat(StatusCode.PARTIAL_CONTENT.contentAllowed()).isTrue(); // Jetty once said otherwise
    }

    @Test
    void cacheableByDefaultIsRfc9110ListPlus451() {
        Set<Integer> rfc9110List = Set.of(200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 501);
        List<Integer> definedBy9110 = new ArrayList<>();
        List<Integer> cacheable = new ArrayList<>();
        for (int code = 100; code <= 999; code++) {
            StatusCode c = StatusCode.of(code);
            if (c.isCacheableByDefault()) {
                cacheable.add(code);
            }
            if (c.isCacheableByDefault() && c.references().get(0).spec().equals("RFC 9110")) {
                definedBy9110.add(code);
            }
        }
        assertThat(definedBy9110).containsExactlyInAnyOrderElementsOf(rfc9110List);
        assertThat(cacheable).containsExactly(200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451, 501);
        assertThat(StatusCode.TOO_MANY_REQUESTS.isCacheableByDefault()).isFalse();
        assertThat(StatusCode.FOUND.isCacheableByDefault()).isFalse();
    }

    @Test
    void retryableCodes() {
        List<Integer> registered = StatusCodes.inRegistry().stream().filter(StatusCode::isRetryable)
                .map(StatusCode::code).toList();
        assertThat(registered).containsExactly(408, 421, 425, 429, 502, 503, 504);
        List<Integer> vendor = StatusCodes.known().stream().filter(c -> !c.registration().isInRegistry())
                .filter(StatusCode::isRetryable).map(StatusCode::code).toList();
        assertThat(vendor).containsExactly(520, 521, 522, 523, 524, 527, 529, 598, 599);
        assertThat(StatusCode.of(500).isRetryable()).isFalse();
        assertThat(StatusCode.of(400).isRetryable()).isFalse();
        assertThat(StatusCode.of(432).isRetryable()).isFalse();
    }

    @ParameterizedTest(name = "{0}: {1}, permanent {2}")
    @CsvSource(delimiter = '|', textBlock = """
        301 | POST_MAY_CHANGE_TO_GET | true
        302 | POST_MAY_CHANGE_TO_GET | false
        303 | CHANGES_TO_GET         | false
        307 | KEPT                   | false
        308 | KEPT                   | true
        """)
    void redirectsSayWhatBecomesOfTheMethod(int code, RedirectMethod method, boolean permanent) {
        StatusCode c = StatusCode.of(code);
        assertThat(c.redirectMethod()).contains(method);
        assertThat(c.isPermanentRedirect()).isEqualTo(permanent);
        // Every redirect to follow names where: Location is among its duties.
        assertThat(c.headerDuties()).extracting(d -> d.field().orElseThrow()).contains("Location");
    }

    @Test
    void onlyTheFiveFollowableRedirectsHaveARedirectMethod() {
        List<Integer> withMethod = new ArrayList<>();
        List<Integer> permanent = new ArrayList<>();
        for (int n = StatusCode.MIN_CODE; n <= StatusCode.MAX_CODE; n++) {
            StatusCode c = StatusCode.of(n);
            c.redirectMethod().ifPresent(m -> withMethod.add(c.code()));
            if (c.isPermanentRedirect()) {
                permanent.add(c.code());
            }
        }
        assertThat(withMethod).containsExactly(301, 302, 303, 307, 308);
        assertThat(permanent).containsExactly(301, 308);
        assertThat(StatusCode.of(300).redirectMethod()).isEmpty();
        assertThat(StatusCode.of(304).redirectMethod()).isEmpty();
        assertThat(StatusCode.of(305).redirectMethod()).isEmpty();
    }

    @Test
    void registrationStates() {
        assertThat(StatusCode.USE_PROXY.isDeprecated()).isTrue();
        assertThat(StatusCodes.known().stream().filter(StatusCode::isDeprecated)).containsExactly(StatusCode.USE_PROXY);
        assertThat(StatusCode.USE_PROXY.description()).contains("deprecated", "security");

        StatusCode upload = StatusCode.UPLOAD_RESUMPTION_SUPPORTED;
        assertThat(upload.registration()).isEqualTo(Registration.TEMPORARY);
        assertThat(upload.registeredOn()).contains(LocalDate.of(2024, 11, 13));
        assertThat(upload.expiresOn()).contains(LocalDate.of(2026, 11, 13));
        assertThat(upload.description()).contains("temporary", "resum");
        assertThat(StatusCodes.known().stream().filter(c -> c.registeredOn().isPresent() || c.expiresOn().isPresent()))
                .containsExactly(upload);

        assertThat(StatusCode.NOT_EXTENDED.registration()).isEqualTo(Registration.OBSOLETED);
        assertThat(StatusCode.NOT_EXTENDED.description()).contains("obsoleted");
        assertThat(StatusCode.UNUSED.registration()).isEqualTo(Registration.RESERVED);
        assertThat(StatusCode.IM_A_TEAPOT.registration()).isEqualTo(Registration.RESERVED);
        assertThat(StatusCodes.inRegistry().stream().filter(c -> c.registration() == Registration.RESERVED))
                .containsExactly(StatusCode.UNUSED, StatusCode.IM_A_TEAPOT);
        assertThat(StatusCode.of(499).registration()).isEqualTo(Registration.UNASSIGNED);
        assertThat(Registration.UNASSIGNED.isInRegistry()).isFalse();
        assertThat(Registration.OBSOLETED.isInRegistry()).isTrue();
    }

    @Test
    void aNumberCarriesItsRegisteredAndItsVendorMeaningsSideBySide() {
        StatusCode legal = StatusCode.of(451);
        assertThat(legal.reasonPhrase()).isEqualTo("Unavailable For Legal Reasons");
        assertThat(legal.unofficialMeanings()).extracting(UnofficialMeaning::phrase).containsExactly("Redirect");
        assertThat(legal.unofficialMeanings().get(0).vendor()).contains("IIS");

        StatusCode calm = StatusCode.of(420);
        assertThat(calm.reasonPhrase()).isEqualTo("Enhance Your Calm");
        assertThat(calm.unofficialMeanings()).extracting(UnofficialMeaning::vendor)
                .anySatisfy(v -> assertThat(v).contains("Twitter"))
                .anySatisfy(v -> assertThat(v).contains("Spring"));

        StatusCode closed = StatusCode.of(499);
        assertThat(closed.reasonPhrase()).isEqualTo("Client Closed Request");
        assertThat(closed.unofficialMeanings()).extracting(UnofficialMeaning::toString)
                .containsExactly("Client Closed Request (nginx)", "Token Required (Esri ArcGIS)");
        assertThat(closed.description()).contains("nginx", "Esri");

        assertThat(StatusCode.of(421).reasonPhrase()).isEqualTo("Misdirected Request");
        assertThat(StatusCode.of(421).unofficialMeanings()).extracting(UnofficialMeaning::phrase)
                .containsExactly("Destination Locked");
    }

    @ParameterizedTest(name = "{0} {2} ({1})")
    @CsvSource(delimiter = '|', textBlock = """
            103 | Google Gears      | Checkpoint
            308 | Google            | Resume Incomplete
            419 | Laravel           | Page Expired
            420 | Twitter           | Enhance Your Calm
            430 | Shopify           | Request Header Fields Too Large
            440 | IIS               | Login Time-out
            444 | nginx             | No Response
            449 | IIS               | Retry With
            451 | IIS               | Redirect
            460 | AWS               | Client Closed Connection
            463 | AWS               | Too Many Forwarded Addresses
            494 | nginx             | Request Header Too Large
            495 | nginx             | SSL Certificate Error
            496 | nginx             | SSL Certificate Required
            497 | nginx             | HTTP Request Sent to HTTPS Port
            499 | nginx             | Client Closed Request
            509 | Apache            | Bandwidth Limit Exceeded
            520 | Cloudflare        | Web Server Returned an Unknown Error
            521 | Cloudflare        | Web Server Is Down
            522 | Cloudflare        | Connection Timed Out
            523 | Cloudflare        | Origin Is Unreachable
            524 | Cloudflare        | A Timeout Occurred
            525 | Cloudflare        | SSL Handshake Failed
            526 | Cloudflare        | Invalid SSL Certificate
            527 | Cloudflare        | Railgun Error
            530 | Cloudflare        | Origin DNS Error
            540 | Shopify           | Temporarily Disabled
            561 | AWS               | Unauthorized
            783 | Shopify           | Unexpected Token
            999 | LinkedIn          | Request Denied
            598 | proxies           | Network Read Timeout Error
            599 | proxies           | Network Connect Timeout Error
            """)
    void vendorMeanings(int code, String vendor, String phrase) {
        StatusCode c = StatusCode.of(code);
        assertThat(c.isKnown()).isTrue();
        assertThat(c.unofficialMeanings()).filteredOn(u -> u.phrase().equals(phrase)).singleElement()
                .satisfies(u -> {
                    assertThat(u.vendor()).contains(vendor);
                    assertThat(u.note()).isNotBlank();
                });
        if (!c.registration().isInRegistry()) {
            assertThat(c.description()).as("the description of a vendor-only code names its vendor").contains(vendor);
        }
    }

    @Test
    void formerPhrasesCarryTheirSource() {
        assertThat(StatusCode.CONTENT_TOO_LARGE.formerPhrases()).extracting(FormerPhrase::toString)
                .containsExactly("Request Entity Too Large (RFC 2068 §6.1.1)", "Payload Too Large (RFC 7231 §6.5.11)");
        // Each phrase cites the earliest document that used it (RFC 2068 §6.1.1's list).
        assertThat(StatusCode.REQUEST_TIMEOUT.formerPhrases()).extracting(FormerPhrase::toString)
                .containsExactly("Request Time-out (RFC 2068 §6.1.1)");
        assertThat(StatusCode.GATEWAY_TIMEOUT.formerPhrases()).extracting(FormerPhrase::toString)
                .contains("Gateway Time-out (RFC 2068 §6.1.1)");
        assertThat(StatusCode.HTTP_VERSION_NOT_SUPPORTED.formerPhrases()).extracting(FormerPhrase::toString)
                .containsExactly("HTTP Version not supported (RFC 2068 §6.1.1)");
        assertThat(StatusCode.URI_TOO_LONG.formerPhrases()).extracting(FormerPhrase::phrase)
                .containsExactly("Request-URI Too Large", "Request-URI Too Long");
        assertThat(StatusCode.FOUND.formerPhrases()).extracting(FormerPhrase::phrase).containsExactly("Moved Temporarily");
        assertThat(StatusCode.RANGE_NOT_SATISFIABLE.formerPhrases()).extracting(FormerPhrase::phrase)
                .containsExactly("Requested Range Not Satisfiable");
        assertThat(StatusCode.UNPROCESSABLE_CONTENT.formerPhrases()).extracting(FormerPhrase::toString)
                .containsExactly("Unprocessable Entity (RFC 4918 §11.2)");
        assertThat(StatusCode.TOO_EARLY.formerPhrases()).extracting(FormerPhrase::phrase)
                .containsExactly("Unordered Collection");
        assertThat(StatusCode.UNUSED.formerPhrases()).extracting(FormerPhrase::phrase).containsExactly("Switch Proxy");
        assertThat(StatusCode.OK.formerPhrases()).isEmpty();
        assertThat(StatusCode.IM_A_TEAPOT.formerPhrases()).isEmpty();
    }

    @Test
    void descriptionsNoteTheFactsThatMatter() {
        assertThat(StatusCode.CONTENT_TOO_LARGE.description())
                .contains("Request Entity Too Large", "Payload Too Large", "Content Too Large");
        assertThat(StatusCode.IM_A_TEAPOT.description()).contains("RFC 2324", "RFC 7168", "RFC 9110", "reserved");
        assertThat(StatusCode.TOO_EARLY.description()).contains("Unordered Collection", "Netty");
        assertThat(StatusCode.UNUSED.description()).contains("Switch Proxy");
        assertThat(StatusCode.UNAVAILABLE_FOR_LEGAL_REASONS.description()).contains("blocked-by");
    }

    @Test
    void everyKnownCodeHasItsOwnShortDescription() {
        for (StatusCode c : StatusCodes.known()) {
            String d = c.description();
            assertThat(d).as("%s", c).isNotEqualTo(Descriptions.ofClass(c.statusClass()));
            long sentences = d.chars().filter(ch -> ch == '.').count()
                    - countOf(d, "e.g.") * 2 - countOf(d, "RFC 9110 §") - countOf(d, "v1.");
            assertThat(sentences).as("sentences in %s: %s", c, d).isBetween(1L, 4L);
            assertThat(d.length()).as("%s", c).isBetween(60, 520);
            assertThat(d).as("%s", c).doesNotContain("  ");
        }
        assertThat(StatusCode.of(432).description()).isEqualTo(Descriptions.ofClass(StatusClass.CLIENT_ERROR));
        assertThat(StatusCode.of(799).description()).isEqualTo(Descriptions.ofClass(StatusClass.UNDEFINED));
    }

    @Test
    void descriptionsNameEveryVendorOfTheirNumber() {
        for (StatusCode c : StatusCodes.known()) {
            for (UnofficialMeaning u : c.unofficialMeanings()) {
                String firstWord = u.vendor().split(" ")[0];
                assertThat(c.description()).as("%s names %s", c, u.vendor()).containsIgnoringCase(firstWord);
            }
        }
    }

    private static long countOf(String s, String part) {
        return s.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    void methodsACodeFits() {
        assertThat(StatusCode.CREATED.methods()).containsExactly(Method.POST, Method.PUT, Method.PATCH);
        assertThat(StatusCode.PARTIAL_CONTENT.methods()).containsExactly(Method.GET);
        assertThat(StatusCode.RANGE_NOT_SATISFIABLE.methods()).containsExactly(Method.GET);
        assertThat(StatusCode.NOT_MODIFIED.methods()).containsExactly(Method.GET, Method.HEAD);
        assertThat(StatusCode.NOT_FOUND.methods()).isEmpty();
        assertThat(StatusCode.CONTINUE.methods()).as("100-continue: any request with content").isEmpty();
        assertThat(StatusCode.NOT_FOUND.fitsMethod(Method.of("BREW"))).isTrue();
        assertThat(StatusCode.NOT_MODIFIED.fitsMethod(Method.HEAD)).isTrue();
        assertThat(StatusCode.NOT_MODIFIED.fitsMethod(Method.POST)).isFalse();
        assertThat(StatusCode.CREATED.fitsMethod(Method.GET)).isFalse();
    }

    @Test
    void unknownCodesTakeTheirPhraseFromTheirClass() {
        assertThat(StatusCode.of(432).reasonPhrase()).isEqualTo("Client Error");
        assertThat(StatusCode.of(299).reasonPhrase()).isEqualTo("Successful");
        assertThat(StatusCode.of(799).reasonPhrase()).isEqualTo("Undefined");
        assertThat(StatusCode.of(799).statusClass()).isEqualTo(StatusClass.UNDEFINED);
        assertThat(StatusCode.of(432).isKnown()).isFalse();
        assertThat(StatusCode.of(432).unofficialMeanings()).isEmpty();
    }
}
