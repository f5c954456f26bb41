package dev.httpstatus.server;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.EmptyHttpHeaders;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.AttributeKey;

/**
 * Collects a request's content up to the body limit and answers {@code Expect: 100-continue}.
 *
 * <p>A refusal (413 for a body over the limit, 417 for an expectation other than 100-continue) is
 * not written here: the request goes on to {@link RequestHandler} marked as failed with the
 * {@link ProblemException} to answer, so the answer is sent in order, logged, and followed by a
 * close. Netty's own refusal resets the decoder and keeps the connection, so a client that sends
 * the body anyway has it read as its next request (request smuggling); closing is the only safe
 * way, since the server cannot know whether the body follows (RFC 9110 §10.1.1).
 *
 * <pre>{@code pipeline.addLast(new LimitedAggregator(config.maxBodyBytes()));}</pre>
 */
final class LimitedAggregator extends HttpObjectAggregator {

    /** Set when a 100 Continue has answered the request now being read. */
    static final AttributeKey<Boolean> CONTINUED = AttributeKey.valueOf("httpstatus.continued");

    /**
     * Set when the request's {@code Expect: 100-continue} is refused. That refusal goes out without
     * content: Java's HttpClient (JDK 17) reads and drops the content of any non-100 answer to an
     * expectation, then waits for it again, past its own timeout, which stops at the headers.
     */
    static final AttributeKey<Boolean> EXPECTATION_REFUSED = AttributeKey.valueOf("httpstatus.expectationRefused");

    private final int max;

    LimitedAggregator(int maxBodyBytes) {
        super(maxBodyBytes);
        this.max = maxBodyBytes;
    }

    @Override
    protected Object newContinueResponse(HttpMessage start, int maxContentLength, ChannelPipeline pipeline) {
        String expect = start.headers().get(HttpHeaderNames.EXPECT);
        if (expect == null || !(start instanceof HttpRequest)) {
            return null;
        }
        start.headers().remove(HttpHeaderNames.EXPECT);
        if (start.protocolVersion().equals(HttpVersion.HTTP_1_0)) {
            return null; // a 1.0 client cannot read a 100; its expectation is ignored (RFC 9110 §10.1.1)
        }
        if (!expect.trim().equalsIgnoreCase("100-continue")) {
            pipeline.channel().attr(EXPECTATION_REFUSED).set(Boolean.TRUE);
            refuse(start, ProblemException.of(417, "the only expectation this server knows is 100-continue; got "
                    + Text.quote(expect)));
            return null;
        }
        if (tooLarge(start)) {
            pipeline.channel().attr(EXPECTATION_REFUSED).set(Boolean.TRUE);
            refuse(start, ProblemException.of(413, tooLarge()));
            return null;
        }
        pipeline.channel().attr(CONTINUED).set(Boolean.TRUE);
        return new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.CONTINUE, Unpooled.EMPTY_BUFFER);
    }

    @Override
    protected boolean isContentLengthInvalid(HttpMessage start, int maxContentLength) {
        return start.decoderResult().isSuccess() && tooLarge(start);
    }

    private boolean tooLarge(HttpMessage start) {
        try {
            return HttpUtil.getContentLength(start, -1L) > max;
        } catch (NumberFormatException e) {
            return false; // the decoder has refused it already
        }
    }

    private static void refuse(HttpMessage start, ProblemException why) {
        start.setDecoderResult(DecoderResult.failure(why));
    }

    @Override
    protected void handleOversizedMessage(ChannelHandlerContext ctx, HttpMessage oversized) {
        // Whatever is left of the body is dropped by the aggregator; the handler answers and closes.
        if (oversized instanceof HttpRequest req) {
            DefaultFullHttpRequest failed = new DefaultFullHttpRequest(req.protocolVersion(), req.method(), req.uri(),
                    Unpooled.EMPTY_BUFFER, req.headers(), EmptyHttpHeaders.INSTANCE);
            failed.setDecoderResult(DecoderResult.failure(ProblemException.of(413, tooLarge())));
            ctx.fireChannelRead(failed);
        } else {
            ctx.close();
        }
    }

    private String tooLarge() {
        return "request content is larger than the server's limit of " + max + " bytes";
    }
}
