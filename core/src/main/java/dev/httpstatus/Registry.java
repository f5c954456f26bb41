package dev.httpstatus;

import static dev.httpstatus.Registration.OBSOLETED;
import static dev.httpstatus.Registration.REGISTERED;
import static dev.httpstatus.Registration.RESERVED;
import static dev.httpstatus.Registration.TEMPORARY;

import java.time.LocalDate;

/**
 * The IANA HTTP Status Code registry, one row a code, in code order.
 *
 * <p>Columns: code, Java constant, current reason phrase, registry status, defining sections.
 * Everything else about a code (history, vendor meanings, header duties, descriptions) lives in the
 * sibling tables, keyed by the code; {@link Catalog} joins them.
 */
final class Registry {

    private Registry() {}

    record Row(int code, String constant, String phrase, Registration registration, Reference... references) {}

    // IANA: "TEMPORARY - registered 2024-11-13, extension registered 2025-09-15, expires 2026-11-13".
    static final LocalDate TEMPORARY_104_REGISTERED = LocalDate.of(2024, 11, 13);
    static final LocalDate TEMPORARY_104_EXPIRES = LocalDate.of(2026, 11, 13);

    /** The draft revision the IANA entry for 104 cites. */
    static final Reference RESUMABLE_UPLOAD = new Reference("draft-ietf-httpbis-resumable-upload-05", "",
            "https://datatracker.ietf.org/doc/draft-ietf-httpbis-resumable-upload/05/");
    static final Reference EXPERIMENTS_TO_HISTORIC = new Reference("status-change-http-experiments-to-historic", "",
            "https://datatracker.ietf.org/doc/status-change-http-experiments-to-historic/");

