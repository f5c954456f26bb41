package dev.httpstatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Duties judged against recorded exchanges, including records that say little. */
class DutyTest {

    /** An exchange as a record holds it; null request/response fields mean "not recorded". */
    private static final class Seen implements Observation {
        Method method;
        Map<String, List<String>> request = new HashMap<>();
        Map<String, List<String>> response = new HashMap<>();
        Integer version = 1;
        Truth content = Truth.FALSE;
        Truth okCarries = Truth.UNKNOWN;

        Seen method(Method m) {
            method = m;
            return this;
        }

        Seen response(String name, String... values) {
            response.put(name.toLowerCase(Locale.ROOT), List.of(values));
            return this;
        }

        Seen request(String name, String... values) {
            request.put(name.toLowerCase(Locale.ROOT), List.of(values));
            return this;
        }

        @Override
        public Optional<Method> method() {
            return Optional.ofNullable(method);
        }

        @Override
        public Optional<List<String>> requestValues(String field) {
            return request == null ? Optional.empty() : Optional.of(request.getOrDefault(field.toLowerCase(Locale.ROOT), List.of()));
        }

        @Override
        public Optional<List<String>> responseValues(String field) {
            return response == null ? Optional.empty() : Optional.of(response.getOrDefault(field.toLowerCase(Locale.ROOT), List.of()));
        }

        @Override
        public OptionalInt httpMajorVersion() {
            return version == null ? OptionalInt.empty() : OptionalInt.of(version);
        }

        @Override
        public Truth hasContent() {
            return content;
        }

        @Override
        public Truth okWouldCarry(String field) {
            return okCarries;
        }
    }

