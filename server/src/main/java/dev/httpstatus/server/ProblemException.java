package dev.httpstatus.server;

/**
 * Thrown while handling a request that cannot be answered as asked; the handler turns it into an
 * RFC 9457 problem response. Carries no stack trace: it is an answer, not a bug.
 *
 * <pre>{@code throw ProblemException.badParameter("delay", "20000", "must be at most 10000 ms");}</pre>
 */
final class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String parameter;
    private final String value;

    ProblemException(int status, String detail, String parameter, String value) {
        super(detail, null, false, false);
        this.status = status;
        this.parameter = parameter;
        this.value = value;
    }

    /** 400 naming the query parameter or header that was wrong and the value received. */
    static ProblemException badParameter(String parameter, String value, String why) {
        return new ProblemException(400, parameter + "=" + Text.quote(value) + ": " + why, parameter, value);
    }

    /** A problem with {@code status} and {@code detail}, about no parameter in particular. */
    static ProblemException of(int status, String detail) {
        return new ProblemException(status, detail, null, null);
    }

    int status() {
        return status;
    }

    /** The offending parameter or header name, or null. */
    String parameter() {
        return parameter;
    }

    /** The offending value as received, or null. */
    String value() {
        return value;
    }
}
