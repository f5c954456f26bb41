package dev.httpstatus;

/**
 * Status codes as {@code int} compile-time constants, named as Django REST framework names them, for
 * {@code switch} labels, annotations and code that deals in plain numbers.
 *
 * <pre>{@code
 * switch (response.statusCode()) {
 *     case Http.HTTP_404_NOT_FOUND -> showMissing();
 *     case Http.HTTP_429_TOO_MANY_REQUESTS -> backOff();
 *     default -> { }
 * }
 * }</pre>
 *
 * <p>Where DRF keeps an older phrase (413, 414, 416, 422) both its name and one from today's phrase
 * exist. {@link StatusCode#drfName()} gives DRF's spelling for each code.
 */
public final class Http {

    private Http() {}

    /** 100 Continue. */
    public static final int HTTP_100_CONTINUE = 100;
    /** 101 Switching Protocols. */
    public static final int HTTP_101_SWITCHING_PROTOCOLS = 101;
    /** 102 Processing. */
    public static final int HTTP_102_PROCESSING = 102;
    /** 103 Early Hints. */
    public static final int HTTP_103_EARLY_HINTS = 103;
    /** 104 Upload Resumption Supported. */
    public static final int HTTP_104_UPLOAD_RESUMPTION_SUPPORTED = 104;
    /** 200 OK. */
    public static final int HTTP_200_OK = 200;
    /** 201 Created. */
    public static final int HTTP_201_CREATED = 201;
    /** 202 Accepted. */
    public static final int HTTP_202_ACCEPTED = 202;
    /** 203 Non-Authoritative Information. */
    public static final int HTTP_203_NON_AUTHORITATIVE_INFORMATION = 203;
    /** 204 No Content. */
    public static final int HTTP_204_NO_CONTENT = 204;
    /** 205 Reset Content. */
    public static final int HTTP_205_RESET_CONTENT = 205;
    /** 206 Partial Content. */
    public static final int HTTP_206_PARTIAL_CONTENT = 206;
    /** 207 Multi-Status. */
    public static final int HTTP_207_MULTI_STATUS = 207;
    /** 208 Already Reported. */
    public static final int HTTP_208_ALREADY_REPORTED = 208;
    /** 226 IM Used. */
    public static final int HTTP_226_IM_USED = 226;
    /** 300 Multiple Choices. */
    public static final int HTTP_300_MULTIPLE_CHOICES = 300;
    /** 301 Moved Permanently. */
    public static final int HTTP_301_MOVED_PERMANENTLY = 301;
    /** 302 Found. */
    public static final int HTTP_302_FOUND = 302;
    /** 303 See Other. */
    public static final int HTTP_303_SEE_OTHER = 303;
    /** 304 Not Modified. */
    public static final int HTTP_304_NOT_MODIFIED = 304;
    /** 305 Use Proxy. */
    public static final int HTTP_305_USE_PROXY = 305;
    /** 306 Unused. */
    public static final int HTTP_306_RESERVED = 306;
    /** 306 (Unused): reserved. */
    public static final int HTTP_306_UNUSED = 306;
    /** 307 Temporary Redirect. */
    public static final int HTTP_307_TEMPORARY_REDIRECT = 307;
    /** 308 Permanent Redirect. */
    public static final int HTTP_308_PERMANENT_REDIRECT = 308;
    /** 400 Bad Request. */
    public static final int HTTP_400_BAD_REQUEST = 400;
    /** 401 Unauthorized. */
    public static final int HTTP_401_UNAUTHORIZED = 401;
    /** 402 Payment Required. */
    public static final int HTTP_402_PAYMENT_REQUIRED = 402;
    /** 403 Forbidden. */
    public static final int HTTP_403_FORBIDDEN = 403;
    /** 404 Not Found. */
    public static final int HTTP_404_NOT_FOUND = 404;
    /** 405 Method Not Allowed. */
    public static final int HTTP_405_METHOD_NOT_ALLOWED = 405;
    /** 406 Not Acceptable. */
    public static final int HTTP_406_NOT_ACCEPTABLE = 406;
    /** 407 Proxy Authentication Required. */
    public static final int HTTP_407_PROXY_AUTHENTICATION_REQUIRED = 407;
    /** 408 Request Timeout. */
    public static final int HTTP_408_REQUEST_TIMEOUT = 408;
    /** 409 Conflict. */
    public static final int HTTP_409_CONFLICT = 409;
    /** 410 Gone. */
    public static final int HTTP_410_GONE = 410;
    /** 411 Length Required. */
    public static final int HTTP_411_LENGTH_REQUIRED = 411;
    /** 412 Precondition Failed. */
    public static final int HTTP_412_PRECONDITION_FAILED = 412;
    /** 413 Content Too Large. */
    public static final int HTTP_413_REQUEST_ENTITY_TOO_LARGE = 413;
    /** 413 Content Too Large. */
    public static final int HTTP_413_CONTENT_TOO_LARGE = 413;
    /** 414 URI Too Long. */
    public static final int HTTP_414_REQUEST_URI_TOO_LONG = 414;
    /** 414 URI Too Long. */
    public static final int HTTP_414_URI_TOO_LONG = 414;
    /** 415 Unsupported Media Type. */
    public static final int HTTP_415_UNSUPPORTED_MEDIA_TYPE = 415;
    /** 416 Range Not Satisfiable. */
    public static final int HTTP_416_REQUESTED_RANGE_NOT_SATISFIABLE = 416;
    /** 416 Range Not Satisfiable. */
    public static final int HTTP_416_RANGE_NOT_SATISFIABLE = 416;
    /** 417 Expectation Failed. */
    public static final int HTTP_417_EXPECTATION_FAILED = 417;
    /** 418 I'm a teapot. */
    public static final int HTTP_418_IM_A_TEAPOT = 418;
    /** 421 Misdirected Request. */
    public static final int HTTP_421_MISDIRECTED_REQUEST = 421;
    /** 422 Unprocessable Content. */
    public static final int HTTP_422_UNPROCESSABLE_ENTITY = 422;
    /** 422 Unprocessable Content. */
    public static final int HTTP_422_UNPROCESSABLE_CONTENT = 422;
    /** 423 Locked. */
    public static final int HTTP_423_LOCKED = 423;
    /** 424 Failed Dependency. */
    public static final int HTTP_424_FAILED_DEPENDENCY = 424;
    /** 425 Too Early. */
    public static final int HTTP_425_TOO_EARLY = 425;
    /** 426 Upgrade Required. */
    public static final int HTTP_426_UPGRADE_REQUIRED = 426;
    /** 428 Precondition Required. */
    public static final int HTTP_428_PRECONDITION_REQUIRED = 428;
    /** 429 Too Many Requests. */
    public static final int HTTP_429_TOO_MANY_REQUESTS = 429;
    /** 431 Request Header Fields Too Large. */
    public static final int HTTP_431_REQUEST_HEADER_FIELDS_TOO_LARGE = 431;
    /** 451 Unavailable For Legal Reasons. */
    public static final int HTTP_451_UNAVAILABLE_FOR_LEGAL_REASONS = 451;
    /** 500 Internal Server Error. */
    public static final int HTTP_500_INTERNAL_SERVER_ERROR = 500;
    /** 501 Not Implemented. */
    public static final int HTTP_501_NOT_IMPLEMENTED = 501;
    /** 502 Bad Gateway. */
    public static final int HTTP_502_BAD_GATEWAY = 502;
    /** 503 Service Unavailable. */
    public static final int HTTP_503_SERVICE_UNAVAILABLE = 503;
    /** 504 Gateway Timeout. */
    public static final int HTTP_504_GATEWAY_TIMEOUT = 504;
    /** 505 HTTP Version Not Supported. */
    public static final int HTTP_505_HTTP_VERSION_NOT_SUPPORTED = 505;
    /** 506 Variant Also Negotiates. */
    public static final int HTTP_506_VARIANT_ALSO_NEGOTIATES = 506;
    /** 507 Insufficient Storage. */
    public static final int HTTP_507_INSUFFICIENT_STORAGE = 507;
    /** 508 Loop Detected. */
    public static final int HTTP_508_LOOP_DETECTED = 508;
    /**
     * 509 Bandwidth Limit Exceeded: not in the IANA registry (Apache and cPanel use it), but Django REST
     * framework defines the name, so code ported from it keeps compiling.
     */
    public static final int HTTP_509_BANDWIDTH_LIMIT_EXCEEDED = 509;
    /** 510 Not Extended. */
    public static final int HTTP_510_NOT_EXTENDED = 510;
    /** 511 Network Authentication Required. */
    public static final int HTTP_511_NETWORK_AUTHENTICATION_REQUIRED = 511;
    /** 511, as misspelt in DRF's documentation. @deprecated use {@link #HTTP_511_NETWORK_AUTHENTICATION_REQUIRED} */
    @Deprecated
    public static final int HTTP_511_NETWORD_AUTHENTICATION_REQUIRED = 511;
}
