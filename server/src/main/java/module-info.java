/**
 * The httpstatus test server: answers any status code as the RFCs describe, over HTTP/1.1 and
 * HTTP/2, with or without TLS, and serves the catalog as JSON and as a page. Netty is an
 * implementation detail: nothing Netty appears in the exported API.
 *
 * <pre>{@code
 * try (StatusServer server = StatusServer.start(ServerConfig.defaults().withPort(0))) {
 *     URI uri = URI.create("http://127.0.0.1:" + server.port() + "/status/503");
 * }
 * }</pre>
 */
module dev.httpstatus.server {
    requires transitive dev.httpstatus.core;
    requires dev.httpstatus.json;
    requires com.fasterxml.jackson.core;
    requires io.netty.buffer;
    requires io.netty.codec;
    requires io.netty.codec.http;
    requires io.netty.codec.http2;
    requires io.netty.common;
    requires io.netty.handler;
    requires io.netty.transport;
    requires io.netty.transport.classes.epoll;

    exports dev.httpstatus.server;
}
