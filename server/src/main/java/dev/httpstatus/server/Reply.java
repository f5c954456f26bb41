package dev.httpstatus.server;

import io.netty.handler.codec.http.DefaultHttpHeadersFactory;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpHeadersFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * A response decided on but not yet written: status, headers, body, and what goes with it
 * (interim 1xx responses first, a delay, closing the connection). Built by the endpoints, written
 * by {@link RequestHandler}; keeping it free of I/O keeps the HTTP rules in one readable place.
 */
final class Reply {

    static final byte[] EMPTY = new byte[0];

    // Names are our constants, or client text that HeaderEcho has already checked is a token;
    // re-checking every name per response cost about 5 % of the server's time under load. Values
    // are still validated, so nothing a client sends can split a response.
    private static final HttpHeadersFactory HEADERS = DefaultHttpHeadersFactory.headersFactory().withNameValidation(false);

    int status;
    /** The reason phrase to send; null for the code's registered phrase. */
    String reason;
    final HttpHeaders headers = HEADERS.newHeaders();
    byte[] body = EMPTY;
    /** False for codes that never carry content (1xx, 204, 304): no Content-Length is sent. */
    boolean framed = true;
    /** A HEAD answer: headers as for GET, including Content-Length, but no body bytes. */
    boolean head;
    boolean close;
    long delayMillis;
    /** A deliberately broken answer, or null for a correct one. */
    Fault fault;
    /** How long {@link Fault#DRIP} takes to send the body, or {@link Fault#PAUSE} waits before it. */
    long dripMillis;
    /** How many body bytes {@link Fault#TRUNCATE} sends; negative for half the body. */
    int truncateAt = -1;
    final List<Reply> interim = new ArrayList<>(0);

    Reply(int status) {
        this.status = status;
    }

    Reply body(String contentType, byte[] bytes) {
        headers.set("Content-Type", contentType);
        body = bytes;
        return this;
    }

    Reply body(Bodies.Body b) {
        return body(b.contentType(), b.bytes());
    }
}
