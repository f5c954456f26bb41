package dev.httpstatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code of}, {@code parse}, {@code forName} and {@code search}: what they accept and what they refuse. */
class LookupTest {

    // ---------------------------------------------------------------- of

    @Test
    void ofGivesTheCanonicalInstance() {
        assertThat(StatusCode.of(404)).isSameAs(StatusCode.NOT_FOUND);
        assertThat(StatusCode.of(100)).isSameAs(StatusCode.CONTINUE);
        assertThat(StatusCode.of(999).code()).isEqualTo(999);
        assertThat(StatusCode.MIN_CODE).isEqualTo(100);
        assertThat(StatusCode.MAX_CODE).isEqualTo(999);
    }

    @ParameterizedTest
    @ValueSource(ints = {99, 1000, 0, -1, -404, 1404, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void ofRejectsOutOfRangeNamingValueAndRange(int code) {
        assertThatThrownBy(() -> StatusCode.of(code)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(String.valueOf(code)).hasMessageContaining("100").hasMessageContaining("999");
        assertThatThrownBy(() -> StatusClass.of(code)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(String.valueOf(code));
    }

    @Test
    void classesAndPredicates() {
        assertThat(StatusCode.of(102).isInformational()).isTrue();
        assertThat(StatusCode.of(226).isSuccess()).isTrue();
        assertThat(StatusCode.of(308).isRedirection()).isTrue();
        assertThat(StatusCode.of(451).isClientError()).isTrue();
        assertThat(StatusCode.of(451).isError()).isTrue();
        assertThat(StatusCode.of(599).isServerError()).isTrue();
        assertThat(StatusCode.of(599).isError()).isTrue();
        assertThat(StatusCode.of(304).isError()).isFalse();
        StatusCode odd = StatusCode.of(600);
        assertThat(odd.isInformational() || odd.isSuccess() || odd.isRedirection() || odd.isClientError()
                || odd.isServerError()).isFalse();
        assertThat(odd.isError()).as("RFC 9110 §15: a client treats an invalid code as a 5xx").isTrue();
        assertThat(odd.isValid()).isFalse();
        assertThat(StatusCode.of(599).isValid()).isTrue();
        assertThat(StatusCode.of(100).isValid()).isTrue();
        assertThat(StatusClass.of(600).label()).isEqualTo("6xx-9xx");
        assertThat(StatusClass.CLIENT_ERROR.contains(499)).isTrue();
        assertThat(StatusClass.CLIENT_ERROR.contains(500)).isFalse();
        assertThat(StatusClass.UNDEFINED.first()).isEqualTo(600);
        assertThat(StatusClass.UNDEFINED.last()).isEqualTo(999);
    }

    @Test
    void valueSemantics() {
        assertThat(StatusCode.of(404)).isEqualTo(StatusCode.NOT_FOUND).hasSameHashCodeAs(StatusCode.NOT_FOUND);
        assertThat(StatusCode.of(404).hashCode()).isEqualTo(404);
        assertThat(StatusCode.of(404)).isNotEqualTo(StatusCode.of(410)).isNotEqualTo("404");
        assertThat(StatusCode.of(200).compareTo(StatusCode.of(404))).isNegative();
        assertThat(StatusCode.of(404)).hasToString("404 Not Found");
        assertThat(StatusCode.of(432)).hasToString("432 Client Error");
    }

    // ---------------------------------------------------------------- parse

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, textBlock = """
            404|404
            404 Not Found|404
            HTTP/1.1 404 Not Found|404
            HTTP/2 404|404
            HTTP/3 200|200
            HTTP/1.0 200 OK|200
            http/2.0 304|304
            Http/1.1 418 I'm a teapot|418
            HTTP/1.1 404|404
            HTTP/1.1  404  Not Found|404
              404  |404
            404 Whatever the server likes!|404
            404\tNot Found|404
            HTTP/1.1 599 Network Connect Timeout Error|599
            100|100
            999|999
            HTTP/1.1 200 Ünïcödé phrase|200
            """)
    void parseAccepts(String text, int code) {
        String unescaped = text.replace("\\t", "\t");
        assertThat(StatusCode.parse(unescaped)).contains(StatusCode.of(code));
        assertThat(StatusCode.parse(new StringBuilder(unescaped))).contains(StatusCode.of(code));
    }

    @Test
    void parseToleratesLineEndsAndTabsAround() {
        assertThat(StatusCode.parse("\tHTTP/1.1 404 Not Found\r\n")).contains(StatusCode.NOT_FOUND);
        assertThat(StatusCode.parse("\n503\n")).contains(StatusCode.SERVICE_UNAVAILABLE);
    }

    @ParameterizedTest(name = "[{0}]")
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t\r\n", "99", "099", "000", "1000", "4040", "40", "4 04", "abc", "404x",
        "404Not Found", "-404", "+404", "404.0", "0x194", "HTTP/1.1", "HTTP/1.1 ", "HTTP/ 404", "HTTP/x 404",
        "HTTP1.1 404", "HTTP/1.1404", "HTTP/12 404", "HTTP/1.12 404", "HTTP/1. 404", "HTTP/1.1 099 Odd",
        "HTTPS/1.1 200 OK", "HTCPCP/1.0 418 I'm a teapot", "404 Not\u0000Found", "404 Not Found\nSet-Cookie: a=b",
        "HTTP/1.1 404 Not\u007fFound", "\u0664\u0660\u0664", "\uff14\uff10\uff14", "status 404", "404 404\u0001"})
    void parseRejects(String text) {
        assertThat(StatusCode.parse(text)).isEmpty();
    }

    @Test
    void parseReturnsTheSharedOptional() {
        assertThat(StatusCode.parse("404")).isSameAs(StatusCode.parse("HTTP/1.1 404 Not Found"));
    }

    // ---------------------------------------------------------------- forName

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            NOT_FOUND                         | 404
            not found                         | 404
            NOT FOUND                         | 404
            Not-Found                         | 404
            not_found                         | 404
            nOt   fOuNd                       | 404
            HTTP_404_NOT_FOUND                | 404
            http_404_not_found                | 404
            I'm a teapot                      | 418
            Im a teapot                       | 418
            I’m a Teapot                      | 418
            IM_A_TEAPOT                       | 418
            I_AM_A_TEAPOT                     | 418
            Request Entity Too Large          | 413
            Payload Too Large                 | 413
            CONTENT_TOO_LARGE                 | 413
            request-uri too long              | 414
            Request-URI Too Large             | 414
            Requested Range Not Satisfiable   | 416
            Unprocessable Entity              | 422
            UNPROCESSABLE_ENTITY              | 422
            Moved Temporarily                 | 302
            Switch Proxy                      | 306
            Unordered Collection              | 425
            Request Time-out                  | 408
            Gateway Time-out                  | 504
            Gateway Timeout                   | 504
            HTTP Version not supported        | 505
            No Response                       | 204
            Unauthorized                      | 401
            Request Header Fields Too Large   | 431
            Client Closed Request             | 499
            Token Required                    | 499
            Enhance Your Calm                 | 420
            Method Failure                    | 420
            Page Expired                      | 419
            Web Server Is Down                | 521
            HTTP_511_NETWORD_AUTHENTICATION_REQUIRED | 511
            HTTP_511_NETWORK_AUTHENTICATION_REQUIRED | 511
            HTTP_306_RESERVED                 | 306
            Upload Resumption Supported       | 104
            TooManyRequests                   | 429
            PaymentRequired                   | 402
            RequestEntityTooLarge             | 413
            notfound                          | 404
            ImATeapot                         | 418
            ClientClosedRequest               | 499
            """)
    void forNameFinds(String name, int code) {
        assertThat(StatusCode.forName(name)).contains(StatusCode.of(code));
    }

    @ParameterizedTest(name = "[{0}]")
    @NullAndEmptySource
    @ValueSource(strings = {" ", "-", "'", "not a status", "NOT_FOUNDX", "found not", "HTTP_999_NOT_FOUND",
        "404", "teapot", "\u0000", "N\u00f6t Found"})
    void forNameRefuses(String name) {
        assertThat(StatusCode.forName(name)).isEmpty();
    }

    @Test
    void forNamePrefersRegisteredThenFormerThenVendor() {
        // "Gateway Timeout" was 503 in 1992 and is 504 today; "No Response" is 1992's 204 and nginx's 444;
        // "Unauthorized" is also AWS ELB's 561.
        assertThat(StatusCode.forName("gateway timeout")).contains(StatusCode.GATEWAY_TIMEOUT);
        assertThat(StatusCode.forName("no response")).contains(StatusCode.NO_CONTENT);
        assertThat(StatusCode.forName("unauthorized")).contains(StatusCode.UNAUTHORIZED);
    }

    @Test
    void forNameIsLenientOnlyInHowANameIsWritten() {
        assertThat(StatusCode.forName("Not\u00a0Found")).contains(StatusCode.NOT_FOUND);
        assertThat(StatusCode.forName("not.found")).contains(StatusCode.NOT_FOUND);
        assertThat(StatusCode.forName("not-found")).contains(StatusCode.NOT_FOUND);
        assertThat(StatusCode.forName("not  found")).contains(StatusCode.NOT_FOUND);
        assertThat(StatusCode.forName("  [Not Found]  ")).contains(StatusCode.NOT_FOUND);
        assertThat(StatusCode.forName("'not found'")).contains(StatusCode.NOT_FOUND);
        assertThat(StatusCode.forName("Im a teapot")).contains(StatusCode.IM_A_TEAPOT);
        assertThat(StatusCode.forName("unprocessableEntity")).contains(StatusCode.of(422));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"Not\u0000Found", "\u0000not found", "\ud83d\ude00not\ud83d\ude00found\ud83d\ude00",
        "n o t f o u n d", "n-o-t-f-o-u-n-d", "not/found", "not,found", "not found!?x", "redirect", "Redirect",
        "Checkpoint", "Resume Incomplete", "Destination Locked", "not fonud", "SC_NOT_FOUND"})
    void forNameRefusesWhatIsNotAName(String name) {
        assertThat(StatusCode.forName(name)).isEmpty();
    }

    @Test
    void vendorPhrasesNameOnlyCodesTheRegistryLeavesOpen() {
        assertThat(StatusCode.forName("client closed request")).contains(StatusCode.of(499));
        assertThat(StatusCode.forName("Method Failure")).contains(StatusCode.of(420));
        // IIS's 451 "Redirect", Spring's 421 "Destination Locked": search finds them, forName does not.
        assertThat(StatusCodes.search("Destination Locked").get(0)).isEqualTo(StatusCode.of(421));
        assertThat(StatusCodes.search("redirect")).doesNotContain(StatusCode.of(451));
    }

    @Test
    void forNameHandlesVeryLongInput() {
        assertThat(StatusCode.forName("not found ".repeat(10_000))).isEmpty();
    }

    // ---------------------------------------------------------------- search

    @ParameterizedTest(name = "[{0}] first {1}")
    @CsvSource(delimiter = '|', textBlock = """
            teapott                  | 418
            teapot                   | 418
            too many request         | 429
            too many requests        | 429
            not found                | 404
            notfound                 | 404
            TooManyRequests          | 429
            gateway timeout          | 504
            bad gatway               | 502
            interal server error     | 500
            forbiden                 | 403
            method not alowed        | 405
            payload too large        | 413
            request entity too large | 413
            unprocessable entity     | 422
            rate limit               | 429
            CSRF                     | 419
            captive portal           | 511
            legal                    | 451
            trailing slash           | 301
            www-authenticate         | 401
            404                      | 404
            5xx                      | 500
            client closed request    | 499
            nginx                    | 444
            cloudflare               | 520
            SC_NOT_FOUND             | 404
            not fonud                | 404
            unprocessableEntity      | 422
            4O4                      | 404
            4o4                      | 404
            40O                      | 400
            5OO                      | 500
            """)
    void searchRanksFirst(String query, int code) {
        List<StatusCode> hits = StatusCodes.search(query);
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).code()).as("%s -> %s", query, hits).isEqualTo(code);
    }

    @Test
    void searchKeepsTheRelevantFew() {
        assertThat(StatusCodes.search("404")).containsExactly(StatusCode.NOT_FOUND);
        List<StatusCode> many = StatusCodes.search("too many request");
        assertThat(many.get(0).code()).isEqualTo(429);
        assertThat(many).hasSizeLessThanOrEqualTo(5).doesNotContain(StatusCode.CONTINUE, StatusCode.OK);
        assertThat(StatusCodes.search("too many request", 0)).hasSizeGreaterThan(20).startsWith(many.get(0));
        assertThat(StatusCodes.search("too many request", 3)).hasSize(3).startsWith(many.get(0));
        assertThat(StatusCodes.search("SC_NOT_FOUND")).startsWith(StatusCode.NOT_FOUND).doesNotContain(StatusCode.FOUND);
        assertThat(StatusCodes.search("sos")).doesNotContain(StatusCode.of(505));
    }

    @Test
    void searchFindsGroups() {
        assertThat(StatusCodes.search("cloudflare")).extracting(StatusCode::code)
                .contains(520, 521, 522, 523, 524, 525, 526, 527, 530);
        assertThat(StatusCodes.search("retry-after").subList(0, 3)).extracting(StatusCode::code)
                .containsExactlyInAnyOrder(413, 429, 503);
        assertThat(StatusCodes.search("redirect")).extracting(StatusCode::code).contains(301, 302, 303, 307, 308);
        assertThat(StatusCodes.search("timeout").subList(0, 2)).extracting(StatusCode::code).containsExactly(408, 504);
    }

    @Test
    void searchForAClassTitleListsTheClass() {
        List<StatusCode> clientErrors = StatusCodes.search("Client Error");
        assertThat(clientErrors).isSorted().allMatch(StatusCode::isClientError).contains(StatusCode.NOT_FOUND);
        assertThat(clientErrors.get(0)).isSameAs(StatusCode.BAD_REQUEST);
        assertThat(StatusCodes.search("server-error").get(0)).isSameAs(StatusCode.INTERNAL_SERVER_ERROR);
        assertThat(StatusCodes.search("informational")).allMatch(StatusCode::isInformational).hasSize(5);
    }

    @ParameterizedTest(name = "[{0}]")
    @NullAndEmptySource
    @ValueSource(strings = {" ", "!!!", "the", "of the", "zzzzqqqq"})
    void searchFindsNothing(String query) {
        assertThat(StatusCodes.search(query)).isEmpty();
    }

    @Test
    void registeredAndAllAreInCodeOrder() {
        assertThat(StatusCodes.inRegistry()).isSorted().doesNotHaveDuplicates();
        assertThat(StatusCodes.known()).isSorted().doesNotHaveDuplicates().containsAll(StatusCodes.inRegistry());
        assertThat(StatusCodes.known()).allMatch(StatusCode::isKnown);
        assertThat(StatusCodes.known()).hasSize(98);
    }
}
