package dev.httpstatus;

/**
 * The codes a well-behaved API answers to each method, with their meaning there and, where one is
 * known, the usual cause and cure. Extends the API-manager method table among the project's source
 * documents (GET, PUT/POST, DELETE) to HEAD, PATCH and OPTIONS.
 */
final class Usage {

    private Usage() {}

    /**
     * One row. {@code label} is the source table's own short name for the case ("Resource state
     * conflict"), where it gives one: people search with those words, so the advisor reads them.
     */
    record Row(Method method, int code, String meaning, String hint, String label) {}

    static final String TRAILING_SLASH = "The URI most likely lacks its trailing slash '/': the server redirects"
            + " to the canonical form, and most clients will not resend the body. Request the canonical URI directly.";
    static final String SERVER_LOG = "The server hit an unexpected failure. Read the server's error log, or"
            + " turn on its debug mode to see the failing code path, then fix or report it.";
    static final String NOT_IMPLEMENTED = "The server does not implement this method for any resource. Check the"
            + " API's documentation for the method it expects, or whether a proxy is rejecting it.";

    static final String CREDENTIALS = "Send credentials in an Authorization header, using a scheme the"
            + " WWW-Authenticate header offers; if a token was sent, it has probably expired, so refresh it and retry.";
    static final String READ_THE_BODY = "The data did not pass the server's checks. Most APIs name the offending"
            + " field in the response body; fix it and resend.";
    static final String MEDIA_TYPE = "Set Content-Type to a format the API accepts, usually application/json;"
            + " for PATCH, often application/merge-patch+json or application/json-patch+json.";
    static final String REFETCH = "Someone changed the resource since it was read. Fetch it again, reapply the"
            + " change to the current version, and resend (with If-Match carrying the new ETag, where the API uses them).";
    static final String ALLOWED = "The Allow header lists the methods this resource accepts. Check that the URI"
            + " names the intended resource: an item rather than its collection, or the other way round.";
    static final String ALREADY_GONE = "Nothing is there to delete, possibly because an earlier attempt already"
            + " succeeded; a client retrying a DELETE can usually treat this as done.";

