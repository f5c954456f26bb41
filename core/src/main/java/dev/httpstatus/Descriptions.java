package dev.httpstatus;

/**
 * Our own two-or-three-sentence account of each known code: when a server sends it and what a
 * client does on receiving it. One case per code; where a number has both a registered and a vendor
 * meaning, the text covers the registered one and names the vendor use. {@code null} for a code no
 * table knows, which then gets its class's account from {@link #ofClass(StatusClass)}.
 */
final class Descriptions {

    private Descriptions() {}

    static String of(int code) {
        return switch (code) {
            // ------------------------------------------------------------------ 1xx
            case 100 -> "An interim answer to a request that carried Expect: 100-continue: the server has read"
                    + " the headers and is ready for the body. The client goes on sending the content and then"
                    + " waits for the final status; a client that never asked for it just skips it.";
            case 101 -> "The server accepts the client's Upgrade request and, straight after this response,"
                    + " speaks the protocol named in its own Upgrade header (WebSocket is the usual case)."
                    + " The client switches too; the final answer to the request arrives in the new protocol.";
            case 102 -> "An interim response from the first WebDAV specification (RFC 2518) telling the client that a"
                    + " long request arrived and is still being worked on, so it should not time out. RFC 4918"
                    + " dropped it and few servers send it now; clients keep waiting for the final status.";
            case 103 -> "An interim response carrying Link headers (preload, preconnect) before the final response"
                    + " is ready, so a browser can start fetching what the page will need. Clients may act on the"
                    + " hints or ignore them; the real status follows. Google Gears' resumable-requests proposal"
                    + " once used 103 for \"Checkpoint\".";
            case 104 -> "An interim response from the IETF resumable-uploads draft: while an upload is arriving, the"
                    + " server tells the client that it can resume the upload later and where (Location). The"
                    + " number holds only a temporary IANA registration (November 2024, extended in 2025) tied to"
                    + " the draft; clients that do not implement resumable uploads ignore it.";
            // ------------------------------------------------------------------ 2xx
            case 200 -> "The request worked. For GET the content is the resource's current representation, for"
                    + " POST the outcome of the action, for PUT, PATCH or DELETE usually a report of what changed."
                    + " Caches may store it without explicit freshness information.";
            case 201 -> "The request created one or more resources, most often after POST to a collection or PUT to"
                    + " a new URI. The Location header names the main new resource; without it, the target URI is"
                    + " the new resource. Clients keep that URI for later requests.";
            case 202 -> "The server has queued the request but not carried it out, and may still refuse it when it"
                    + " does; HTTP cannot report the final outcome later. The content should point to a status"
                    + " monitor the client can poll; many APIs also name it in Location, which RFC 9110 does not"
                    + " define for 202.";
            case 203 -> "A 200 whose content a transforming proxy has changed from what the origin sent (recompressed"
                    + " images, added annotations). Clients use it like 200 but know it is not the origin's own."
                    + " The 1992 HTTP draft called it \"Partial Information\": metadata from a private overlay"
                    + " rather than from the origin.";
            case 204 -> "The request succeeded and there is deliberately no content: common after DELETE, or after"
                    + " PUT or PATCH when nothing needs returning. A browser stays on the current page; headers"
                    + " such as ETag still apply. The 1992 draft called it \"No Response\".";
            case 205 -> "The request succeeded and the client should reset the view that sent it, for example clear"
                    + " a form so that the next entry can be typed. The response never carries content.";
            case 206 -> "The server sends only the byte ranges the client asked for in its Range header: one range"
                    + " described by Content-Range, or several as multipart/byteranges. Clients use it to resume"
                    + " downloads and seek in media; unlike 204 and 304 it carries content, and it may be cached.";
            case 207 -> "WebDAV (RFC 4918): the outcome of several operations packed into one XML multistatus body,"
                    + " each with its own status. The 207 itself says nothing about success; clients must read"
                    + " every part.";
            case 208 -> "WebDAV bindings (RFC 5842): used inside a multistatus body for a collection already listed"
                    + " earlier in the same response, so that members reachable through several bindings are not"
                    + " listed again. Clients skip the repeat.";
            case 226 -> "Delta encoding (RFC 3229): the server answered a GET with the result of instance"
                    + " manipulations, such as a diff against a version the client already holds, instead of the"
                    + " full representation. Only clients that asked for it with A-IM get it; they apply it to"
                    + " their cached copy.";
            // ------------------------------------------------------------------ 3xx
            case 300 -> "The target has several representations (languages, formats) and the server lets the client"
                    + " choose; the content should list them, and a Location header may name the one the server"
                    + " prefers, which a client may follow automatically. Rare in practice.";
            case 301 -> "The resource has a new permanent URI, given in Location; clients follow it and update"
                    + " bookmarks and links. Browsers may turn POST into GET when following it, so use 308 when the"
                    + " method must be kept; an API answering PUT or POST with 301 usually means the URI lacks its"
                    + " trailing slash. The 1992 draft called it \"Moved\".";
            case 302 -> "The resource is temporarily at the URI in Location, and the client keeps using the original"
                    + " URI for later requests. Browsers turn POST into GET when following it, which is why 303 and"
                    + " 307 exist to make the intent explicit. RFC 1945 called it \"Moved Temporarily\".";
            case 303 -> "Sends the client to another resource, named in Location, to be fetched with GET: typically"
                    + " the result page after a POST, so that reloading does not resubmit the form. Clients switch"
                    + " to GET (or HEAD) whatever the original method.";
            case 304 -> "The answer to a conditional GET or HEAD (If-None-Match, If-Modified-Since) when the client's"
                    + " cached copy is still current. It has no content: the client reuses its stored response,"
                    + " updated with the headers sent here, such as ETag and Cache-Control.";
            case 305 -> "Once told the client to repeat the request through the proxy named in Location. It is"
                    + " deprecated for security reasons, since a response must not be able to reconfigure a"
                    + " client's proxy; clients ignore it and servers should not send it.";
            case 306 -> "Reserved and unused. A draft once defined it as \"Switch Proxy\", telling clients to send"
                    + " later requests through a given proxy; the idea was dropped and the number is kept out of"
                    + " use so that the old meaning cannot clash with a new one. No server should send it.";
            case 307 -> "The resource is temporarily at the URI in Location, and the client must repeat the request"
                    + " there with the same method and content. It is 302 without the licence to turn POST into"
                    + " GET; later requests still go to the original URI.";
            case 308 -> "The resource has moved for good to the URI in Location, and the client must resend with the"
                    + " same method and content. It is 301 with the method kept (RFC 7238, then RFC 7538); clients"
                    + " update their links, and caches may store it by default. Google's resumable uploads reuse"
                    + " 308 as \"Resume Incomplete\", with a Range header and no Location.";
            // ------------------------------------------------------------------ 4xx
            case 400 -> "The server will not handle the request because the client got something wrong: malformed"
                    + " syntax or framing, or in an API, parameters or data that fail validation. Sending it again"
                    + " unchanged gives the same answer; the content should say what to fix.";
            case 401 -> "The request lacks valid credentials for the target resource. The server must send a"
                    + " WWW-Authenticate challenge naming the schemes it accepts, and the client retries with an"
                    + " Authorization header (logging in or refreshing its token); if it already sent credentials,"
                    + " they were rejected.";
            case 402 -> "Reserved by HTTP for future use: no standard payment scheme exists, so services use it ad hoc"
                    + " for unpaid plans or exhausted quotas, and clients show the content to the user. In the 1992"
                    + " draft the response named acceptable charging schemes and the client could retry with a"
                    + " ChargeTo header.";
            case 403 -> "The server understood the request and refuses it; unlike 401, other credentials will not"
                    + " change the answer. The content may explain why, and a server that would rather not admit"
                    + " the resource exists can answer 404 instead. Clients should not repeat the request.";
            case 404 -> "The server has no current representation at the target URI, or will not say that it has one."
                    + " Nothing tells whether this is permanent, so clients may try again later; 410 is the answer"
                    + " when the resource is known to be gone for good. Caches may store it by default.";
            case 405 -> "The resource exists but does not support the request method, for example PUT or DELETE on a"
                    + " read-only resource. The server must list the methods it does support in an Allow header, and"
                    + " the client uses one of those instead.";
            case 406 -> "The server has no representation that satisfies the request's Accept, Accept-Language or"
                    + " Accept-Encoding headers. The content may list the available variants; the client widens its"
                    + " preferences or picks one. Many servers send a default representation instead.";
            case 407 -> "Like 401, but a proxy between client and server wants the credentials. The proxy must send a"
                    + " Proxy-Authenticate challenge, and the client retries with a Proxy-Authorization header.";
            case 408 -> "The server gave up waiting for a complete request, often on an idle persistent connection,"
                    + " and is closing the connection. The client may send the request again on a new connection;"
                    + " browsers often do so automatically.";
            case 409 -> "The request clashes with the resource's current state: an edit based on an outdated version,"
                    + " a duplicate of something that exists, a delete blocked by dependants; most often met with"
                    + " PUT. The content should explain the conflict so that the client can resolve it and resubmit.";
            case 410 -> "The resource existed but was removed on purpose, will not come back, and has no forwarding"
                    + " address. Clients and crawlers should drop their links to it; use 404 when it is not known"
                    + " to be permanent. Caches may store it by default.";
            case 411 -> "The server refuses a request with content but no Content-Length header. The client resends"
                    + " it with a valid Content-Length.";
            case 412 -> "A condition in the request headers (If-Match, If-Unmodified-Since …) did not hold, so the"
                    + " method was not applied; this is how lost updates are prevented. The client fetches the"
                    + " current version, reapplies its change and retries with the new validator.";
            case 413 -> "The request content is larger than the server will accept; the server may close the"
                    + " connection, and should send Retry-After if the limit is only temporary. Clients shrink or"
                    + " split the upload. Renamed twice: \"Request Entity Too Large\" (RFC 2616), \"Payload Too"
                    + " Large\" (RFC 7231), \"Content Too Large\" (RFC 9110).";
            case 414 -> "The target URI is longer than the server will process, usually because data that belongs in"
                    + " a POST body was put in the query string, or a redirect loop kept growing it. The limit of"
                    + " 2083 characters often quoted is Internet Explorer's, not HTTP's; RFC 9110 recommends"
                    + " supporting at least 8000 octets. Formerly \"Request-URI Too Long\".";
            case 415 -> "The server will not accept the request content in its media type (Content-Type) or content"
                    + " coding (Content-Encoding). The client resends in a supported format; Accept or"
                    + " Accept-Encoding in the response may say which.";
            case 416 -> "None of the ranges in the request's Range header overlap the representation, for example a"
                    + " resume offset beyond the end of a file that has shrunk. The server should state the real size"
                    + " in Content-Range (bytes */length); the client asks again with a valid range or without one."
                    + " Formerly \"Requested Range Not Satisfiable\".";
            case 417 -> "The server or a proxy cannot meet the request's Expect header, typically an Expect:"
                    + " 100-continue it does not support. The client resends without Expect.";
            case 418 -> "An April Fools' joke: RFC 2324 (Hyper Text Coffee Pot Control Protocol) and its tea"
                    + " extension RFC 7168 let a teapot refuse to brew coffee. It was never HTTP, but so many"
                    + " servers answer with it that RFC 9110 lists 418 as (Unused) and keeps the number reserved"
                    + " instead of assigning it. Do not use it in real APIs; clients treat it as a plain 400.";
            case 421 -> "The request reached a server that cannot answer for the URI's scheme and host, usually because"
                    + " an HTTP/2 or HTTP/3 connection was reused for a host the certificate covers but this server"
                    + " does not serve. The client may repeat the request on a new connection, even when the method"
                    + " is not idempotent. Spring Framework's deprecated \"Destination Locked\" constant is an older,"
                    + " unrelated WebDAV-draft use of the number.";
            case 422 -> "The server understands the content type and the syntax is correct, but it cannot act on what"
                    + " the request says, for example a JSON body that fails validation or a business rule. The"
                    + " client fixes the data first. WebDAV (RFC 4918) named it \"Unprocessable Entity\"; RFC 9110"
                    + " moved it into core HTTP under its current name.";
            case 423 -> "WebDAV (RFC 4918): the resource is locked and the request did not present the lock token"
                    + " needed to change it. The client supplies the token in an If header or waits for the lock to"
                    + " be released.";
            case 424 -> "WebDAV (RFC 4918): the method was not performed on this resource because another action it"
                    + " depended on failed, for example another part of the same PROPPATCH. The client looks at the"
                    + " failure that caused it.";
            case 425 -> "The server will not risk processing a request sent in TLS early data (0-RTT), because it could"
                    + " be replayed; the client resends it once the handshake is complete. Before RFC 8470 took the"
                    + " number, a WebDAV collections draft used 425 for \"Unordered Collection\", the name Netty"
                    + " still gives it.";
            case 426 -> "The server refuses the request over the current protocol but would accept it after the client"
                    + " switches, for example to TLS or a newer HTTP version. It must name the protocol(s) in an"
                    + " Upgrade header; the client upgrades and retries.";
            case 428 -> "The origin server requires the request to be conditional, so that clients cannot overwrite"
                    + " each other's changes unnoticed. The client fetches the resource and retries with If-Match"
                    + " carrying the ETag it received.";
            case 429 -> "The client sent more requests in a given time than the server's rate limit allows. A"
                    + " Retry-After header may say how long to wait; the client waits that long, or backs off"
                    + " exponentially, before trying again. Caches must not store it.";
            case 431 -> "The server refuses the request because one header field, or all of them together, are too"
                    + " large; oversized cookies are a common cause. The client trims its headers (or clears"
                    + " cookies) and retries; caches must not store it.";
            case 451 -> "Access is refused because of a legal demand, such as a court order or government blocking,"
                    + " not by the server's own choice (RFC 7725). The content should explain the demand, and a Link"
                    + " header with rel=\"blocked-by\" should name who enforces it; caches may store it by default."
                    + " Microsoft Exchange ActiveSync separately uses 451 to redirect a client to another server.";
            // ------------------------------------------------------------------ 5xx
            case 500 -> "The server hit an unexpected condition, usually an unhandled exception, and could not finish"
                    + " the request. Changing the request will rarely help: the cause is in the server's error log"
                    + " or debug output, for its operators to fix. The 1992 draft called it \"Internal Error\".";
            case 501 -> "The server does not support the functionality the request needs, typically a method it does"
                    + " not implement for any resource. The client should not repeat the request; caches may store"
                    + " the answer by default.";
            case 502 -> "A gateway or proxy received an invalid response from the upstream server it contacted."
                    + " Often transient: clients may retry an idempotent request after a pause. In the"
                    + " 1992 draft 502 meant \"Service Temporarily Overloaded\".";
            case 503 -> "The server cannot handle requests right now, because it is overloaded or down for maintenance,"
                    + " and expects to recover. Retry-After may say when; clients wait that long, or back off, and"
                    + " try again. In the 1992 draft 503 was \"Gateway Timeout\".";
            case 504 -> "A gateway or proxy did not get a timely answer from the upstream server it needed. Clients may"
                    + " retry idempotent requests after a delay. RFC 2616 spelt it \"Gateway Time-out\".";
            case 505 -> "The server does not support the HTTP major version used in the request. The content should"
                    + " say which versions it does support; the client retries with one of them.";
            case 506 -> "A configuration error in transparent content negotiation (RFC 2295): the variant chosen is"
                    + " itself set up to negotiate, which would loop. The client cannot fix it; the server's"
                    + " administrator must.";
            case 507 -> "WebDAV (RFC 4918): the server cannot store what it needs to complete the request, for example"
                    + " because a disk or quota is full. The condition may be temporary; the client can retry"
                    + " later or with less data.";
            case 508 -> "WebDAV bindings (RFC 5842): the server stopped an operation with Depth: infinity because it"
                    + " found an infinite loop of bindings. The whole operation failed; repeating it unchanged will"
                    + " fail again.";
            case 510 -> "From the HTTP Extension Framework (RFC 2774): the request did not declare an extension the"
                    + " server's policy demands, and the content says how to add it. The framework never caught on;"
                    + " the IETF moved RFC 2774 to Historic and the registry marks 510 obsoleted, so servers should"
                    + " not send it.";
            case 511 -> "Sent by an intercepting network gateway, such as a hotel or airport captive portal, when the"
                    + " client must sign in to the network first (RFC 6585). The content should link to the sign-in"
                    + " page, which a client shows to the user rather than taking it as the site's answer; origin"
                    + " servers should not send it, and caches must not store it.";
            // ------------------------------------------------------------------ vendor codes
            case 218 -> "Not in the IANA registry. Apache HTTP Server uses \"This Is Fine\" internally when"
                    + " ProxyErrorOverride is on, to let an upstream error's own content pass through instead of"
                    + " Apache's error page. Clients treat it as a 2xx success.";
            case 419 -> "Not in the IANA registry. The Laravel PHP framework answers \"Page Expired\" when a form"
                    + " submission fails its CSRF check, usually because the session or token expired. The user"
                    + " reloads the form to get a fresh token and submits again. Spring Framework once carried a"
                    + " deprecated \"Insufficient Space on Resource\" constant for 419, from WebDAV drafts.";
            case 420 -> "Not in the IANA registry, with two vendor meanings. Twitter's API v1 answered \"Enhance Your"
                    + " Calm\" to clients it was rate limiting (429 now does this), so the client slows down; Spring"
                    + " Framework once defined \"Method Failure\", taken from WebDAV drafts, and later deprecated it.";
            case 430 -> "Not in the IANA registry. Shopify answers 430 to requests it refuses on security grounds,"
                    + " earlier also as a stand-in for 429 when a client fetched too many URLs in a short time. The"
                    + " client slows down or changes what it sends.";
            case 440 -> "Not in the IANA registry. Microsoft IIS and Outlook Web Access answer \"Login Time-out\" when"
                    + " the client's session has expired; the client logs in again.";
            case 444 -> "Not in the IANA registry. nginx's \"No Response\": a configuration tells nginx to close the"
                    + " connection without sending anything, usually to shed malicious or unwanted traffic. The"
                    + " code only appears in nginx's logs; the client just sees the connection close.";
            case 449 -> "Not in the IANA registry. Microsoft IIS's \"Retry With\": the request lacked information the"
                    + " server needs, and the client should retry after supplying it.";
            case 450 -> "Not in the IANA registry. Microsoft uses it when Windows Parental Controls block the"
                    + " requested page; the client shows the block to the user.";
            case 460 -> "Not in the IANA registry. AWS Elastic Load Balancing logs it when the client closed the"
                    + " connection before the load balancer's idle timeout elapsed; check whether the client's own"
                    + " timeout is shorter than the load balancer's.";
            case 463 -> "Not in the IANA registry. AWS Elastic Load Balancing answers it when the X-Forwarded-For"
                    + " header holds more than 30 IP addresses. The client (or a proxy in front) must stop piling up"
                    + " addresses in that header.";
            case 464 -> "Not in the IANA registry. AWS Elastic Load Balancing answers it when the request's protocol"
                    + " does not fit the target group's protocol version, for example HTTP/1.1 to a gRPC target."
                    + " The client or the load balancer's configuration must change.";
            case 494 -> "Not in the IANA registry. nginx's \"Request Header Too Large\": a header or the request line"
                    + " overflowed large_client_header_buffers. nginx uses it for logging and error_page rules and"
                    + " sends 400 to the client, which must shrink its headers (often its cookies).";
            case 495 -> "Not in the IANA registry. nginx's \"SSL Certificate Error\": the client's TLS certificate"
                    + " failed verification. It is logged and mapped to 400 on the wire; the client needs a valid"
                    + " certificate.";
            case 496 -> "Not in the IANA registry. nginx's \"SSL Certificate Required\": the server requires a client"
                    + " certificate and none was presented. It is logged and mapped to 400 on the wire; the client"
                    + " must present one.";
            case 497 -> "Not in the IANA registry. nginx's \"HTTP Request Sent to HTTPS Port\": a plain-HTTP request"
                    + " arrived on a TLS port. Often used with error_page to redirect to https; the client should use"
                    + " the https URI.";
            case 498 -> "Not in the IANA registry. Esri ArcGIS Server answers \"Invalid Token\" when the access token"
                    + " in the request has expired or is otherwise invalid; the client obtains a new token and"
                    + " retries.";
            case 499 -> "Not in the IANA registry, with two vendor meanings. nginx logs \"Client Closed Request\" when"
                    + " the client disconnected before nginx could answer, so nothing was sent (a slow upstream is"
                    + " the usual suspect); Esri ArcGIS Server answers \"Token Required\" when a request that needs an"
                    + " access token carried none.";
            case 509 -> "Not in the IANA registry. Apache bandwidth-limiting modules and cPanel hosting answer"
                    + " \"Bandwidth Limit Exceeded\" when a site has used up the traffic its plan allows. Visitors"
                    + " can only wait for the period to reset or for the owner to raise the limit.";
            case 520 -> "Not in the IANA registry. Cloudflare answers it when the origin server returned something"
                    + " empty, unknown or unexpected. Often transient: the client may retry; the site owner should"
                    + " check the origin's logs.";
            case 521 -> "Not in the IANA registry. Cloudflare answers it when the origin server refused the connection,"
                    + " usually because it is down or blocks Cloudflare's addresses. Retrying later may help; the"
                    + " site owner must bring the origin back.";
            case 522 -> "Not in the IANA registry. Cloudflare answers it when its TCP connection to the origin timed"
                    + " out, usually an overloaded or firewalled origin. The client may retry later.";
            case 523 -> "Not in the IANA registry. Cloudflare answers it when it cannot reach the origin at all, for"
                    + " example because of wrong DNS records or a routing failure. The site owner must fix it;"
                    + " retrying helps only once they have.";
            case 524 -> "Not in the IANA registry. Cloudflare answers it when the origin accepted the connection but"
                    + " sent no HTTP response before Cloudflare's timeout (100 seconds by default). The client may"
                    + " retry; long jobs should run asynchronously.";
            case 525 -> "Not in the IANA registry. Cloudflare answers it when the TLS handshake between Cloudflare and"
                    + " the origin failed. Only the site owner can fix it, by correcting the origin's TLS setup.";
            case 526 -> "Not in the IANA registry. Cloudflare answers it when it could not validate the origin's TLS"
                    + " certificate in strict mode. Only the site owner can fix it, with a valid certificate.";
            case 527 -> "Not in the IANA registry. Cloudflare answered it when a connection through Railgun, its"
                    + " retired origin-link service, failed. A retry may get through.";
            case 529 -> "Not in the IANA registry. Qualys SSL Labs' API answers \"Site Is Overloaded\" when the service"
                    + " has too much work; the client waits and tries again.";
            case 530 -> "Not in the IANA registry, with two vendor meanings. Cloudflare sends it together with one of"
                    + " its own 1xxx errors, most often when the origin's hostname does not resolve; Pantheon"
                    + " hosting answers it for a site frozen after a long time without use.";
            case 540 -> "Not in the IANA registry. Shopify answers \"Temporarily Disabled\" when the endpoint the"
                    + " request targets has been switched off for a time; the client tries again later or uses"
                    + " another endpoint.";
            case 561 -> "Not in the IANA registry. AWS Elastic Load Balancing answers it when a listener rule"
                    + " authenticates users and the identity provider returned an error. The user signs in again,"
                    + " or the identity-provider setup must be fixed.";
            case 598 -> "Not in the IANA registry. An informal convention of some HTTP proxies for \"Network Read"
                    + " Timeout Error\": the proxy timed out reading the upstream's response. The client may retry"
                    + " later.";
            case 599 -> "Not in the IANA registry. An informal convention of some HTTP proxies for \"Network Connect"
                    + " Timeout Error\": the proxy timed out connecting to the upstream server. The client may retry"
                    + " later.";
            case 783 -> "Outside every HTTP class. Shopify answers \"Unexpected Token\" when the JSON in the request"
                    + " body cannot be parsed; the client fixes the syntax and resends.";
            case 999 -> "Outside every HTTP class. LinkedIn answers \"Request Denied\" to requests it suspects come"
                    + " from automated scrapers. Retrying the same way will not help; programs should use LinkedIn's"
                    + " official API.";
            default -> null;
        };
    }

    /** The account of a code no table knows, from its class alone. */
    static String ofClass(StatusClass statusClass) {
        return switch (statusClass) {
            case INFORMATIONAL -> "An unregistered interim response. Clients that do not recognise it treat it as"
                    + " 100 Continue and wait for the final response.";
            case SUCCESSFUL -> "An unregistered success code. Clients that do not recognise it treat it as 200 OK.";
            case REDIRECTION -> "An unregistered redirection code. Clients that do not recognise it treat it as"
                    + " 300 Multiple Choices and do not follow it automatically.";
            case CLIENT_ERROR -> "An unregistered client-error code. Clients that do not recognise it treat it as"
                    + " 400 Bad Request.";
            case SERVER_ERROR -> "An unregistered server-error code. Clients that do not recognise it treat it as"
                    + " 500 Internal Server Error.";
            case UNDEFINED -> "Not a valid status code on the wire: HTTP's codes run from 100 to 599, and a client"
                    + " treats a response carrying any other as a server error (RFC 9110 §15). Programs use such"
                    + " numbers internally or by private agreement.";
        };
    }
}
