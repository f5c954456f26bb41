package dev.httpstatus.server;

import dev.httpstatus.StatusCode;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.EmptyHttpHeaders;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.util.AsciiString;
import io.netty.util.ReferenceCountUtil;
import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;

/**
 * Last in the pipeline: turns each complete request into a {@link Reply} and writes it. Replies
 * go out in request order even when one is delayed (later pipelined requests wait in a queue);
 * undecodable requests get 400, 414 or 431 and the connection closes, as the framing is lost.
 *
 * <pre>{@code pipeline.addLast(new RequestHandler(accessLog, inFlight));}</pre>
 */
final class RequestHandler extends ChannelInboundHandlerAdapter {

    // Header names and fixed values as AsciiString: their hash is computed once and they are
    // copied to the wire as bytes, where a String is hashed and encoded again on every response.
    private static final AsciiString CONTENT_LENGTH = AsciiString.cached("Content-Length");
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
    private final ArrayDeque<FullHttpRequest> waiting = new ArrayDeque<>(0);
    private boolean busy;

    RequestHandler(AccessLog log, InFlight inFlight) {
        this.log = log;
        this.inFlight = inFlight;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof FullHttpRequest req) || ctx.channel().hasAttr(LingeringClose.DRAINING)) {
            ReferenceCountUtil.release(msg);
            return;
        }
        ctx.channel().attr(ConnectionGuard.PARTIAL).set(null);
        if (busy) {
            waiting.add(req);
            return;
        }
        handle(ctx, req);
    }

    private void handle(ChannelHandlerContext ctx, FullHttpRequest req) {
        try {
            long start = System.nanoTime();
            DecoderResult result = req.decoderResult();
            if (!result.isSuccess()) {
                Reply r = undecodable(result.cause());
                r.close = true;
                log(ctx, write(ctx, r, false, HttpVersion.HTTP_1_1), "-", "-", r, start);
                return;
            }
            Boolean continued = ctx.channel().attr(LimitedAggregator.CONTINUED).getAndSet(null);
            if (req.protocolVersion().equals(HttpVersion.HTTP_1_1) && req.headers().getAll("Host").size() != 1) {
                // RFC 9112 §3.2: an HTTP/1.1 request without exactly one Host is answered 400.
                Reply r = Routes.problem(null, ProblemException.badParameter("Host",
                        String.join(", ", req.headers().getAll("Host")),
                        "an HTTP/1.1 request must carry exactly one Host header"));
                r.close = true;
                log(ctx, write(ctx, r, false, HttpVersion.HTTP_1_1), req.method().name(), req.uri(), r, start);
                return;
            }
            String method = req.method().name();
            Reply reply;
            try {
                reply = Routes.route(Request.of(method, req.uri(), req.headers()), continued != null);
            } catch (ProblemException e) {
                reply = Routes.problem(Request.of(method, "/", req.headers()), e);
            } catch (RuntimeException e) {
                // A bug of ours: say so in the answer instead of dropping the connection.
                System.err.println("httpstatus server: failed on " + Text.quote(method + " " + req.uri()) + ": " + e);
                reply = Routes.problem(null, ProblemException.of(500, "the server failed: " + e));
            }
            Reply r = reply;
            boolean keepAlive = HttpUtil.isKeepAlive(req) && !r.close;
            HttpVersion version = req.protocolVersion();
            String uri = req.uri();
            if (r.delayMillis > 0) {
                busy = true;
                inFlight.begin();
                ctx.executor().schedule(() -> {
                    try {
                        log(ctx, write(ctx, r, keepAlive, version), method, uri, r, start);
                        busy = false;
                        drain(ctx);
                    } finally {
                        inFlight.end();
                    }
                }, r.delayMillis, TimeUnit.MILLISECONDS);
            } else {
                log(ctx, write(ctx, r, keepAlive, version), method, uri, r, start);
            }
        } finally {
            req.release();
        }
    }

    private void log(ChannelHandlerContext ctx, ChannelFuture written, String method, String uri, Reply r,
            long start) {
        if (log.enabled()) {
            written.addListener(f -> log.line(ctx.channel(), method, uri, r, start));
        }
    }

    private void drain(ChannelHandlerContext ctx) {
        while (!busy && !waiting.isEmpty() && ctx.channel().isActive()) {
            handle(ctx, waiting.poll());
        }
        if (!ctx.channel().isActive()) {
            waiting.forEach(FullHttpRequest::release);
            waiting.clear();
        }
    }

    private static Reply undecodable(Throwable cause) {
        ProblemException p;
        if (cause instanceof TooLongHttpLineException) {
            p = ProblemException.of(414, "the request line is longer than the server accepts");
        } else if (cause instanceof TooLongHttpHeaderException) {
            p = ProblemException.of(431, "the request's header section is larger than the server accepts");
        } else {
            String why = cause == null || cause.getMessage() == null ? "unreadable" : cause.getMessage();
            p = ProblemException.of(400, "the request is not valid HTTP/1.1: " + why);
        }
        return Routes.problem(null, p);
    }

    private static ChannelFuture write(ChannelHandlerContext ctx, Reply r, boolean keepAlive, HttpVersion version) {
        for (Reply interim : r.interim) {
            ctx.write(response(interim, HttpVersion.HTTP_1_1));
        }
        DefaultFullHttpResponse res = response(r, HttpVersion.HTTP_1_1);
        if (!keepAlive && r.status != 101) { // 101 keeps "Connection: Upgrade"; closing says the rest
            String options = res.headers().get("Connection");
            res.headers().set("Connection", options == null ? "close" : options + ", close");
        } else if (version == HttpVersion.HTTP_1_0) {
            res.headers().set("Connection", "keep-alive");
        }
        ChannelFuture f = ctx.writeAndFlush(res);
        if (!keepAlive || r.close) {
            LingeringClose.after(f);
        }
        return f;
    }

    private static DefaultFullHttpResponse response(Reply r, HttpVersion version) {
        boolean sendBody = !r.head && r.framed && r.body.length > 0;
        DefaultFullHttpResponse res = new DefaultFullHttpResponse(version, status(r),
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
            if (Boolean.TRUE.equals(ctx.channel().attr(ConnectionGuard.PARTIAL).get())) {
                Reply r = Routes.problem(null, ProblemException.of(408,
                        "the request was not completed within the server's idle timeout"));
                r.close = true;
                write(ctx, r, false, HttpVersion.HTTP_1_1);
            } else {
                ctx.close();
            }
            return;
        }
        super.userEventTriggered(ctx, evt);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        waiting.forEach(FullHttpRequest::release);
        waiting.clear();
        super.channelInactive(ctx);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        // Peers resetting connections is normal for a test server; there is no one to answer.
        ctx.close();
    }
}
