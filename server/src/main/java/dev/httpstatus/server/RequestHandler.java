package dev.httpstatus.server;

import dev.httpstatus.StatusCode;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelOption;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.DefaultLastHttpContent;
import io.netty.handler.codec.http.EmptyHttpHeaders;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.handler.codec.http2.Http2StreamChannel;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.util.AsciiString;
import io.netty.util.ReferenceCountUtil;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Last in the pipeline: turns each complete request into a {@link Reply} and writes it. Replies
 * go out in request order even when one is delayed (later pipelined requests wait in a queue);
 * undecodable requests get 400, 413, 414, 417, 431, 501 or 505 and the connection closes, as the
 * framing is lost. The same handler serves one HTTP/2 stream (then there is one request, and the
 * HTTP/1 connection rules do not apply).
 *
 * <pre>{@code pipeline.addLast(new RequestHandler(accessLog, inFlight, false));}</pre>
 */
final class RequestHandler extends ChannelInboundHandlerAdapter {

    // Header names and fixed values as AsciiString: their hash is computed once and they are
    // copied to the wire as bytes, where a String is hashed and encoded again on every response.
    private static final AsciiString CONTENT_LENGTH = AsciiString.cached("Content-Length");
    private static final AsciiString CONNECTION = AsciiString.cached("Connection");
    private static final AsciiString DATE = AsciiString.cached("Date");
    private static final AsciiString SERVER = AsciiString.cached("Server");
    private static final AsciiString CSP = AsciiString.cached("Content-Security-Policy");
    private static final AsciiString CONTENT_TYPE_OPTIONS = AsciiString.cached("X-Content-Type-Options");
    private static final AsciiString ALLOW_ORIGIN = AsciiString.cached("Access-Control-Allow-Origin");
    private static final AsciiString EXPOSE_HEADERS = AsciiString.cached("Access-Control-Expose-Headers");
    private static final AsciiString PRODUCT = AsciiString.cached("httpstatus");
    private static final AsciiString SANDBOX = AsciiString.cached("default-src 'none'; sandbox");
    private static final AsciiString NOSNIFF = AsciiString.cached("nosniff");
    private static final AsciiString ANY = AsciiString.cached("*");

    private static final HttpResponseStatus[] STATUSES = new HttpResponseStatus[StatusCode.MAX_CODE + 1];

    private final AccessLog log;
    private final InFlight inFlight;
    private final boolean http2;
    private final ArrayDeque<Object> waiting = new ArrayDeque<>(0);
    private boolean busy;
    /** Set once a reply that ends the connection is on its way: nothing after it is answered. */
    private boolean closing;

    RequestHandler(AccessLog log, InFlight inFlight, boolean http2) {
        this.log = log;
        this.inFlight = inFlight;
        this.http2 = http2;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (closing || ctx.channel().hasAttr(LingeringClose.DRAINING)
                || !(msg instanceof FullHttpRequest || msg instanceof FramingGuard.Violation)) {
            ReferenceCountUtil.release(msg);
            return;
        }
        ctx.channel().attr(ConnectionGuard.PARTIAL).set(null);
        if (busy) {
            waiting.add(msg);
            return;
        }
        handle(ctx, msg);
    }

