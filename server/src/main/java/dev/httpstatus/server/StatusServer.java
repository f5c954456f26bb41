package dev.httpstatus.server;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollEventLoopGroup;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The httpstatus test server: answers any status code the way the RFCs describe, serves the
 * catalog as JSON ({@code /api/codes}) and as a page ({@code /}). HTTP/1.1 and HTTP/2 (prior
 * knowledge or h2c upgrade on the plain port; ALPN with {@link Tls}). Runs on Netty until closed.
 *
 * <pre>{@code
 * try (StatusServer server = StatusServer.start(ServerConfig.defaults().withPort(0))) {
 *     URI uri = URI.create("http://127.0.0.1:" + server.port() + "/status/503");
 *     // … send requests …
 * }
 * }</pre>
 */
public final class StatusServer implements AutoCloseable {

    private final EventLoopGroup boss;
    private final EventLoopGroup workers;
    private final Channel channel;
    private final AtomicInteger open;
    private final InFlight inFlight;
    private final TlsContext tls;

    private StatusServer(EventLoopGroup boss, EventLoopGroup workers, Channel channel, AtomicInteger open,
            InFlight inFlight, TlsContext tls) {
        this.tls = tls;
        this.boss = boss;
        this.workers = workers;
        this.channel = channel;
        this.open = open;
        this.inFlight = inFlight;
    }

    /**
     * Binds and starts serving.
     *
     * @throws UncheckedIOException if the address cannot be bound (in use, not local, no permission)
     */
    public static StatusServer start(ServerConfig config) {
        boolean epoll = Epoll.isAvailable();
        int threads = Runtime.getRuntime().availableProcessors();
        EventLoopGroup boss = epoll ? new EpollEventLoopGroup(1) : new NioEventLoopGroup(1);
        EventLoopGroup workers = epoll ? new EpollEventLoopGroup(threads) : new NioEventLoopGroup(threads);
        Class<? extends ServerChannel> channelType = epoll ? EpollServerSocketChannel.class : NioServerSocketChannel.class;
        AtomicInteger open = new AtomicInteger();
        InFlight inFlight = new InFlight();
        ConnectionGuard guard = new ConnectionGuard(open, config.maxConnections());
        AccessLog log = config.accessLog() ? AccessLog.to(System.out) : AccessLog.off();
        TlsContext tls;
        try {
            tls = TlsContext.of(config.tls());
        } catch (IllegalArgumentException e) {
            shutdown(boss, workers);
            throw new UncheckedIOException(new IOException(e.getMessage(), e));
        }
        Http2Setup setup = new Http2Setup(config, log, inFlight);
        ServerBootstrap b = new ServerBootstrap()
                .group(boss, workers)
                .channel(channelType)
                .option(ChannelOption.SO_BACKLOG, 1024)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ChannelPipeline p = ch.pipeline();
                        p.addLast(guard);
                        if (tls.enabled()) {
                            p.addLast(tls.context().newHandler(ch.alloc()));
                            setup.negotiated(p);
                        } else {
                            setup.plain(p);
                        }
                    }
                });
        try {
            Channel ch = b.bind(config.bind(), config.port()).sync().channel();
            return new StatusServer(boss, workers, ch, open, inFlight, tls);
        } catch (Exception e) {
            shutdown(boss, workers);
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new UncheckedIOException(new IOException(
                    "cannot listen on " + config.bind() + ":" + config.port() + ": " + e.getMessage(), e));
        }
    }

    /** The port actually bound (useful after asking for port 0). */
    public int port() {
        return address().getPort();
    }

    /** "https" when the server speaks TLS, else "http". */
    public String scheme() {
        return tls.enabled() ? "https" : "http";
    }

    /**
     * The certificate the server presents over TLS (generated or read from the PEM file); empty for
     * plain HTTP. Clients that should trust a generated certificate can add it to their trust store.
     */
    public java.util.Optional<java.security.cert.X509Certificate> certificate() {
        return tls.certificate();
    }

    /** The transport in use: "epoll" on Linux, "nio" where the native library is not available. */
    public String transport() {
        return channel instanceof EpollServerSocketChannel ? "epoll" : "nio";
    }

    /** The address actually bound. */
    public InetSocketAddress address() {
        return (InetSocketAddress) channel.localAddress();
    }

    /** Connections open right now. */
    public int openConnections() {
        return open.get();
    }

    /** Blocks until the server has been closed (by {@link #close()}, e.g. from a shutdown hook). */
    public void awaitClosed() throws InterruptedException {
        channel.closeFuture().sync();
        workers.terminationFuture().sync();
    }

    /**
     * Stops accepting, waits for replies held back by {@code ?delay=} (at most the longest delay a
     * request may ask for, plus a second), lets the event loops finish what they are writing, and
     * releases the port.
     */
    @Override
    public void close() {
        channel.close().syncUninterruptibly();
        // Shutting the loops down cancels their scheduled tasks, which would drop delayed replies.
        inFlight.awaitNone(StatusResponder.MAX_DELAY_MILLIS + 1_000, TimeUnit.MILLISECONDS);
        shutdown(boss, workers);
    }

    private static void shutdown(EventLoopGroup boss, EventLoopGroup workers) {
        boss.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        // A short quiet period lets HTTP/2 connections flush and settle (their peers still send
        // acknowledgements) before the sockets close.
        workers.shutdownGracefully(200, 2_000, TimeUnit.MILLISECONDS).syncUninterruptibly();
    }
}
