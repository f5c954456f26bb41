package dev.httpstatus.netty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.httpstatus.check.Conformance;
import dev.httpstatus.check.NonConformingResponseException;
import dev.httpstatus.check.model.Severity;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpVersion;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Netty's EmbeddedChannel with its real HTTP codec, as a server pipeline and as a client's. */
class ConformanceHandlerTest {

    private static FullHttpResponse response(HttpResponseStatus status, String... headers) {
        FullHttpResponse r = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status,
                Unpooled.copiedBuffer("see the docs", StandardCharsets.UTF_8));
        r.headers().set(HttpHeaderNames.CONTENT_LENGTH, r.content().readableBytes());
        r.headers().set(HttpHeaderNames.DATE, "Tue, 01 Dec 2026 10:00:00 GMT");
        r.headers().set(HttpHeaderNames.CONTENT_TYPE, "text/plain");
        for (int i = 0; i < headers.length; i += 2) {
            r.headers().add(headers[i], headers[i + 1]);
        }
        return r;
    }

    @Test
    void aServerAnswering405WithoutAllowIsCaughtOnWrite() {
        EmbeddedChannel ch = new EmbeddedChannel(new HttpServerCodec(), new HttpObjectAggregator(1 << 16),
                ConformanceHandler.failOn(Severity.ERROR));
        ch.writeInbound(Unpooled.copiedBuffer("DELETE /items/7 HTTP/1.1\r\nHost: example.test\r\n\r\n", StandardCharsets.US_ASCII));
        Object request = ch.readInbound();
        assertThat(request).isInstanceOf(io.netty.handler.codec.http.FullHttpRequest.class);
        ((io.netty.handler.codec.http.FullHttpRequest) request).release();

        // EmbeddedChannel rethrows what reached the end of the pipeline as exceptionCaught.
        assertThatThrownBy(() -> ch.writeOutbound(response(HttpResponseStatus.METHOD_NOT_ALLOWED)))
                .isInstanceOf(NonConformingResponseException.class)
                .hasMessage("DELETE /items/7 → 405 Method Not Allowed breaks 1 rule at severity error:\n"
                        + "  error    405-without-allow  405 response without Allow  (RFC 9110 §15.5.6)\n"
                        + "             fix: Send Allow: GET, HEAD (always: the methods the target resource supports).");
        // The response still went out, unchanged.
        assertThat(ch.outboundMessages()).isNotEmpty();
        ch.finishAndReleaseAll();
    }

    @Test
    void theFixedResponsePasses() throws Exception {
        EmbeddedChannel ch = new EmbeddedChannel(new HttpServerCodec(), new HttpObjectAggregator(1 << 16),
                ConformanceHandler.failOn(Severity.WARNING));
        ch.writeInbound(Unpooled.copiedBuffer("DELETE /items/7 HTTP/1.1\r\nHost: example.test\r\n\r\n", StandardCharsets.US_ASCII));
        ((io.netty.handler.codec.http.FullHttpRequest) ch.readInbound()).release();
        ch.writeOutbound(response(HttpResponseStatus.METHOD_NOT_ALLOWED, "Allow", "GET, HEAD")); // would throw
        ch.finishAndReleaseAll();
    }

    @Test
    void aClientPipelineChecksResponsesReadAgainstRequestsWritten() {
        List<String> reports = new ArrayList<>();
        EmbeddedChannel ch = new EmbeddedChannel(new ConformanceHandler(Conformance.reportTo(Severity.WARNING, reports::add)));
        ch.writeOutbound(new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, "/a"));
        ch.writeOutbound(new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, "/b"));
        ch.writeInbound(response(HttpResponseStatus.OK));          // answers /a
        ch.writeInbound(response(HttpResponseStatus.CREATED));     // answers /b: 201 to GET
        assertThat(reports).singleElement().asString()
                .startsWith("GET /b → 201 Created breaks ")
                .contains("warning  status-does-not-fit-method");
        ch.finishAndReleaseAll();
    }

    @Test
    void theReasonPhraseOnTheWireIsJudged() {
        List<String> reports = new ArrayList<>();
        EmbeddedChannel ch = new EmbeddedChannel(new ConformanceHandler(Conformance.reportTo(Severity.INFO, reports::add)));
        ch.writeOutbound(new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, "/x"));
        ch.writeInbound(response(new HttpResponseStatus(404, "Nothing Here")));
        assertThat(reports).singleElement().asString().contains("reason-phrase-differs");
        ch.finishAndReleaseAll();
    }
}
