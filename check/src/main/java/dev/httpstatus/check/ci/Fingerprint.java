package dev.httpstatus.check.ci;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The stable identity of a finding across runs: the first 64 bits of SHA-256 over the rule id and a
 * location key, as 16 lower-case hex digits. File names, entry indexes and line numbers are not part
 * of it, so a fresh capture of the same traffic (or an edited OpenAPI file) gives the same prints.
 * Baselines match on it, and SARIF carries it in {@code partialFingerprints}.
 *
 * <pre>{@code
 * Fingerprint f = Fingerprint.of("405-without-allow", "DELETE /items/{id} 405");
 * f.value();                          // "…16 hex digits…", the same on every machine and run
 * Fingerprint.parse(f.value());       // Optional[f]
 * }</pre>
 */
public final class Fingerprint implements Comparable<Fingerprint> {

    private static final Pattern HEX16 = Pattern.compile("[0-9a-f]{16}");

    /** Looking a digest up costs more than hashing a short key; one per thread, reset after each use. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    });

    private final String value;

    private Fingerprint(String value) {
        this.value = value;
    }

    /** The fingerprint of {@code rule} at {@code locationKey}. */
    public static Fingerprint of(String rule, String locationKey) {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(locationKey, "locationKey");
        MessageDigest sha = SHA256.get();
        sha.update(rule.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) '\n'); // rule ids hold no newline, so the split point is unambiguous
        byte[] d = sha.digest(locationKey.getBytes(StandardCharsets.UTF_8));
        StringBuilder b = new StringBuilder(16);
        for (int i = 0; i < 8; i++) {
            b.append(Character.forDigit((d[i] >> 4) & 0xF, 16)).append(Character.forDigit(d[i] & 0xF, 16));
        }
        return new Fingerprint(b.toString());
    }

    /** A fingerprint as written by {@link #value()}: 16 lower-case hex digits; empty for anything else. */
    public static java.util.Optional<Fingerprint> parse(String text) {
        return text != null && HEX16.matcher(text).matches()
                ? java.util.Optional.of(new Fingerprint(text)) : java.util.Optional.empty();
    }

    /** 16 lower-case hex digits. */
    public String value() {
        return value;
    }

    @Override
    public int compareTo(Fingerprint o) {
        return value.compareTo(o.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fingerprint f && f.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
