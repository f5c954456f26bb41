package dev.httpstatus.server;

import io.netty.handler.codec.http2.Http2SecurityUtil;
import io.netty.handler.ssl.ApplicationProtocolConfig;
import io.netty.handler.ssl.ApplicationProtocolNames;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import io.netty.handler.ssl.SupportedCipherSuiteFilter;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Optional;
import javax.net.ssl.SSLException;

/**
 * The server side of TLS for a {@link Tls} setting: the JDK's engine, ALPN offering h2 then
 * http/1.1, and the ciphers HTTP/2 allows (RFC 9113 §9.2.2).
 *
 * <pre>{@code TlsContext t = TlsContext.of(Tls.selfSigned());  t.context().newHandler(alloc);}</pre>
 */
final class TlsContext {

    private static final TlsContext NONE = new TlsContext(null, null);

    private final SslContext context;
    private final X509Certificate certificate;

    private TlsContext(SslContext context, X509Certificate certificate) {
        this.context = context;
        this.certificate = certificate;
    }

    /** @throws IllegalArgumentException naming the file when a PEM file cannot be read or used */
    static TlsContext of(Tls tls) {
        if (!tls.enabled()) {
            return NONE;
        }
        SslContextBuilder b;
        X509Certificate cert;
        if (tls.certificate().isPresent()) {
            Path certFile = tls.certificate().get();
            Path keyFile = tls.privateKey().orElseThrow();
            cert = readCertificate(certFile);
            try {
                b = SslContextBuilder.forServer(certFile.toFile(), keyFile.toFile());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("cannot use " + certFile + " and " + keyFile
                        + " (a PEM certificate and an unencrypted PKCS#8 PEM key): " + e.getMessage(), e);
            }
        } else {
            DevCertificate dev = DevCertificate.generate();
            cert = dev.certificate();
            b = SslContextBuilder.forServer(dev.keys().getPrivate(), dev.certificate());
        }
        try {
            SslContext context = b.sslProvider(SslProvider.JDK)
                    .ciphers(Http2SecurityUtil.CIPHERS, SupportedCipherSuiteFilter.INSTANCE)
                    .applicationProtocolConfig(new ApplicationProtocolConfig(ApplicationProtocolConfig.Protocol.ALPN,
                            ApplicationProtocolConfig.SelectorFailureBehavior.NO_ADVERTISE,
                            ApplicationProtocolConfig.SelectedListenerFailureBehavior.ACCEPT,
                            ApplicationProtocolNames.HTTP_2, ApplicationProtocolNames.HTTP_1_1))
                    .build();
            return new TlsContext(context, cert);
        } catch (SSLException | IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot set up TLS (" + tls + "): " + e.getMessage(), e);
        }
    }

    private static X509Certificate readCertificate(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (Exception e) {
            throw new IllegalArgumentException("cannot read a PEM certificate from " + file + ": " + e.getMessage(), e);
        }
    }

    boolean enabled() {
        return context != null;
    }

    SslContext context() {
        return context;
    }

    Optional<X509Certificate> certificate() {
        return Optional.ofNullable(certificate);
    }
}
