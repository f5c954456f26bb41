package dev.httpstatus;

import java.util.Objects;

/**
 * A meaning a vendor or a widely deployed product gives a code outside the IANA registry.
 *
 * <pre>{@code
 * StatusCode.of(499).unofficialMeanings().get(0)  // Client Closed Request (nginx)
 * StatusCode.of(451).unofficialMeanings()         // [Redirect (Microsoft IIS)], beside its IANA meaning
 * }</pre>
 *
 * One number can carry an IANA meaning and several vendor meanings at once; none replaces another.
 *
 * @param phrase the phrase the vendor uses
 * @param vendor who uses it, e.g. "nginx", "Cloudflare", "AWS Elastic Load Balancing"
 * @param note   one short sentence of our own on what the vendor means by it, or ""
 */
public record UnofficialMeaning(String phrase, String vendor, String note) {

    public UnofficialMeaning {
        Objects.requireNonNull(phrase, "phrase");
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(note, "note");
    }

    @Override
    public String toString() {
        return phrase + " (" + vendor + ")";
    }
}
