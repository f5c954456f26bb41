// Netty 4.1's jars are automatic modules (named in their manifests); users put them on either path.
/**
 * Netty support: conversions to and from {@code HttpResponseStatus}, and a handler that checks the
 * responses passing through a pipeline. Netty itself is the user's.
 *
 * <pre>{@code
 * pipeline.addLast(new ConformanceHandler(Conformance.log(Severity.WARNING)));
 * }</pre>
 */
module dev.httpstatus.netty {
    requires transitive dev.httpstatus.check;
    requires transitive io.netty.codec.http;
    requires transitive io.netty.codec;
    requires transitive io.netty.transport;
    requires io.netty.common;
    requires io.netty.buffer;

    exports dev.httpstatus.netty;
}
