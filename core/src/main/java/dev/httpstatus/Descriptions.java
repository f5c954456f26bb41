package dev.httpstatus;

/**
 * Our own two-or-three-sentence account of each known code: when a server sends it and what a
 * client does on receiving it. Keyed by code; {@code null} for a code we have no entry for.
 */
final class Descriptions {

    private Descriptions() {}

    static String of(int code) {
        return switch (code) {
            case 404 -> "The server has nothing at the target URI, or will not say that it has. Clients may"
                    + " try again later; use 410 instead when the resource is known to be gone for good.";
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
            case UNDEFINED -> "A code outside every class HTTP defines. It carries meaning only by private agreement;"
                    + " HTTP clients may treat the response as invalid.";
        };
    }
}
