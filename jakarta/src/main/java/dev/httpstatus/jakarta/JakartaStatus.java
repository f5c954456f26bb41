package dev.httpstatus.jakarta;

import dev.httpstatus.StatusCode;
import jakarta.ws.rs.core.Response;
import java.util.Objects;

/**
 * Conversions between {@link StatusCode} and Jakarta REST's {@link Response.StatusType}.
 *
 * <pre>{@code
 * Response.StatusType t = JakartaStatus.toStatusType(StatusCode.TOO_MANY_REQUESTS);
 * Response.status(t).build();                             // 429 Too Many Requests
 * JakartaStatus.of(Response.Status.NOT_FOUND);            // 404 Not Found
 * JakartaStatus.of(response.getStatusInfo());             // any code a client received
 * }</pre>
 */
public final class JakartaStatus {

    private JakartaStatus() {}

    /**
     * {@code code} as a status type: Jakarta's {@link Response.Status} constant where one has the
     * same code and phrase, otherwise a type carrying our code, family and phrase.
     */
    public static Response.StatusType toStatusType(StatusCode code) {
        Objects.requireNonNull(code, "code");
        Response.Status constant = Response.Status.fromStatusCode(code.code());
        if (constant != null && constant.getReasonPhrase().equals(code.reasonPhrase())) {
            return constant;
        }
        return new CodeStatusType(code);
    }

    /** The {@code StatusCode} of a status type. */
    public static StatusCode of(Response.StatusType type) {
        return StatusCode.of(Objects.requireNonNull(type, "type").getStatusCode());
    }

    /** A status type for a code Jakarta has no constant for, or whose phrase changed since (413, 422). */
    private record CodeStatusType(StatusCode code) implements Response.StatusType {

        @Override
        public int getStatusCode() {
            return code.code();
        }

        @Override
        public Response.Status.Family getFamily() {
            return Response.Status.Family.familyOf(code.code());
        }

        @Override
        public String getReasonPhrase() {
            return code.reasonPhrase();
        }

        @Override
        public String toString() {
            return code.toString();
        }
    }
}
