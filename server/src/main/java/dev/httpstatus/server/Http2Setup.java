package dev.httpstatus.server;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseEncoder;
import io.netty.handler.codec.http.HttpServerUpgradeHandler;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http2.Http2CodecUtil;
import io.netty.handler.codec.http2.Http2FrameCodec;
import io.netty.handler.codec.http2.Http2FrameCodecBuilder;
import io.netty.handler.codec.http2.Http2MultiplexHandler;
import io.netty.handler.codec.http2.Http2ServerUpgradeCodec;
import io.netty.handler.codec.http2.Http2Settings;
import io.netty.handler.codec.http2.Http2StreamChannel;
import io.netty.handler.codec.http2.Http2StreamFrameToHttpObjectCodec;
import io.netty.handler.ssl.ApplicationProtocolNames;
import io.netty.handler.ssl.ApplicationProtocolNegotiationHandler;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.AsciiString;
import io.netty.util.AttributeKey;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Builds a connection's pipeline for HTTP/1.1 or HTTP/2, and switches between them: by the HTTP/2
 * connection preface (prior knowledge), by an {@code Upgrade: h2c} request on the plain port, or
 * by ALPN over TLS. Every HTTP/2 stream gets its own {@link RequestHandler} behind Netty's
 * frame-to-HTTP-object codec, so each endpoint answers the same over both versions.
 *
 * <pre>{@code Http2Setup setup = new Http2Setup(config, log, inFlight);  setup.plain(channel.pipeline());}</pre>
 */
final class Http2Setup {

    /** Set on a connection that an h2c upgrade switched to HTTP/2. */
    static final AttributeKey<Boolean> UPGRADED = AttributeKey.valueOf("httpstatus.upgraded");

    private static final ByteBuf PREFACE = Unpooled.unreleasableBuffer(Http2CodecUtil.connectionPrefaceBuf());
    private static final List<String> HTTP1 = List.of("framing", "decoder", "encoder", "aggregator", "handler");

    private final ServerConfig config;
    private final AccessLog log;
    private final InFlight inFlight;

    Http2Setup(ServerConfig config, AccessLog log, InFlight inFlight) {
        this.config = config;
        this.log = log;
        this.inFlight = inFlight;
    }

    /** Plain port: HTTP/1.1 with h2c upgrade, unless the client opens with the HTTP/2 preface. */
    void plain(ChannelPipeline p) {
        p.addLast("preface", new PrefaceDetector());
        http1(p, true);
    }

    /** TLS: the protocol ALPN agreed on, HTTP/1.1 when the client named none. */
    void negotiated(ChannelPipeline p) {
        p.addLast(new ApplicationProtocolNegotiationHandler(ApplicationProtocolNames.HTTP_1_1) {
            @Override
            protected void configurePipeline(ChannelHandlerContext ctx, String protocol) {
                if (ApplicationProtocolNames.HTTP_2.equals(protocol)) {
                    http2(ctx.pipeline());
                } else {
                    http1(ctx.pipeline(), false);
                }
            }
        });
    }

    private void http1(ChannelPipeline p, boolean upgradable) {
        p.addLast("framing", new FramingGuard(config.maxHeaderBytes()));
        p.addLast("decoder", new StrictRequestDecoder(config.maxRequestLine(), config.maxHeaderBytes()));
        p.addLast("encoder", new HttpResponseEncoder());
        p.addLast("idle", idle());
        if (upgradable) {
            p.addLast("upgrade", new HttpServerUpgradeHandler(this::leaveHttp1, this::upgradeCodec,
                    config.maxBodyBytes()) {
                @Override
                protected boolean shouldHandleUpgradeRequest(HttpRequest req) {
                    return offersH2c(req);
                }
            });
        }
        p.addLast("aggregator", new LimitedAggregator(config.maxBodyBytes()));
        p.addLast("handler", new RequestHandler(log, inFlight, false));
    }

    private IdleStateHandler idle() {
        return new IdleStateHandler(0, 0, config.idleTimeout().toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Only HTTP/1.1 requests may upgrade (RFC 9110 §7.8), and only to h2c here. */
    private static boolean offersH2c(HttpRequest req) {
        if (!req.protocolVersion().equals(HttpVersion.HTTP_1_1)) {
            return false;
        }
        for (String p : req.headers().get("Upgrade", "").split(",")) {
            if (p.trim().toLowerCase(Locale.ROOT).equals("h2c")) {
                return true;
            }
        }
        return false;
    }

    private HttpServerUpgradeHandler.UpgradeCodec upgradeCodec(CharSequence protocol) {
        if (!AsciiString.contentEqualsIgnoreCase(protocol, Http2CodecUtil.HTTP_UPGRADE_PROTOCOL_NAME)) {
            return null;
        }
        return new Http2ServerUpgradeCodec(frameCodec(), multiplex(), new IdleCloser());
    }

    private void leaveHttp1(ChannelHandlerContext ctx) {
        ctx.channel().attr(UPGRADED).set(Boolean.TRUE);
        for (String name : HTTP1) {
            if (ctx.pipeline().get(name) != null) {
                ctx.pipeline().remove(name);
            }
        }
    }

    private void http2(ChannelPipeline p) {
        p.addLast("idle", idle());
        p.addLast(frameCodec(), multiplex(), new IdleCloser());
    }

    private Http2FrameCodec frameCodec() {
        return Http2FrameCodecBuilder.forServer()
                .initialSettings(Http2Settings.defaultSettings().maxConcurrentStreams(256)
                        .maxHeaderListSize(config.maxHeaderBytes()))
                .build();
    }

    private Http2MultiplexHandler multiplex() {
        return new Http2MultiplexHandler(new ChannelInitializer<Http2StreamChannel>() {
            @Override
            protected void initChannel(Http2StreamChannel ch) {
                ch.pipeline().addLast(new Http2StreamFrameToHttpObjectCodec(true),
                        new LimitedAggregator(config.maxBodyBytes()),
                        new RequestHandler(log, inFlight, true));
            }
        });
    }

    /** Ends an HTTP/2 connection that has been silent for the idle timeout (with GOAWAY). */
    private static final class IdleCloser extends ChannelInboundHandlerAdapter {
        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
            if (evt instanceof IdleStateEvent) {
                ctx.close();
                return;
            }
            super.userEventTriggered(ctx, evt);
        }
    }

    /**
     * First on the plain port: a connection that opens with the HTTP/2 preface ({@code PRI *
     * HTTP/2.0…}) is HTTP/2 by prior knowledge (RFC 9113 §3.3); any other first bytes leave it HTTP/1.1.
     */
    private final class PrefaceDetector extends ByteToMessageDecoder {
        @Override
        protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
            int n = Math.min(in.readableBytes(), PREFACE.readableBytes());
            if (ByteBufUtil.equals(PREFACE, PREFACE.readerIndex(), in, in.readerIndex(), n)) {
                if (n < PREFACE.readableBytes()) {
                    return; // so far so good: wait for the rest
                }
                ChannelPipeline p = ctx.pipeline();
                for (String name : HTTP1) {
                    p.remove(name);
                }
                p.remove("idle");
                if (p.get("upgrade") != null) {
                    p.remove("upgrade");
                }
                http2(p);
            }
            ctx.pipeline().remove(this); // hands the bytes read so far to what follows
        }
    }
}
