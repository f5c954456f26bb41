package dev.httpstatus;

import java.util.Objects;

/**
 * A pointer into a specification: which document, which section, and where to read it.
 *
 * <pre>{@code
 * Reference r = StatusCode.NOT_FOUND.references().get(0);
 * r.spec();      // "RFC 9110"
 * r.section();   // "15.5.5"
 * r.toString();  // "RFC 9110 §15.5.5"
 * }</pre>
 *
 * @param spec    the document, e.g. "RFC 9110"; never blank
 * @param section the section number, or "" when the whole document is meant
 * @param url     a link to the document or section
 */
public record Reference(String spec, String section, String url) {

    public Reference {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(url, "url");
        if (spec.isBlank()) {
            throw new IllegalArgumentException("a reference needs a document name");
        }
    }

    /**
     * A section of an RFC, linked on the RFC Editor's site.
     *
     * <pre>{@code Reference.rfc(9110, "15.5.5")  // RFC 9110 §15.5.5}</pre>
     */
    public static Reference rfc(int number, String section) {
        String base = "https://www.rfc-editor.org/rfc/rfc" + number + ".html";
        return new Reference("RFC " + number, section, section.isEmpty() ? base : base + "#section-" + section);
    }

    /** "RFC 9110 §15.5.5", or just the document name when no section is given. */
    @Override
    public String toString() {
        return section.isEmpty() ? spec : spec + " §" + section;
    }
}
