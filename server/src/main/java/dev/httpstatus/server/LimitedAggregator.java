package dev.httpstatus.server;

import dev.httpstatus.StatusCode;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.AttributeKey;
import io.netty.util.ReferenceCountUtil;

/**
 * Collects a request's content up to the body limit. Oversized bodies and unsupported
 * expectations get problem details (413, 417) instead of Netty's empty answers, and a 100 Continue
 * sent for {@code Expect: 100-continue} is remembered so {@code /100} does not send a second one.
 *
 * <pre>{@code pipeline.addLast(new LimitedAggregator(config.maxBodyBytes()));}</pre>
 */
final class LimitedAggregator extends HttpObjectAggregator {

    /** Set when a 100 Continue has answered the request now being read. */
    static final AttributeKey<Boolean> CONTINUED = AttributeKey.valueOf("httpstatus.continued");

    private final int max;

    LimitedAggregator(int maxBodyBytes) {
        super(maxBodyBytes);
        this.max = maxBodyBytes;
    }

    @Override
    protected Object newContinueResponse(HttpMessage start, int maxContentLength, ChannelPipeline pipeline) {
        String expect = start.headers().get("Expect"); // super removes it once answered
        Object answer = super.newContinueResponse(start, maxContentLength, pipeline);
        if (answer instanceof HttpResponse r) {
            int code = r.status().code();
            if (code == 100) {
                pipeline.channel().attr(CONTINUED).set(Boolean.TRUE);
            } else if (code == 413 || code == 417) {
                ReferenceCountUtil.release(answer);
                String detail = code == 413 ? tooLarge()
                        : "the only expectation this server knows is 100-continue; got "
                                + Text.quote(expect);
                return problem(StatusCode.of(code), detail);
            }
        }
        return answer;
    }

    @Override
    protected void handleOversizedMessage(ChannelHandlerContext ctx, HttpMessage oversized) {
        // The rest of the body may still be on its way; answer, then close rather than read it all.
        FullHttpResponse r = problem(StatusCode.CONTENT_TOO_LARGE, tooLarge());
        r.headers().set("Connection", "close");
        LingeringClose.after(ctx.writeAndFlush(r));
    }

    private String tooLarge() {
        return "request content is larger than the server's limit of " + max + " bytes";
    }

    private static FullHttpResponse problem(StatusCode code, String detail) {
        byte[] body = Problem.json(code, detail, null, null);
        FullHttpResponse r = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                new HttpResponseStatus(code.code(), code.reasonPhrase()), Unpooled.wrappedBuffer(body));
        r.headers().set("Content-Type", Problem.MEDIA_TYPE);
        r.headers().setInt("Content-Length", body.length);
        r.headers().set("Date", DateHeader.now());
        return r;
    }
}