    private void handle(ChannelHandlerContext ctx, Object msg) {
        long start = System.nanoTime();
        if (msg instanceof FramingGuard.Violation v) {
            refuse(ctx, ProblemException.of(v.status(), v.detail()), "-", "-", start);
            return;
        }
        FullHttpRequest req = (FullHttpRequest) msg;
        try {
            String method = req.method().name();
            String uri = req.uri();
            DecoderResult result = req.decoderResult();
            if (!result.isSuccess()) {
                refuse(ctx, undecodable(result.cause()), method, uri, start);
                return;
            }
            Wire wire = http2 ? Wire.HTTP_2 : wire(req.protocolVersion());
            if (wire == null) {
                refuse(ctx, ProblemException.of(505, "HTTP version " + Text.quote(req.protocolVersion().text())
                        + " is not supported here; send HTTP/1.1 (or HTTP/2 with its connection preface)"),
                        method, uri, start);
                return;
            }
            ProblemException host = wire == Wire.HTTP_2 ? null : badHost(req.headers(), wire);
            if (host != null) {
                refuse(ctx, host, method, uri, start);
                return;
            }
            Boolean continued = ctx.channel().attr(LimitedAggregator.CONTINUED).getAndSet(null);
            Reply reply;
            try {
                Request request = Request.of(method, uri, req.headers(), wire);
                if (switchedBy(ctx)) {
                    request.markSwitched();
                }
                reply = Routes.route(request, continued != null);
            } catch (ProblemException e) {
                reply = Routes.problem(Request.of(method, "/", req.headers(), wire), e);
            } catch (RuntimeException e) {
                // A bug of ours: say so in the answer instead of dropping the connection.
                System.err.println("httpstatus server: failed on " + Text.quote(method + " " + uri) + ": " + e);
                reply = Routes.problem(null, ProblemException.of(500, "the server failed: " + e));
            }
            Reply r = reply;
            boolean keepAlive = wire == Wire.HTTP_2 || HttpUtil.isKeepAlive(req) && !r.close;
            if (r.delayMillis > 0 || r.fault == Fault.DRIP || r.fault == Fault.PAUSE) {
                busy = true;
                inFlight.begin();
                ctx.executor().schedule(() -> {
                    log(ctx, write(ctx, r, keepAlive, wire), method, uri, r, start);
                }, r.delayMillis, TimeUnit.MILLISECONDS);
            } else {
                log(ctx, write(ctx, r, keepAlive, wire), method, uri, r, start);
            }
        } finally {
            req.release();
        }
    }

    /** Ends a delayed or dripped reply: lets the requests that waited behind it through. */
    private void done(ChannelHandlerContext ctx) {
        inFlight.end();
        busy = false;
        drain(ctx);
    }

    private static Wire wire(HttpVersion v) {
        if (v.majorVersion() != 1) {
            return null; // RFC 9110 §15.6.6: 505 for a major version the server does not support
        }
        return v.minorVersion() == 0 ? Wire.HTTP_1_0 : Wire.HTTP_1_1; // 1.2 and up are read as 1.1 (§2.5)
    }

    /** RFC 9112 §3.2: exactly one Host in HTTP/1.1, and whatever Host is sent must be a host. */
    private static ProblemException badHost(HttpHeaders headers, Wire wire) {
        List<String> hosts = headers.getAll("Host");
        if (wire == Wire.HTTP_1_1 && hosts.size() != 1 || hosts.size() > 1) {
            return ProblemException.badParameter("Host", String.join(", ", hosts),
                    "an HTTP/1.1 request must carry exactly one Host header");
        }
        if (!hosts.isEmpty() && !Text.isHost(hosts.get(0))) {
            return ProblemException.badParameter("Host", hosts.get(0),
                    "not a host name or address with an optional port");
        }
        return null;
    }

    /** Whether this is the HTTP/2 stream of a request that upgraded its connection from HTTP/1.1. */
    private static boolean switchedBy(ChannelHandlerContext ctx) {
        return ctx.channel() instanceof Http2StreamChannel s && s.stream().id() == 1
                && s.parent().hasAttr(Http2Setup.UPGRADED);
    }

    /** Answers a request that cannot be served as sent, then ends the connection (HTTP/2: the stream). */
    private void refuse(ChannelHandlerContext ctx, ProblemException why, String method, String uri, long start) {
        Reply r = Routes.problem(null, why);
        r.close = true;
        if (ctx.channel().attr(LimitedAggregator.EXPECTATION_REFUSED).getAndSet(null) != null) {
            r.body = Reply.EMPTY; // see EXPECTATION_REFUSED: the status says it all
            r.headers.remove("Content-Type");
        }
        log(ctx, write(ctx, r, false, http2 ? Wire.HTTP_2 : Wire.HTTP_1_1), method, uri, r, start);
    }

    private void log(ChannelHandlerContext ctx, ChannelFuture written, String method, String uri, Reply r,
            long start) {
        if (log.enabled() && written != null) {
            written.addListener(f -> log.line(ctx.channel(), method, uri, r, start));
        }
    }

