package dev.httpstatus.netty;

import dev.httpstatus.check.Conformance;
import dev.httpstatus.check.NonConformingResponseException;
import dev.httpstatus.check.model.Exchange;
import dev.httpstatus.check.model.Headers;
import dev.httpstatus.check.model.Severity;
import dev.httpstatus.check.model.Recorder;
import dev.httpstatus.check.model.Source;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.Objects;

/**
 * A channel handler that checks each HTTP response passing through it against the RFCs, in a
 * server's pipeline (requests read, responses written) or a client's (requests written, responses
 * read). Place it after the HTTP codec (and after an aggregator, if any, so that content lengths
 * are known).
 *
 * <pre>{@code
 * pipeline.addLast(new HttpServerCodec(), new HttpObjectAggregator(1 << 20),
 *         new ConformanceHandler(Conformance.log(Severity.WARNING)), new MyHandler());
 * }</pre>
 *
 * <p>Responses always pass on unchanged. When the policy fails, the
 * {@link dev.httpstatus.check.NonConformingResponseException} goes down the pipeline as an
 * exception ({@code exceptionCaught}); {@code EmbeddedChannel.checkException()} rethrows it in tests.
 * Requests are matched to responses in order, as HTTP/1.1 pipelining requires; interim 1xx
 * responses leave the request waiting for its final response. Not sharable: it keeps the requests
 * of one connection.
 */
public final class ConformanceHandler extends ChannelDuplexHandler {

    /** What this adapter sees of a response. */
    private static final Recorder RECORDER = Recorder.client("Netty", true);

    /** What the handler remembers of a request until its final response passes. */
    private record Sent(String method, String uri, String version, Headers headers) {}

    private final Conformance policy;
    private final ArrayDeque<Sent> pending = new ArrayDeque<>(2);

    /** A handler acting on findings as {@code policy} says. */
    public ConformanceHandler(Conformance policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** A handler that raises an exception for findings at {@code threshold} or worse. */
    public static ConformanceHandler failOn(Severity threshold) {
        return new ConformanceHandler(Conformance.failOn(threshold));
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        see(ctx, msg);
        ctx.fireChannelRead(msg);
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        // Judge before passing on: once written, a full message's content may already be released.
        RuntimeException failure = see(ctx, msg);
        ctx.write(msg, promise);
        if (failure != null) {
            ctx.fireExceptionCaught(failure);
        }
    }

    /** Remembers a request or judges a response; returns a failure to raise, or null. */
    private RuntimeException see(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof HttpRequest req) {
            pending.add(new Sent(req.method().name(), req.uri(), req.protocolVersion().text(), headers(req.headers())));
        } else if (msg instanceof HttpResponse res) {
            int code = res.status().code();
            boolean interim = code >= 100 && code < 200 && code != 101;
            Sent req = interim ? pending.peek() : pending.poll();
            try {
                policy.judge(exchange(ctx, req, res));
            } catch (NonConformingResponseException e) {
                return e;
            }
        }
        return null;
    }

    private static Exchange exchange(ChannelHandlerContext ctx, Sent req, HttpResponse res) {
        String where = req == null ? String.valueOf(ctx.channel().remoteAddress()) : req.uri();
        long length;
        if (res instanceof FullHttpResponse full) {
            length = full.content().readableBytes();
        } else if (res.status().code() == 304 || req != null && req.method().equals("HEAD")) {
            length = 0; // their Content-Length describes the representation, not content on the wire
        } else {
            length = res.headers().getInt(HttpHeaderNames.CONTENT_LENGTH, -1);
        }
        Exchange.Builder x = Exchange.builder(Source.file(where)).recorder(RECORDER)
                .status(res.status().code())
                .reasonPhrase(res.status().reasonPhrase())
                .responseVersion(res.protocolVersion().text())
                .response(headers(res.headers()))
                .bodyLength(length);
        if (req != null) {
            x.method(req.method()).url(req.uri()).requestVersion(req.version()).request(req.headers());
        }
        return x.build();
    }

    private static Headers headers(io.netty.handler.codec.http.HttpHeaders fields) {
        Headers.Builder b = Headers.builder();
        for (Map.Entry<String, String> e : fields) {
            b.add(e.getKey(), e.getValue());
        }
        return b.build();
    }
}
