package dev.httpstatus.server;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether the server speaks HTTPS, and with which certificate: none (plain HTTP, HTTP/2 by prior
 * knowledge or h2c upgrade), one generated at start, or PEM files. Over TLS, ALPN offers {@code h2}
 * and {@code http/1.1}.
 *
 * <pre>{@code
 * ServerConfig.defaults().withTls(Tls.selfSigned());
 * ServerConfig.defaults().withTls(Tls.pem(Path.of("cert.pem"), Path.of("key.pem")));
 * }</pre>
 */
public final class Tls {

    private static final Tls NONE = new Tls(false, null, null);
    private static final Tls SELF_SIGNED = new Tls(true, null, null);

    private final boolean enabled;
    private final Path certificate;
    private final Path privateKey;

    private Tls(boolean enabled, Path certificate, Path privateKey) {
        this.enabled = enabled;
        this.certificate = certificate;
        this.privateKey = privateKey;
    }

    /** Plain HTTP. */
    public static Tls none() {
        return NONE;
    }

    /** HTTPS with a certificate for localhost, 127.0.0.1 and ::1 generated when the server starts. */
    public static Tls selfSigned() {
        return SELF_SIGNED;
    }

    /** HTTPS with a PEM certificate chain and an unencrypted PKCS#8 PEM private key. */
    public static Tls pem(Path certificate, Path privateKey) {
        return new Tls(true, Objects.requireNonNull(certificate, "certificate"),
                Objects.requireNonNull(privateKey, "privateKey"));
    }

    public boolean enabled() {
        return enabled;
    }

    /** The certificate chain file; empty when none is used or one is generated. */
    public Optional<Path> certificate() {
        return Optional.ofNullable(certificate);
    }

    /** The private key file; empty when none is used or one is generated. */
    public Optional<Path> privateKey() {
        return Optional.ofNullable(privateKey);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tls t && t.enabled == enabled && Objects.equals(t.certificate, certificate)
                && Objects.equals(t.privateKey, privateKey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(enabled, certificate, privateKey);
    }

    @Override
    public String toString() {
        return !enabled ? "none" : certificate == null ? "self-signed" : "pem " + certificate + ", " + privateKey;
    }
}