    private void drain(ChannelHandlerContext ctx) {
        while (!busy && !waiting.isEmpty() && ctx.channel().isActive() && !closing) {
            handle(ctx, waiting.poll());
        }
        if (!ctx.channel().isActive() || closing) {
            waiting.forEach(ReferenceCountUtil::release);
            waiting.clear();
        }
    }

    private static ProblemException undecodable(Throwable cause) {
        if (cause instanceof ProblemException p) {
            return p; // the aggregator's 413 or 417
        }
        if (cause instanceof TooLongHttpLineException) {
            return ProblemException.of(414, "the request line is longer than the server accepts");
        }
        if (cause instanceof TooLongHttpHeaderException) {
            return ProblemException.of(431, "the request's header section is larger than the server accepts");
        }
        String why = cause == null || cause.getMessage() == null ? "unreadable" : cause.getMessage();
        return ProblemException.of(400, "the request is not valid HTTP/1.1: " + why);
    }

    /**
     * Writes the reply (interim responses first, where the wire allows them) and returns the future
     * of the final write, or null when the reply finishes later (a drip).
     */
    private ChannelFuture write(ChannelHandlerContext ctx, Reply r, boolean keepAlive, Wire wire) {
        boolean scheduled = r.delayMillis > 0 || r.fault == Fault.DRIP || r.fault == Fault.PAUSE;
        if (r.fault == Fault.RESET || r.fault == Fault.CLOSE) {
            ChannelFuture f = abort(ctx, r.fault, wire);
            if (scheduled) {
                done(ctx);
            }
            return f;
        }
        if (wire.allowsInterim()) {
            for (Reply interim : r.interim) {
                ctx.write(response(interim));
            }
        }
        DefaultFullHttpResponse res = response(r);
        if (wire != Wire.HTTP_2) {
            if (!keepAlive && r.status != 101) { // 101 keeps "Connection: Upgrade"; closing says the rest
                String options = res.headers().get(CONNECTION);
                res.headers().set(CONNECTION, options == null ? "close" : options + ", close");
            } else if (wire == Wire.HTTP_1_0) {
                res.headers().set(CONNECTION, "keep-alive");
            }
        }
        if (r.fault != null) {
            return faulty(ctx, r, res, wire, scheduled);
        }
        ChannelFuture f = ctx.writeAndFlush(res);
        if (wire != Wire.HTTP_2 && (!keepAlive || r.close)) {
            closing = true;
            LingeringClose.after(f);
        }
        if (scheduled) {
            done(ctx);
        }
        return f;
    }

    /** {@link Fault#RESET} and {@link Fault#CLOSE}: no response at all. */
    private ChannelFuture abort(ChannelHandlerContext ctx, Fault fault, Wire wire) {
        closing = true;
        if (wire == Wire.HTTP_2) {
            // Closing an unfinished stream resets it; CLOSE ends the whole connection (GOAWAY).
            return fault == Fault.CLOSE ? ctx.channel().parent().close() : ctx.close();
        }
        if (fault == Fault.RESET) {
            ctx.channel().config().setOption(ChannelOption.SO_LINGER, 0); // close() now sends RST, not FIN
        }
        return ctx.close();
    }

