package dev.httpstatus;

/**
 * What a client following a redirect does with the request's method and content (RFC 9110 §15.4).
 * Only the five redirects that carry a Location to follow have one.
 *
 * <pre>{@code
 * StatusCode.SEE_OTHER.redirectMethod()           // Optional[CHANGES_TO_GET]
 * StatusCode.PERMANENT_REDIRECT.redirectMethod()  // Optional[KEPT]
 * StatusCode.NOT_FOUND.redirectMethod()           // Optional.empty
 * }</pre>
 */
public enum RedirectMethod {
    /** 307 and 308: the client repeats the same method with the same content at the new URI. */
    KEPT("followed with the same method and content"),
    /**
     * 301 and 302: the method should be kept, but user agents have long turned a POST into a GET
     * (without content) when following; send 307 or 308 where that must not happen.
     */
    POST_MAY_CHANGE_TO_GET("followed with the same method, though clients may turn a POST into a GET"),
    /**
     * 303: the client fetches the new URI with GET (or HEAD, if that was the request): it points at
     * a result of the request, not at the resource the request was sent to.
     */
    CHANGES_TO_GET("followed with GET (a HEAD stays HEAD)");

    private final String summary;

    RedirectMethod(String summary) {
        this.summary = summary;
    }

    /**
     * What a client following the redirect does, in a few words, for cards, checklists and pages.
     *
     * <pre>{@code RedirectMethod.KEPT.summary()  // "followed with the same method and content"}</pre>
     */
    public String summary() {
        return summary;
    }
}
