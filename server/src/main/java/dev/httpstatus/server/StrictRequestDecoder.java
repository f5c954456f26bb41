package dev.httpstatus.server;

import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpRequestDecoder;

/**
 * Netty's request decoder, except that a request framed twice ({@code Content-Length} and
 * {@code Transfer-Encoding} together, the shape of request smuggling) is refused with 400 instead
 * of quietly trusting one of them (RFC 9112 §6.1 allows either, and requires closing afterwards).
 *
 * <pre>{@code pipeline.addLast(new StrictRequestDecoder(8192, 8192));}</pre>
 */
final class StrictRequestDecoder extends HttpRequestDecoder {

    StrictRequestDecoder(int maxRequestLine, int maxHeaderBytes) {
        super(maxRequestLine, maxHeaderBytes, 8192);
    }

    @Override
    protected void handleTransferEncodingChunkedWithContentLength(HttpMessage message) {
        message.setDecoderResult(DecoderResult.failure(new IllegalArgumentException(
                "the request has both Content-Length and Transfer-Encoding; send only one")));
    }
}
