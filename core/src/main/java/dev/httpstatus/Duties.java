package dev.httpstatus;

import static dev.httpstatus.Condition.all;
import static dev.httpstatus.Condition.always;
import static dev.httpstatus.Condition.http1;
import static dev.httpstatus.Condition.judgement;
import static dev.httpstatus.Condition.methodIn;
import static dev.httpstatus.Condition.not;
import static dev.httpstatus.Condition.okWouldCarry;
import static dev.httpstatus.Condition.presumed;
import static dev.httpstatus.Condition.requestHas;
import static dev.httpstatus.Condition.responseHas;
import static dev.httpstatus.FieldValue.any;
import static dev.httpstatus.FieldValue.linkRelation;
import static dev.httpstatus.FieldValue.mediaType;
import static dev.httpstatus.FieldValue.token;
import static dev.httpstatus.FieldValue.unsatisfiedRange;
import static dev.httpstatus.Registry.rfc;
import static dev.httpstatus.Registry.rfc9110;
import static dev.httpstatus.Requirement.MAY;
import static dev.httpstatus.Requirement.MUST;
import static dev.httpstatus.Requirement.MUST_NOT;
import static dev.httpstatus.Requirement.SHOULD;
import static dev.httpstatus.Requirement.SHOULD_NOT;
import static dev.httpstatus.StatusClass.CLIENT_ERROR;
import static dev.httpstatus.StatusClass.INFORMATIONAL;
import static dev.httpstatus.StatusClass.REDIRECTION;
import static dev.httpstatus.StatusClass.SUCCESSFUL;

/**
 * What the RFCs ask of a response with each code: header fields it carries or must not carry, and
 * content it must not have, each with its level, condition and section. One row a duty; the checker's
 * rules, the linter's, the test server's headers and the CLI's checklist are read from here. Loaded
 * only when a program asks for duties (see {@link Catalog.DutyRows}).
 */
final class Duties {

    private Duties() {}

    private static final Subject CONTENT = Subject.CONTENT;
    private static final Condition HEAD = methodIn(Method.HEAD);
    private static final Condition CONNECT = methodIn(Method.CONNECT);
    private static final Condition SINGLE_PART = not(responseHas("Content-Type", mediaType("multipart/byteranges")));
    private static final Condition SAME_AS_200 = okWouldCarry();
    /** A byte-range request: RFC 9110 §14.2 defines range handling for GET only; other methods ignore Range. */
    private static final Condition RANGE_REQUEST = all(methodIn(Method.GET), requestHas("Range"));
    private static final String AS_200 = "when a 200 to the same request would carry it";

    /** The draft IANA cites for 104, which defines the upload resource 104 points at. */
    private static final Reference UPLOAD = new Reference("draft-ietf-httpbis-resumable-upload-05", "4",
            "https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-resumable-upload-05#section-4");

