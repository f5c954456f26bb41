package dev.httpstatus.server;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.AttributeKey;
import io.netty.util.ReferenceCountUtil;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * First in every connection's pipeline: refuses connections beyond the limit with a 503 (rather
 * than a silent reset), and notes whether part of a request has arrived, so an idle timeout can
 * answer 408 to a half-sent request and simply close a quiet keep-alive connection.
 *
 * <pre>{@code pipeline.addLast(new ConnectionGuard(open, config.maxConnections()));}</pre>
 */
@ChannelHandler.Sharable
final class ConnectionGuard extends ChannelInboundHandlerAdapter {

    /** Set while bytes of a request have been read but the request is not yet complete. */
    static final AttributeKey<Boolean> PARTIAL = AttributeKey.valueOf("httpstatus.partial");

    private static final byte[] BUSY = ("HTTP/1.1 503 Service Unavailable\r\n"
            + "Content-Type: application/problem+json\r\nRetry-After: 1\r\nConnection: close\r\n"
            + "Content-Length: 141\r\n\r\n"
            + pad("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
                    + "\"detail\":\"too many open connections; retry shortly\"}", 141))
            .getBytes(StandardCharsets.US_ASCII);

    private final AtomicInteger open;
    private final int max;

    ConnectionGuard(AtomicInteger open, int max) {
        this.open = open;
        this.max = max;
    }

    private static String pad(String json, int length) {
        StringBuilder b = new StringBuilder(json);
        while (b.length() < length) {
            b.append(' ');
        }
        if (b.length() != length) {
            throw new IllegalStateException("503 body is " + b.length() + " bytes, expected " + length);
        }
        return b.toString();
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
        if (open.incrementAndGet() > max) {
            ctx.channel().config().setAutoRead(false);
            ctx.writeAndFlush(Unpooled.wrappedBuffer(BUSY)).addListener(ChannelFutureListener.CLOSE);
            return;
        }
        super.channelActive(ctx);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        open.decrementAndGet();
        super.channelInactive(ctx);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
        if (ctx.channel().hasAttr(LingeringClose.DRAINING)) {
            ReferenceCountUtil.release(msg); // the connection is closing; nothing more is answered
            return;
        }
        if (msg instanceof ByteBuf b && b.isReadable()) {
            ctx.channel().attr(PARTIAL).set(Boolean.TRUE);
        }
        super.channelRead(ctx, msg);
    }
}
