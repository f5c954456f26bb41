package dev.httpstatus;

/**
 * The class of a status code: its first digit (RFC 9110 §15).
 *
 * <pre>{@code
 * StatusClass.of(503) == StatusClass.SERVER_ERROR
 * StatusClass.SERVER_ERROR.title()  // "Server Error"
 * }</pre>
 *
 * A client that does not recognise a code treats it as the {@code x00} code of its class, which
 * is why the class alone already carries meaning. Codes 600–999 have no class in HTTP and are
 * {@link #UNDEFINED}: invalid on the wire, and read by clients as server errors.
 */
public enum StatusClass {
    /** 1xx: an interim response; the final one is still to come. */
    INFORMATIONAL(1, "Informational"),
    /** 2xx: the request was received, understood and accepted. */
    SUCCESSFUL(2, "Successful"),
    /** 3xx: the client has to take further action to complete the request. */
    REDIRECTION(3, "Redirection"),
    /** 4xx: the request was wrong, or cannot be fulfilled as sent. */
    CLIENT_ERROR(4, "Client Error"),
    /** 5xx: the server failed to fulfil a request that looked valid. */
    SERVER_ERROR(5, "Server Error"),
    /** 600–999: not valid on the wire (RFC 9110 §15); a client treats such a response as a 5xx. */
    UNDEFINED(0, "Undefined");

    private final int digit;
    private final String title;

    StatusClass(int digit, String title) {
        this.digit = digit;
        this.title = title;
    }

    /**
     * The class of a three-digit code.
     *
     * @throws IllegalArgumentException if {@code code} is outside 100–999
     */
    public static StatusClass of(int code) {
        if (code < 100 || code > 999) {
            throw new IllegalArgumentException(
                    "status code " + code + " is out of range: a status code is a three-digit integer 100-999");
        }
        return switch (code / 100) {
            case 1 -> INFORMATIONAL;
            case 2 -> SUCCESSFUL;
            case 3 -> REDIRECTION;
            case 4 -> CLIENT_ERROR;
            case 5 -> SERVER_ERROR;
            default -> UNDEFINED;
        };
    }

    /**
     * What a response of this class tells a client, in a sentence or two of our own.
     *
     * <pre>{@code StatusClass.SERVER_ERROR.description()  // "The server knows it failed …"}</pre>
     */
    public String description() {
        return switch (this) {
            case INFORMATIONAL -> "An interim response: the server is still working on the request, and the final"
                    + " response will follow on the same exchange.";
            case SUCCESSFUL -> "The server received the request, understood it and carried it out.";
            case REDIRECTION -> "The client has to take a further step, usually a request to another URI, to"
                    + " complete the request.";
            case CLIENT_ERROR -> "The request seems to be at fault: malformed, lacking authorisation, or aimed at"
                    + " something the server will not or cannot provide. Except for HEAD, the content should explain"
                    + " the problem and whether it is temporary.";
            case SERVER_ERROR -> "The server knows it failed, or cannot carry out a request that looked valid. Except"
                    + " for HEAD, the content should explain the problem and whether it is temporary.";
            case UNDEFINED -> "Not a valid status code on the wire (HTTP's run from 100 to 599); clients treat a"
                    + " response carrying one as a server error.";
        };
    }

    /** The human title, e.g. "Client Error"; also the phrase of an unknown code in this class. */
    public String title() {
        return title;
    }

    /** The short label: "1xx" … "5xx", or "6xx-9xx" for {@link #UNDEFINED}. */
    public String label() {
        return this == UNDEFINED ? "6xx-9xx" : digit + "xx";
    }

    /** The lowest code of the class, e.g. 400. */
    public int first() {
        return this == UNDEFINED ? 600 : digit * 100;
    }

    /** The highest code of the class, e.g. 499. */
    public int last() {
        return this == UNDEFINED ? 999 : digit * 100 + 99;
    }

    /** Whether {@code code} belongs to this class. */
    public boolean contains(int code) {
        return code >= first() && code <= last();
    }
}