    static final Duty[] ROWS = {
        // id                                  codes                   subject                   level       condition                                    value / example                                when                                                                  reference
        // ---- content
        row("content-in-bodiless-response",    c(INFORMATIONAL, 204, 304), CONTENT,                MUST_NOT,   always(),                       any(), null, "never: the response ends with its header section",                    rfc9110("6.4.1")),
        row("content-in-205",                  c(205),                 CONTENT,                  MUST_NOT,   always(),                       any(), null, "never: the client is only to reset its view",                          rfc9110("15.3.6")),
        row("content-in-head-response",        Duty.Codes.any(),       CONTENT,                  MUST_NOT,   HEAD,                           any(), null, "in answer to HEAD, whatever the code",                                 rfc9110("9.3.2")),
        row("content-length-in-1xx-or-204",    c(INFORMATIONAL, 204),  f("Content-Length"),      MUST_NOT,   always(),                       any(), null, "never: these responses end with their header section",                 rfc9110("8.6")),
        row("content-length-in-2xx-to-connect", c(SUCCESSFUL),         f("Content-Length"),      MUST_NOT,   CONNECT,                        any(), null, "in answer to CONNECT: the connection becomes a tunnel",                rfc9110("8.6")),
        row("transfer-encoding-in-1xx-or-204", c(INFORMATIONAL, 204),  f("Transfer-Encoding"),   MUST_NOT,   always(),                       any(), null, "never: there is no content to encode",                                 rfc(9112, "6.1")),
        row("transfer-encoding-in-2xx-to-connect", c(SUCCESSFUL),      f("Transfer-Encoding"),   MUST_NOT,   CONNECT,                        any(), null, "in answer to CONNECT: the connection becomes a tunnel",                rfc(9112, "6.1")),
        // 408 has no row: RFC 7231 §6.5.7 asked for Connection: close, RFC 9110 §15.5.9 dropped it, and
        // RFC 9112 §9.6 asks any sender that means to close to say so, whatever the code.
        // ---- every response of an origin server
        row("2xx-4xx-without-date",            c(SUCCESSFUL, REDIRECTION, CLIENT_ERROR), f("Date"), MUST, presumed("the origin server has a clock"), any(), "Tue, 15 Nov 1994 08:12:31 GMT", "from an origin server with a clock (1xx and 5xx MAY)", rfc9110("6.6.1")),
        // ---- per code
        row("101-without-upgrade",             c(101),                 f("Upgrade"),             MUST,       always(),                       any(), "websocket", "always: the protocol(s) in effect after this response",                rfc9110("15.2.2")),
        row("101-without-connection-upgrade",  c(101),                 f("Connection"),          MUST,       always(),                       token("upgrade"), "Upgrade", "always, as every sender of Upgrade must",                       rfc9110("7.8")),
        row("103-without-link",                c(103),                 f("Link"),                MAY,        always(),                       any(), "</style.css>; rel=preload; as=style", "to hint at resources the final response will need", rfc(8297, "2")),
        // Only the first 104 of an upload names the upload resource; later ones must not (draft §4, §6).
        row("104-without-location",            c(104),                 f("Location"),            MUST,       judgement("it is the first 104 of a new upload"), any(), "/uploads/42", "on the first 104 of an upload: the resource to resume at", UPLOAD),
        // RFC 9110 gives 201's Location no keyword; without it the target URI is taken as the new
        // resource, so it matters only when the new resource is elsewhere: not for PUT or PATCH,
        // which create the target itself.
        row("201-without-location",            c(201),                 f("Location"),            SHOULD,     not(methodIn(Method.PUT, Method.PATCH)), any(), "/items/42", "when the new resource is not the target itself (POST, not PUT or PATCH)", rfc9110("15.3.2")),
        row("206-without-content-range",       c(206),                 f("Content-Range"),       MUST,       SINGLE_PART,                    any(), "bytes 0-499/1234", "when a single part is sent (not multipart/byteranges)",   rfc9110("15.3.7.1")),
        row("206-multipart-without-content-type", c(206),              f("Content-Type"),        MUST,       judgement("several parts are sent"), mediaType("multipart/byteranges"), "multipart/byteranges; boundary=THIS_STRING_SEPARATES", "as multipart/byteranges when several parts are sent", rfc9110("15.3.7.2")),
        row("206-without-cache-control",       c(206),                 f("Cache-Control"),       MUST,       SAME_AS_200,                    any(), null, AS_200,                                                                 rfc9110("15.3.7")),
        row("206-without-content-location",    c(206),                 f("Content-Location"),    MUST,       SAME_AS_200,                    any(), null, AS_200,                                                                 rfc9110("15.3.7")),
        row("206-without-etag",                c(206),                 f("ETag"),                MUST,       SAME_AS_200,                    any(), null, AS_200,                                                                 rfc9110("15.3.7")),
        row("206-without-expires",             c(206),                 f("Expires"),             MUST,       SAME_AS_200,                    any(), null, AS_200,                                                                 rfc9110("15.3.7")),
        row("206-without-vary",                c(206),                 f("Vary"),                MUST,       SAME_AS_200,                    any(), null, AS_200,                                                                 rfc9110("15.3.7")),
        row("300-without-location",            c(300),                 f("Location"),            SHOULD,     judgement("the server has a preferred choice"), any(), "/choices/en", "when the server has a preferred choice",          rfc9110("15.4.1")),
        row("301-without-location",            c(301),                 f("Location"),            SHOULD,     always(),                       any(), "/new/place", "always: the new permanent URI",                                rfc9110("15.4.2")),
        row("302-without-location",            c(302),                 f("Location"),            SHOULD,     always(),                       any(), "/for/now", "always: the temporary URI",                                        rfc9110("15.4.3")),
        // RFC 9110 words no level for 303's Location, but the redirect means nothing without it.
        row("303-without-location",            c(303),                 f("Location"),            SHOULD,     always(),                       any(), "/orders/42/receipt", "always: the URI of the other resource",                rfc9110("15.4.4")),
        row("304-without-cache-control",       c(304),                 f("Cache-Control"),       MUST,       SAME_AS_200,                    any(), null, AS_200,                                                                 rfc9110("15.4.5")),
        row("304-without-content-location",    c(304),                 f("Content-Location"),    MUST,       SAME_AS_200,                    any(), null, AS_200,                                                                 rfc9110("15.4.5")),
        row("304-without-etag",                c(304),                 f("ETag"),                MUST,       SAME_AS_200,                    any(), null, AS_200,                                                                 rfc9110("15.4.5")),
        row("304-without-expires",             c(304),                 f("Expires"),             MUST,       SAME_AS_200,                    any(), null, AS_200,                                                                 rfc9110("15.4.5")),
        row("304-without-vary",                c(304),                 f("Vary"),                MUST,       SAME_AS_200,                    any(), null, AS_200,                                                                 rfc9110("15.4.5")),
        row("304-with-content-type",           c(304),                 f("Content-Type"),        SHOULD_NOT, always(),                       any(), null, "representation metadata: the cache keeps its own",                     rfc9110("15.4.5")),
        row("304-with-content-encoding",       c(304),                 f("Content-Encoding"),    SHOULD_NOT, always(),                       any(), null, "representation metadata: the cache keeps its own",                     rfc9110("15.4.5")),
        row("304-with-content-language",       c(304),                 f("Content-Language"),    SHOULD_NOT, always(),                       any(), null, "representation metadata: the cache keeps its own",                     rfc9110("15.4.5")),
        // RFC 9110 only deprecates 305; the duty comes from RFC 2616, which defined it.
        row("305-without-location",            c(305),                 f("Location"),            SHOULD,     always(),                       any(), "http://proxy.example:3128/", "the proxy's URI (deprecated: clients ignore it)", rfc(2616, "10.3.6")),
        row("307-without-location",            c(307),                 f("Location"),            SHOULD,     always(),                       any(), "/for/now", "always: the temporary URI",                                        rfc9110("15.4.8")),
        row("308-without-location",            c(308),                 f("Location"),            SHOULD,     always(),                       any(), "/new/place", "always: the new permanent URI",                                rfc9110("15.4.9")),
        row("401-without-www-authenticate",    c(401),                 f("WWW-Authenticate"),    MUST,       always(),                       any(), "Bearer realm=\"api\"", "always: at least one challenge for the target resource", rfc9110("15.5.2")),
        row("405-without-allow",               c(405),                 f("Allow"),               MUST,       always(),                       any(), "GET, HEAD", "always: the methods the target resource supports",              rfc9110("15.5.6")),
        row("407-without-proxy-authenticate",  c(407),                 f("Proxy-Authenticate"),  MUST,       always(),                       any(), "Basic realm=\"proxy\"", "always: at least one challenge for the proxy",       rfc9110("15.5.8")),
        row("413-without-retry-after",         c(413),                 f("Retry-After"),         SHOULD,     judgement("the condition is temporary"), any(), "120", "when the condition is temporary",                          rfc9110("15.5.14")),
        // RFC 9110 says "ought to" here: recorded as SHOULD.
        row("415-without-accept-encoding",     c(415),                 f("Accept-Encoding"),     SHOULD,     judgement("an unsupported content coding caused it"), any(), "gzip", "when an unsupported content coding caused it: the codings accepted", rfc9110("15.5.16")),
        row("415-with-accept-encoding",        c(415),                 f("Accept-Encoding"),     MUST_NOT,   judgement("the failure has nothing to do with content coding"), any(), null, "when the failure has nothing to do with content coding", rfc9110("12.5.3")),
        row("416-without-content-range",       c(416),                 f("Content-Range"),       SHOULD,     RANGE_REQUEST,                  unsatisfiedRange(), "bytes */1234", "for a range request: the current length",        rfc9110("15.5.17")),
        // Upgrade and Connection are connection-specific: HTTP/2 and HTTP/3 forbid them (RFC 9113 §8.2.2).
        row("426-without-upgrade",             c(426),                 f("Upgrade"),             MUST,       http1(),                        any(), "HTTP/3.0", "on HTTP/1.x: the protocol(s) the client must switch to",          rfc9110("15.5.22")),
        row("426-without-connection-upgrade",  c(426),                 f("Connection"),          MUST,       http1(),                        token("upgrade"), "Upgrade", "on HTTP/1.x, as every sender of Upgrade must",           rfc9110("7.8")),
        row("429-without-retry-after",         c(429),                 f("Retry-After"),         MAY,        always(),                       any(), "3600", "to say how long to wait before retrying",                            rfc(6585, "4")),
        row("451-without-blocked-by-link",     c(451),                 f("Link"),                SHOULD,     always(),                       linkRelation("blocked-by"), "<https://authority.example/>; rel=\"blocked-by\"", "naming who demands the block", rfc(7725, "4")),
        row("503-without-retry-after",         c(503),                 f("Retry-After"),         MAY,        always(),                       any(), "120", "to say when to try again",                                            rfc9110("15.6.4")),
    };

    private static Duty row(String id, Duty.Codes codes, Subject subject, Requirement level, Condition when,
            FieldValue value, String example, String prose, Reference reference) {
        return new Duty(id, codes, subject, level, when, value, example, prose, reference);
    }

    private static Duty.Codes c(Object... codes) {
        return Duty.Codes.of(codes);
    }

    private static Subject f(String field) {
        return Subject.field(field);
    }
}