    /** {@link Fault#TRUNCATE}, {@link Fault#DRIP} and {@link Fault#BAD_LENGTH}: a head, then a broken body. */
    private ChannelFuture faulty(ChannelHandlerContext ctx, Reply r, DefaultFullHttpResponse full, Wire wire,
            boolean scheduled) {
        byte[] body = !r.head && r.framed ? r.body : Reply.EMPTY;
        DefaultHttpResponse head = new DefaultHttpResponse(full.protocolVersion(), full.status(), full.headers());
        full.release();
        switch (r.fault) {
            case TRUNCATE -> {
                closing = true;
                ctx.write(head);
                int sent = r.truncateAt < 0 ? body.length / 2 : Math.min(r.truncateAt, body.length);
                ChannelFuture f = ctx.writeAndFlush(new DefaultHttpContent(Unpooled.wrappedBuffer(body, 0, sent)));
                f.addListener(ChannelFutureListener.CLOSE);
                if (scheduled) {
                    done(ctx);
                }
                return f;
            }
            case BAD_LENGTH -> {
                if (r.framed) {
                    head.headers().setInt(CONTENT_LENGTH, r.body.length + Fault.MISSING_BYTES);
                }
                ctx.write(head);
                ChannelFuture f = ctx.writeAndFlush(new DefaultLastHttpContent(Unpooled.wrappedBuffer(body)));
                if (scheduled) {
                    done(ctx);
                }
                return f;
            }
            case DRIP -> {
                ctx.writeAndFlush(head);
                long interval = body.length == 0 ? 0 : TimeUnit.MILLISECONDS.toNanos(r.dripMillis) / body.length;
                drip(ctx, body, 0, interval);
                return null;
            }
            case PAUSE -> {
                ctx.writeAndFlush(head);
                ctx.executor().schedule(() -> {
                    if (ctx.channel().isActive()) {
                        ctx.writeAndFlush(new DefaultLastHttpContent(Unpooled.wrappedBuffer(body)));
                    }
                    done(ctx);
                }, r.dripMillis, TimeUnit.MILLISECONDS);
                return null;
            }
            default -> throw new IllegalStateException(r.fault.name());
        }
    }

    private void drip(ChannelHandlerContext ctx, byte[] body, int next, long intervalNanos) {
        if (!ctx.channel().isActive()) {
            done(ctx);
            return;
        }
        if (next == body.length) {
            ctx.writeAndFlush(LastHttpContent.EMPTY_LAST_CONTENT);
            done(ctx);
            return;
        }
        ctx.writeAndFlush(new DefaultHttpContent(Unpooled.wrappedBuffer(body, next, 1)));
        ctx.executor().schedule(() -> drip(ctx, body, next + 1, intervalNanos), intervalNanos, TimeUnit.NANOSECONDS);
    }

    private static DefaultFullHttpResponse response(Reply r) {
        boolean sendBody = !r.head && r.framed && r.body.length > 0;
        DefaultFullHttpResponse res = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status(r),
                sendBody ? Unpooled.wrappedBuffer(r.body) : Unpooled.EMPTY_BUFFER, r.headers,
                EmptyHttpHeaders.INSTANCE);
        if (r.framed) {
            r.headers.setInt(CONTENT_LENGTH, r.body.length);
        }
        if (!r.headers.contains(DATE)) {
            r.headers.set(DATE, DateHeader.now());
        }
        r.headers.set(SERVER, PRODUCT);
        // Bodies echo client text (?body=, /response-headers): never let a browser run it as a page.
        if (!r.headers.contains(CSP)) {
            r.headers.set(CSP, SANDBOX);
        }
        r.headers.set(CONTENT_TYPE_OPTIONS, NOSNIFF);
        // Browser apps on any origin may test against this server and read every header.
        r.headers.set(ALLOW_ORIGIN, ANY);
        r.headers.set(EXPOSE_HEADERS, ANY);
        return res;
    }

    private static HttpResponseStatus status(Reply r) {
        if (r.reason != null) {
            return new HttpResponseStatus(r.status, r.reason);
        }
        HttpResponseStatus s = STATUSES[r.status];
        if (s == null) {
            s = new HttpResponseStatus(r.status, StatusCode.of(r.status).reasonPhrase());
            STATUSES[r.status] = s; // a benign race: equal values
        }
        return s;
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
        if (evt instanceof IdleStateEvent) {
            if (busy) {
                return; // a delayed reply is on its way
            }
            if (!closing && Boolean.TRUE.equals(ctx.channel().attr(ConnectionGuard.PARTIAL).get())) {
                refuse(ctx, ProblemException.of(408, "the request was not completed within the server's idle timeout"),
                        "-", "-", System.nanoTime());
            } else if (!closing) {
                ctx.close();
            }
            return;
        }
        super.userEventTriggered(ctx, evt);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        waiting.forEach(ReferenceCountUtil::release);
        waiting.clear();
        super.channelInactive(ctx);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        // Peers resetting connections is normal for a test server; there is no one to answer.
        ctx.close();
    }
}