    static final Row[] ROWS = {
        new Row(Method.GET,     200, "the resource exists and its representation is returned", null, "Resource exists"),
        new Row(Method.GET,     301, "the resource moved for good; follow Location", null, "Permanently moved"),
        new Row(Method.GET,     304, "the cached copy is still valid", null, null),
        new Row(Method.GET,     401, "credentials are missing or were rejected", CREDENTIALS, "Authorization error"),
        new Row(Method.GET,     403, "the credentials do not grant access", null, null),
        new Row(Method.GET,     404, "no resource at this URI", null, "Not found"),
        new Row(Method.GET,     410, "the resource existed but is gone for good", null, "No longer exists"),
        new Row(Method.GET,     500, "the server failed while processing", SERVER_LOG, null),
        new Row(Method.HEAD,    200, "the resource exists; headers only", null, null),
        new Row(Method.HEAD,    301, "the resource moved for good; follow Location", null, null),
        new Row(Method.HEAD,    401, "credentials are missing or were rejected", CREDENTIALS, null),
        new Row(Method.HEAD,    404, "no resource at this URI", null, null),
        new Row(Method.HEAD,    410, "the resource existed but is gone for good", null, null),
        new Row(Method.POST,    200, "the action was carried out; the result is in the body", null, "Resource replaced"),
        new Row(Method.POST,    201, "a resource was created; Location names it", null, "Resource created"),
        new Row(Method.POST,    202, "accepted for processing, not finished yet", null, null),
        new Row(Method.POST,    204, "done; nothing to send back", null, "No response"),
        new Row(Method.POST,    301, "redirected", TRAILING_SLASH, "Redirect"),
        new Row(Method.POST,    400, "the submitted data is invalid", READ_THE_BODY, "Invalid data"),
        new Row(Method.POST,    401, "credentials are missing or were rejected", CREDENTIALS, "Authorization error"),
        new Row(Method.POST,    409, "the request conflicts with the resource's current state", null, "Resource state conflict"),
        new Row(Method.POST,    415, "the body's media type is not accepted", MEDIA_TYPE, null),
        new Row(Method.POST,    422, "the body is well-formed but its content is invalid", READ_THE_BODY, null),
        new Row(Method.POST,    500, "the server failed while processing", SERVER_LOG, "Internal error"),
        new Row(Method.POST,    501, "the method is not implemented", NOT_IMPLEMENTED, "Method not implemented"),
        new Row(Method.PUT,     200, "the resource was replaced", null, "Resource replaced"),
        new Row(Method.PUT,     201, "the resource was created", null, "Resource created"),
        new Row(Method.PUT,     204, "the resource was replaced; nothing to send back", null, "No response"),
        new Row(Method.PUT,     301, "redirected", TRAILING_SLASH, "Redirect"),
        new Row(Method.PUT,     400, "the submitted data is invalid", READ_THE_BODY, "Invalid data"),
        new Row(Method.PUT,     401, "credentials are missing or were rejected", CREDENTIALS, "Authorization error"),
        new Row(Method.PUT,     405, "the resource does not accept PUT", ALLOWED, null),
        new Row(Method.PUT,     409, "the request conflicts with the resource's current state", REFETCH, "Resource state conflict"),
        new Row(Method.PUT,     412, "a precondition (If-Match …) did not hold", REFETCH, null),
        new Row(Method.PUT,     500, "the server failed while processing", SERVER_LOG, "Internal error"),
        new Row(Method.PUT,     501, "the method is not implemented", NOT_IMPLEMENTED, "Method not implemented"),
        new Row(Method.PATCH,   200, "the changes were applied; the result is in the body", null, null),
        new Row(Method.PATCH,   204, "the changes were applied; nothing to send back", null, null),
        new Row(Method.PATCH,   301, "redirected", TRAILING_SLASH, null),
        new Row(Method.PATCH,   400, "the patch document is invalid", READ_THE_BODY, null),
        new Row(Method.PATCH,   401, "credentials are missing or were rejected", CREDENTIALS, null),
        new Row(Method.PATCH,   409, "the patch conflicts with the resource's current state", REFETCH, null),
        new Row(Method.PATCH,   412, "a precondition (If-Match …) did not hold", REFETCH, null),
        new Row(Method.PATCH,   415, "the patch format is not supported", MEDIA_TYPE, null),
        new Row(Method.PATCH,   422, "the patch is well-formed but cannot be applied", READ_THE_BODY, null),
        new Row(Method.PATCH,   500, "the server failed while processing", SERVER_LOG, null),
        new Row(Method.DELETE,  200, "the resource was deleted; a status report is in the body", null, "Resource deleted"),
        new Row(Method.DELETE,  202, "the deletion was accepted and will happen later", null, null),
        new Row(Method.DELETE,  204, "the resource was deleted", null, null),
        new Row(Method.DELETE,  400, "the resource was not deleted: the request was invalid", null, "Resource not deleted"),
        new Row(Method.DELETE,  401, "credentials are missing or were rejected", CREDENTIALS, "Authorization error"),
        new Row(Method.DELETE,  404, "no resource at this URI", ALREADY_GONE, null),
        new Row(Method.DELETE,  405, "the resource cannot be deleted", ALLOWED, null),
        new Row(Method.DELETE,  409, "the resource cannot be deleted in its current state", null, null),
        new Row(Method.DELETE,  500, "the server failed while processing", SERVER_LOG, null),
        new Row(Method.OPTIONS, 200, "the allowed methods are in Allow", null, null),
        new Row(Method.OPTIONS, 204, "the allowed methods are in Allow; no body", null, null),
        new Row(Method.OPTIONS, 401, "credentials are missing or were rejected", CREDENTIALS, null),
        new Row(Method.OPTIONS, 404, "no resource at this URI", null, null),
    };
}
