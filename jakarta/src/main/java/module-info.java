/**
 * Jakarta REST support: {@code StatusCode} as a {@code Response.StatusType} and back, and a client
 * filter that checks every response. The Jakarta REST API and its implementation are the user's.
 *
 * <pre>{@code
 * Client client = ClientBuilder.newClient().register(ConformanceFilter.failOn(Severity.ERROR));
 * }</pre>
 */
module dev.httpstatus.jakarta {
    requires transitive dev.httpstatus.check;
    requires transitive jakarta.ws.rs;

    exports dev.httpstatus.jakarta;
}
