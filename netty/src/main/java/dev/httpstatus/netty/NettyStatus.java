package dev.httpstatus.netty;

import dev.httpstatus.StatusCode;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.Objects;

/**
 * Conversions between {@link StatusCode} and Netty's {@link HttpResponseStatus}.
 *
 * <pre>{@code
 * HttpResponseStatus s = NettyStatus.toNetty(StatusCode.CONTENT_TOO_LARGE);   // 413 Content Too Large
 * NettyStatus.of(HttpResponseStatus.NOT_FOUND);                              // 404 Not Found
 * }</pre>
 */
public final class NettyStatus {

    private NettyStatus() {}

    /** Netty's status for {@code code}, with our reason phrase (Netty's own constant where the phrases agree). */
    public static HttpResponseStatus toNetty(StatusCode code) {
        Objects.requireNonNull(code, "code");
        return HttpResponseStatus.valueOf(code.code(), code.reasonPhrase());
    }

    /**
     * The {@code StatusCode} of a Netty status.
     *
     * @throws IllegalArgumentException if its code is outside 100–999 (Netty accepts any non-negative code)
     */
    public static StatusCode of(HttpResponseStatus status) {
        return StatusCode.of(Objects.requireNonNull(status, "status").code());
    }
}
