package dev.httpstatus.server;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.socket.DuplexChannel;
import io.netty.util.AttributeKey;
import java.util.concurrent.TimeUnit;

/**
 * Closes a connection after its last response without destroying that response. Closing a socket
 * with unread request bytes makes the kernel send a reset, which can discard the 400 or 413 still
 * on its way to the client (RFC 9112 §9.6). So the server first ends its side of the connection,
 * discards whatever the client still sends, and closes for good when the client does or after
 * {@link #LINGER_MILLIS}.
 *
 * <pre>{@code LingeringClose.after(ctx.writeAndFlush(problem));}</pre>
 */
final class LingeringClose {

    /** Set once the server's side is shut: inbound bytes are dropped unread. */
    static final AttributeKey<Boolean> DRAINING = AttributeKey.valueOf("httpstatus.draining");

    static final long LINGER_MILLIS = 2000;

    private LingeringClose() {}

    /** Closes {@code written}'s channel gracefully once the write completes. */
    static void after(ChannelFuture written) {
        written.addListener((ChannelFutureListener) f -> {
            Channel ch = f.channel();
            if (!f.isSuccess() || !(ch instanceof DuplexChannel duplex) || !ch.isActive()) {
                ch.close();
                return;
            }
            ch.attr(DRAINING).set(Boolean.TRUE);
            duplex.shutdownOutput().addListener(s -> {
                if (!s.isSuccess()) {
                    ch.close();
                }
            });
            ch.config().setAutoRead(true);
            ch.eventLoop().schedule(() -> {
                ch.close();
            }, LINGER_MILLIS, TimeUnit.MILLISECONDS);
        });
    }
}
