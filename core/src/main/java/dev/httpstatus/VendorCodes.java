package dev.httpstatus;

/**
 * Well-known codes and meanings from outside the IANA registry, with who uses them.
 *
 * <p>A vendor is named by one plain name (no qualifiers in brackets), so every view can show it
 * as "phrase (vendor)". Within a code the most widely met meaning comes first; it gives the reason phrase of a code
 * that has no registered one. A registered code may appear here too (451, 420 …): the vendor
 * meaning then sits beside the registered one, it never replaces it.
 */
final class VendorCodes {

    private VendorCodes() {}

    record Row(int code, String phrase, String vendor, String note, boolean retryable) {}

    static final Row[] ROWS = {
        row(103, "Checkpoint",                          "Google Gears", "Used by Gears' resumable-requests proposal before Early Hints took the number."),
        row(218, "This Is Fine",                        "Apache HTTP Server", "An internal marker used with ProxyErrorOverride so that an upstream error body passes through."),
        row(308, "Resume Incomplete",                   "Google", "Resumable uploads to Google Cloud Storage and Drive answer it mid-upload, with a Range header and no Location."),
        row(419, "Page Expired",                        "Laravel", "The CSRF token of a form was missing or had expired."),
        row(419, "Insufficient Space on Resource",      "Spring Framework", "A WebDAV draft's meaning Spring kept as a deprecated constant."),
        row(420, "Enhance Your Calm",                   "Twitter", "API v1 rate-limited clients with it; later versions use 429."),
        row(420, "Method Failure",                      "Spring Framework", "A method failed; deprecated by Spring itself."),
        row(421, "Destination Locked",                  "Spring Framework", "A WebDAV draft's meaning Spring kept as a deprecated constant, before 421 was registered."),
        row(430, "Request Header Fields Too Large",     "Shopify", "Shopify refused the request on security grounds, or (earlier) for fetching too many URLs too fast."),
        row(440, "Login Time-out",                      "Microsoft IIS", "The client's session expired and it must log in again."),
        row(444, "No Response",                         "nginx", "nginx closed the connection without sending any response, usually to shed unwanted traffic."),
        row(449, "Retry With",                          "Microsoft IIS", "The request lacked information; retry after supplying it."),
        row(450, "Blocked by Windows Parental Controls", "Microsoft Windows", "Parental controls blocked access to the page."),
        row(451, "Redirect",                            "Microsoft IIS", "Exchange ActiveSync tells the client to reconnect to another server, named in an X-MS-Location header."),
        row(460, "Client Closed Connection",            "AWS Elastic Load Balancing", "The client closed the connection before the load balancer's idle timeout passed."),
        row(463, "Too Many Forwarded Addresses",        "AWS Elastic Load Balancing", "The X-Forwarded-For header carried more than 30 IP addresses."),
        row(464, "Incompatible Protocol Versions",      "AWS Elastic Load Balancing", "The client's protocol version does not match the target group's."),
        row(494, "Request Header Too Large",            "nginx", "A request header exceeded nginx's large_client_header_buffers."),
        row(495, "SSL Certificate Error",               "nginx", "The client presented an invalid TLS certificate."),
        row(496, "SSL Certificate Required",            "nginx", "A client certificate was required but none was presented."),
        row(497, "HTTP Request Sent to HTTPS Port",     "nginx", "A plain-HTTP request arrived on a port that expects TLS."),
        row(498, "Invalid Token",                       "Esri ArcGIS", "The token in the request was expired or otherwise invalid."),
        row(499, "Client Closed Request",               "nginx", "The client closed the connection while nginx was still working on the request; logged, never sent."),
        row(499, "Token Required",                      "Esri ArcGIS", "The request needed a token and carried none."),
        row(509, "Bandwidth Limit Exceeded",            "Apache HTTP Server", "A bandwidth-limiting module (as on cPanel hosting) says the site used up what its plan allows."),
        retryable(520, "Web Server Returned an Unknown Error", "Cloudflare", "The origin answered with something empty, unknown or unexpected."),
        retryable(521, "Web Server Is Down",            "Cloudflare", "The origin refused Cloudflare's connection."),
        retryable(522, "Connection Timed Out",          "Cloudflare", "Cloudflare could not complete a TCP handshake with the origin in time."),
        retryable(523, "Origin Is Unreachable",         "Cloudflare", "Cloudflare found no route to the origin (DNS or routing)."),
        retryable(524, "A Timeout Occurred",            "Cloudflare", "The origin accepted the connection but did not answer in time."),
        row(525, "SSL Handshake Failed",                "Cloudflare", "The TLS handshake between Cloudflare and the origin failed."),
        row(526, "Invalid SSL Certificate",             "Cloudflare", "The origin's certificate could not be validated."),
        retryable(527, "Railgun Error",                 "Cloudflare", "The Railgun link to the origin failed; Railgun is retired."),
        retryable(529, "Site Is Overloaded",            "Qualys SSL Labs", "The service is overloaded; try again later."),
        row(530, "Origin DNS Error",                    "Cloudflare", "Sent with a 1xxx error page, most often when the origin's name does not resolve."),
        row(530, "Site Is Frozen",                      "Pantheon", "The site was frozen after a long time without use."),
        row(540, "Temporarily Disabled",                "Shopify", "The endpoint asked for has been switched off for a while."),
        row(561, "Unauthorized",                        "AWS Elastic Load Balancing", "The identity provider rejected the user during load-balancer authentication."),
        retryable(598, "Network Read Timeout Error",    "HTTP proxies", "Informal: some proxies answer it when reading the upstream response timed out."),
        retryable(599, "Network Connect Timeout Error", "HTTP proxies", "Informal: some proxies answer it when connecting to the upstream server timed out."),
        row(783, "Unexpected Token",                    "Shopify", "The request's JSON could not be parsed."),
        row(999, "Request Denied",                      "LinkedIn", "LinkedIn refuses the request, typically to an automated client."),
    };

    private static Row row(int code, String phrase, String vendor, String note) {
        return new Row(code, phrase, vendor, note, false);
    }

    private static Row retryable(int code, String phrase, String vendor, String note) {
        return new Row(code, phrase, vendor, note, true);
    }
}
