package dev.httpstatus;

import static dev.httpstatus.Registry.rfc;

/**
 * Reason phrases codes carried in earlier specifications, oldest first within a code.
 *
 * <p>Each phrase cites the earliest document that used it. The 1992 list is the first HTTP status list (the W3C's "HTRESP" page of the HTTP/1.0 draft);
 * RFC 1945 is HTTP/1.0, RFC 2068 and RFC 2616 are HTTP/1.1's first two editions, RFC 7231–7233
 * its 2014 edition. RFC 9110 (2022) gives today's phrases, in {@link Registry}.
 */
final class History {

    private History() {}

    record Row(int code, String phrase, Reference source) {}

    static final Reference HTTP_1992 = new Reference("HTTP 1992 draft (HTRESP)", "",
            "https://www.w3.org/Protocols/HTTP/HTRESP.html");

    static final Row[] ROWS = {
        new Row(203, "Partial Information",                HTTP_1992),
        new Row(204, "No Response",                        HTTP_1992),
        new Row(301, "Moved",                              HTTP_1992),
        new Row(302, "Moved Temporarily",                  rfc(1945, "9.3")),
        new Row(303, "Method",                             HTTP_1992),
        new Row(306, "Switch Proxy",                       new Reference("draft-cohen-http-305-306-responses", "",
                "https://datatracker.ietf.org/doc/draft-cohen-http-305-306-responses/")),
        new Row(408, "Request Time-out",                   rfc(2068, "6.1.1")),
        new Row(413, "Request Entity Too Large",           rfc(2068, "6.1.1")),
        new Row(413, "Payload Too Large",                  rfc(7231, "6.5.11")),
        new Row(414, "Request-URI Too Large",              rfc(2068, "6.1.1")),
        new Row(414, "Request-URI Too Long",               rfc(2068, "10.4.15")),
        new Row(416, "Requested Range Not Satisfiable",    rfc(2616, "10.4.17")),
        new Row(422, "Unprocessable Entity",               rfc(4918, "11.2")),
        new Row(425, "Unordered Collection",               new Reference("draft-ietf-webdav-collection-protocol", "",
                "https://datatracker.ietf.org/doc/draft-ietf-webdav-collection-protocol/")),
        new Row(500, "Internal Error",                     HTTP_1992),
        new Row(502, "Service Temporarily Overloaded",     HTTP_1992),
        new Row(503, "Gateway Timeout",                    HTTP_1992),
        new Row(504, "Gateway Time-out",                   rfc(2068, "6.1.1")),
        new Row(505, "HTTP Version not supported",         rfc(2068, "6.1.1")),
    };
}