    static final Row[] ROWS = {
        row(100, "CONTINUE",                        "Continue",                        rfc9110("15.2.1")),
        row(101, "SWITCHING_PROTOCOLS",             "Switching Protocols",             rfc9110("15.2.2")),
        row(102, "PROCESSING",                      "Processing",                      rfc(2518, "10.1")),
        row(103, "EARLY_HINTS",                     "Early Hints",                     rfc(8297, "2")),
        new Row(104, "UPLOAD_RESUMPTION_SUPPORTED", "Upload Resumption Supported", TEMPORARY, RESUMABLE_UPLOAD),
        row(200, "OK",                              "OK",                              rfc9110("15.3.1")),
        row(201, "CREATED",                         "Created",                         rfc9110("15.3.2")),
        row(202, "ACCEPTED",                        "Accepted",                        rfc9110("15.3.3")),
        row(203, "NON_AUTHORITATIVE_INFORMATION",   "Non-Authoritative Information",   rfc9110("15.3.4")),
        row(204, "NO_CONTENT",                      "No Content",                      rfc9110("15.3.5")),
        row(205, "RESET_CONTENT",                   "Reset Content",                   rfc9110("15.3.6")),
        row(206, "PARTIAL_CONTENT",                 "Partial Content",                 rfc9110("15.3.7")),
        row(207, "MULTI_STATUS",                    "Multi-Status",                    rfc(4918, "11.1")),
        row(208, "ALREADY_REPORTED",                "Already Reported",                rfc(5842, "7.1")),
        row(226, "IM_USED",                         "IM Used",                         rfc(3229, "10.4.1")),
        row(300, "MULTIPLE_CHOICES",                "Multiple Choices",                rfc9110("15.4.1")),
        row(301, "MOVED_PERMANENTLY",               "Moved Permanently",               rfc9110("15.4.2")),
        row(302, "FOUND",                           "Found",                           rfc9110("15.4.3")),
        row(303, "SEE_OTHER",                       "See Other",                       rfc9110("15.4.4")),
        row(304, "NOT_MODIFIED",                    "Not Modified",                    rfc9110("15.4.5")),
        row(305, "USE_PROXY",                       "Use Proxy",                       rfc9110("15.4.6")),
        new Row(306, "UNUSED",                      "Unused",   RESERVED,              rfc9110("15.4.7")),
        row(307, "TEMPORARY_REDIRECT",              "Temporary Redirect",              rfc9110("15.4.8")),
        row(308, "PERMANENT_REDIRECT",              "Permanent Redirect",              rfc9110("15.4.9")),
        row(400, "BAD_REQUEST",                     "Bad Request",                     rfc9110("15.5.1")),
        row(401, "UNAUTHORIZED",                    "Unauthorized",                    rfc9110("15.5.2")),
        row(402, "PAYMENT_REQUIRED",                "Payment Required",                rfc9110("15.5.3")),
        row(403, "FORBIDDEN",                       "Forbidden",                       rfc9110("15.5.4")),
        row(404, "NOT_FOUND",                       "Not Found",                       rfc9110("15.5.5")),
        row(405, "METHOD_NOT_ALLOWED",              "Method Not Allowed",              rfc9110("15.5.6")),
        row(406, "NOT_ACCEPTABLE",                  "Not Acceptable",                  rfc9110("15.5.7")),
        row(407, "PROXY_AUTHENTICATION_REQUIRED",   "Proxy Authentication Required",   rfc9110("15.5.8")),
        row(408, "REQUEST_TIMEOUT",                 "Request Timeout",                 rfc9110("15.5.9")),
        row(409, "CONFLICT",                        "Conflict",                        rfc9110("15.5.10")),
        row(410, "GONE",                            "Gone",                            rfc9110("15.5.11")),
        row(411, "LENGTH_REQUIRED",                 "Length Required",                 rfc9110("15.5.12")),
        row(412, "PRECONDITION_FAILED",             "Precondition Failed",             rfc9110("15.5.13")),
        row(413, "CONTENT_TOO_LARGE",               "Content Too Large",               rfc9110("15.5.14")),
        row(414, "URI_TOO_LONG",                    "URI Too Long",                    rfc9110("15.5.15")),
        row(415, "UNSUPPORTED_MEDIA_TYPE",          "Unsupported Media Type",          rfc9110("15.5.16")),
        row(416, "RANGE_NOT_SATISFIABLE",           "Range Not Satisfiable",           rfc9110("15.5.17")),
        row(417, "EXPECTATION_FAILED",              "Expectation Failed",              rfc9110("15.5.18")),
        new Row(418, "IM_A_TEAPOT",                 "I'm a teapot", RESERVED,          rfc9110("15.5.19"), rfc(2324, "2.3.2"), rfc(7168, "2.3.3")),
        row(421, "MISDIRECTED_REQUEST",             "Misdirected Request",             rfc9110("15.5.20")),
        row(422, "UNPROCESSABLE_CONTENT",           "Unprocessable Content",           rfc9110("15.5.21")),
        row(423, "LOCKED",                          "Locked",                          rfc(4918, "11.3")),
        row(424, "FAILED_DEPENDENCY",               "Failed Dependency",               rfc(4918, "11.4")),
        row(425, "TOO_EARLY",                       "Too Early",                       rfc(8470, "5.2")),
        row(426, "UPGRADE_REQUIRED",                "Upgrade Required",                rfc9110("15.5.22")),
        row(428, "PRECONDITION_REQUIRED",           "Precondition Required",           rfc(6585, "3")),
        row(429, "TOO_MANY_REQUESTS",               "Too Many Requests",               rfc(6585, "4")),
        row(431, "REQUEST_HEADER_FIELDS_TOO_LARGE", "Request Header Fields Too Large", rfc(6585, "5")),
        row(451, "UNAVAILABLE_FOR_LEGAL_REASONS",   "Unavailable For Legal Reasons",   rfc(7725, "3")),
        row(500, "INTERNAL_SERVER_ERROR",           "Internal Server Error",           rfc9110("15.6.1")),
        row(501, "NOT_IMPLEMENTED",                 "Not Implemented",                 rfc9110("15.6.2")),
        row(502, "BAD_GATEWAY",                     "Bad Gateway",                     rfc9110("15.6.3")),
        row(503, "SERVICE_UNAVAILABLE",             "Service Unavailable",             rfc9110("15.6.4")),
        row(504, "GATEWAY_TIMEOUT",                 "Gateway Timeout",                 rfc9110("15.6.5")),
        row(505, "HTTP_VERSION_NOT_SUPPORTED",      "HTTP Version Not Supported",      rfc9110("15.6.6")),
        row(506, "VARIANT_ALSO_NEGOTIATES",         "Variant Also Negotiates",         rfc(2295, "8.1")),
        row(507, "INSUFFICIENT_STORAGE",            "Insufficient Storage",            rfc(4918, "11.5")),
        row(508, "LOOP_DETECTED",                   "Loop Detected",                   rfc(5842, "7.2")),
        new Row(510, "NOT_EXTENDED",                "Not Extended", OBSOLETED,         rfc(2774, "7"), EXPERIMENTS_TO_HISTORIC),
        row(511, "NETWORK_AUTHENTICATION_REQUIRED", "Network Authentication Required", rfc(6585, "6")),
    };

    /** The DRF constant name where Django REST framework's differs from HTTP_{code}_{CONSTANT}. */
    static String drfNameOverride(int code) {
        return switch (code) {
            case 306 -> "HTTP_306_RESERVED";
            case 413 -> "HTTP_413_REQUEST_ENTITY_TOO_LARGE";
            case 414 -> "HTTP_414_REQUEST_URI_TOO_LONG";
            case 416 -> "HTTP_416_REQUESTED_RANGE_NOT_SATISFIABLE";
            case 422 -> "HTTP_422_UNPROCESSABLE_ENTITY";
            default -> null;
        };
    }

    private static Row row(int code, String constant, String phrase, Reference... references) {
        return new Row(code, constant, phrase, REGISTERED, references);
    }

    static Reference rfc9110(String section) {
        return Reference.rfc(9110, section);
    }

    static Reference rfc(int number, String section) {
        return Reference.rfc(number, section);
    }
}