    private static Duty duty(String id) {
        return Duty.all().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aMissingRequiredFieldBreaksTheDuty() {
        Duty allow = duty("405-without-allow");
        assertThat(allow.isBrokenBy(StatusCode.METHOD_NOT_ALLOWED, new Seen())).isEqualTo(Truth.TRUE);
        assertThat(allow.isBrokenBy(StatusCode.METHOD_NOT_ALLOWED, new Seen().response("allow", "GET"))).isEqualTo(Truth.FALSE);
        assertThat(allow.isBrokenBy(StatusCode.NOT_FOUND, new Seen())).as("not a 405").isEqualTo(Truth.FALSE);
        Seen unrecorded = new Seen();
        unrecorded.response = null;
        assertThat(allow.isBrokenBy(StatusCode.METHOD_NOT_ALLOWED, unrecorded)).isEqualTo(Truth.UNKNOWN);
    }

    @Test
    void valueRequirementsAreChecked() {
        Duty link = duty("451-without-blocked-by-link");
        assertThat(link.isBrokenBy(StatusCode.UNAVAILABLE_FOR_LEGAL_REASONS,
                new Seen().response("Link", "<https://a.example/>; rel=\"blocked-by\""))).isEqualTo(Truth.FALSE);
        assertThat(link.isBrokenBy(StatusCode.UNAVAILABLE_FOR_LEGAL_REASONS,
                new Seen().response("Link", "<https://a.example/?rel=blocked-by>; rel=\"author\""))).isEqualTo(Truth.TRUE);
        Duty range = duty("416-without-content-range");
        Seen ranged = new Seen().method(Method.GET).request("Range", "bytes=500-");
        assertThat(range.isBrokenBy(StatusCode.RANGE_NOT_SATISFIABLE, ranged.response("Content-Range", "bytes */100")))
                .isEqualTo(Truth.FALSE);
        assertThat(range.isBrokenBy(StatusCode.RANGE_NOT_SATISFIABLE, new Seen().method(Method.GET).request("Range", "bytes=5-")
                .response("Content-Range", "bytes 0-9/100"))).isEqualTo(Truth.TRUE);
        assertThat(range.isBrokenBy(StatusCode.RANGE_NOT_SATISFIABLE, new Seen().method(Method.GET))).as("no Range asked").isEqualTo(Truth.FALSE);
        // RFC 9110 §14.2: only GET defines range handling, so a PUT carrying Range is not a range request
        assertThat(range.isBrokenBy(StatusCode.RANGE_NOT_SATISFIABLE, new Seen().method(Method.PUT).request("Range", "bytes=5-")))
                .as("Range on PUT").isEqualTo(Truth.FALSE);
        Duty upgrade = duty("101-without-connection-upgrade");
        assertThat(upgrade.isBrokenBy(StatusCode.SWITCHING_PROTOCOLS, new Seen().response("Connection", "keep-alive, Upgrade")))
                .isEqualTo(Truth.FALSE);
        assertThat(upgrade.isBrokenBy(StatusCode.SWITCHING_PROTOCOLS, new Seen().response("Connection", "keep-alive")))
                .isEqualTo(Truth.TRUE);
    }

    @Test
    void conditionsDecideWhetherTheDutyApplies() {
        Duty location = duty("201-without-location");
        assertThat(location.isBrokenBy(StatusCode.CREATED, new Seen().method(Method.POST))).isEqualTo(Truth.TRUE);
        assertThat(location.isBrokenBy(StatusCode.CREATED, new Seen().method(Method.PUT))).isEqualTo(Truth.FALSE);
        assertThat(location.isBrokenBy(StatusCode.CREATED, new Seen())).as("method not recorded").isEqualTo(Truth.UNKNOWN);
        Duty upgrade = duty("426-without-upgrade");
        Seen h2 = new Seen();
        h2.version = 2;
        assertThat(upgrade.isBrokenBy(StatusCode.UPGRADE_REQUIRED, h2)).as("HTTP/2 forbids Upgrade").isEqualTo(Truth.FALSE);
        assertThat(upgrade.isBrokenBy(StatusCode.UPGRADE_REQUIRED, new Seen())).isEqualTo(Truth.TRUE);
        Duty range = duty("206-without-content-range");
        assertThat(range.isBrokenBy(StatusCode.PARTIAL_CONTENT,
                new Seen().response("Content-Type", "multipart/byteranges; boundary=x"))).isEqualTo(Truth.FALSE);
        assertThat(range.isBrokenBy(StatusCode.PARTIAL_CONTENT, new Seen().response("Content-Type", "text/plain")))
                .isEqualTo(Truth.TRUE);
    }

    @Test
    void judgementsAndOtherExchangesAreUnknownUntilSomeoneKnows() {
        Duty temporary = duty("413-without-retry-after");
        assertThat(temporary.isBrokenBy(StatusCode.CONTENT_TOO_LARGE, new Seen())).isEqualTo(Truth.UNKNOWN);
        assertThat(temporary.condition().observability()).isEqualTo(Condition.Observability.NONE);
        Duty etag = duty("304-without-etag");
        assertThat(etag.isBrokenBy(StatusCode.NOT_MODIFIED, new Seen())).isEqualTo(Truth.UNKNOWN);
        Seen after200 = new Seen();
        after200.okCarries = Truth.TRUE;
        assertThat(etag.isBrokenBy(StatusCode.NOT_MODIFIED, after200)).isEqualTo(Truth.TRUE);
        assertThat(etag.condition().observability()).isEqualTo(Condition.Observability.CAPTURE);
        assertThat(duty("2xx-4xx-without-date").condition().observability()).isEqualTo(Condition.Observability.PRESUMED);
    }

    @Test
    void prohibitionsOfFieldsAndContent() {
        Duty length = duty("content-length-in-1xx-or-204");
        assertThat(length.isBrokenBy(StatusCode.NO_CONTENT, new Seen().response("Content-Length", "0"))).isEqualTo(Truth.TRUE);
        assertThat(length.isBrokenBy(StatusCode.NO_CONTENT, new Seen())).isEqualTo(Truth.FALSE);
        Duty head = duty("content-in-head-response");
        Seen withBody = new Seen().method(Method.HEAD);
        withBody.content = Truth.TRUE;
        assertThat(head.isBrokenBy(StatusCode.OK, withBody)).isEqualTo(Truth.TRUE);
        withBody.content = Truth.UNKNOWN;
        assertThat(head.isBrokenBy(StatusCode.OK, withBody)).isEqualTo(Truth.UNKNOWN);
        assertThat(head.isBrokenBy(StatusCode.OK, new Seen().method(Method.GET))).isEqualTo(Truth.FALSE);
    }

    @Test
    void conditionsDescribeThemselves() {
        assertThat(duty("201-without-location").condition().describe()).isEqualTo("the request method is not PATCH or PUT");
        assertThat(duty("content-in-head-response").condition().describe()).isEqualTo("the request method is HEAD");
        assertThat(duty("206-without-content-range").condition().describe())
                .isEqualTo("the response does not carry Content-Type as multipart/byteranges");
        assertThat(duty("405-without-allow")).hasToString(
                "MUST send Allow (always: the methods the target resource supports; RFC 9110 §15.5.6)");
        assertThat(duty("451-without-blocked-by-link").toString()).contains("Link with rel=\"blocked-by\"");
        assertThat(Condition.all(Condition.http1(), Condition.requestHas("Range")).describe())
                .isEqualTo("the exchange is HTTP/1.x and the request carried Range");
    }

    @Test
    void truthIsKleenes() {
        assertThat(Truth.TRUE.and(Truth.UNKNOWN)).isEqualTo(Truth.UNKNOWN);
        assertThat(Truth.FALSE.and(Truth.UNKNOWN)).isEqualTo(Truth.FALSE);
        assertThat(Truth.UNKNOWN.and(Truth.FALSE)).isEqualTo(Truth.FALSE);
        assertThat(Truth.UNKNOWN.not()).isEqualTo(Truth.UNKNOWN);
        assertThat(Truth.TRUE.not()).isEqualTo(Truth.FALSE);
    }
}
