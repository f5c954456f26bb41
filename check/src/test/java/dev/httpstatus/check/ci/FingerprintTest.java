package dev.httpstatus.check.ci;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FingerprintTest {

    @Test
    void theValueIsPinned() {
        // Computed apart (Python hashlib: sha256(rule + "\n" + key)[:16 hex]). Baselines in users' repositories and alerts in code scanning hold these values: changing the
        // algorithm breaks them all, so it needs a new key (httpstatusFinding/v2) and a format version.
        assertThat(Fingerprint.of("405-without-allow", "DELETE /items/{id} 405").value()).isEqualTo("5926c61b0d2188ba");
        assertThat(Fingerprint.of("", "").value()).isEqualTo("01ba4719c80b6fe9");
    }

    @Test
    void ruleAndLocationDoNotRunTogether() {
        assertThat(Fingerprint.of("ab", "c")).isNotEqualTo(Fingerprint.of("a", "bc"));
    }

    @Test
    void parsesOnlyWhatItWrites() {
        Fingerprint f = Fingerprint.of("r", "GET / 200");
        assertThat(f.value()).matches("[0-9a-f]{16}");
        assertThat(Fingerprint.parse(f.value())).contains(f);
        assertThat(Fingerprint.parse("ABCDEF0123456789")).isEmpty();
        assertThat(Fingerprint.parse("abc")).isEmpty();
        assertThat(Fingerprint.parse(null)).isEmpty();
        assertThat(f.compareTo(Fingerprint.parse(f.value()).orElseThrow())).isZero();
    }
}
