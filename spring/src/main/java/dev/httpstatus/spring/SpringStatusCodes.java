package dev.httpstatus.spring;

import dev.httpstatus.StatusCode;
import java.util.Objects;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/**
 * Conversions between {@link StatusCode} and Spring's {@link HttpStatusCode} and {@link HttpStatus}.
 * Both sides cover every three-digit code, so the conversions never lose a code.
 *
 * <pre>{@code
 * HttpStatusCode s = SpringStatusCodes.toSpring(StatusCode.NOT_FOUND);   // HttpStatus.NOT_FOUND
 * SpringStatusCodes.toHttpStatus(StatusCode.of(499));                    // Optional.empty(): no such constant
 * StatusCode c = SpringStatusCodes.of(HttpStatus.TOO_MANY_REQUESTS);     // 429 Too Many Requests
 * ResponseEntity.status(SpringStatusCodes.toSpring(code)).build();
 * }</pre>
 */
public final class SpringStatusCodes {

    private SpringStatusCodes() {}

    /** Spring's code for {@code code}: its {@code HttpStatus} constant where there is one. */
    public static HttpStatusCode toSpring(StatusCode code) {
        return HttpStatusCode.valueOf(Objects.requireNonNull(code, "code").code());
    }

    /** Spring's {@code HttpStatus} constant for {@code code}; empty for codes Spring has no constant for. */
    public static Optional<HttpStatus> toHttpStatus(StatusCode code) {
        return Optional.ofNullable(HttpStatus.resolve(Objects.requireNonNull(code, "code").code()));
    }

    /** The {@code StatusCode} of a Spring code (an {@code HttpStatus} constant or any other value). */
    public static StatusCode of(HttpStatusCode code) {
        return StatusCode.of(Objects.requireNonNull(code, "code").value());
    }
}
