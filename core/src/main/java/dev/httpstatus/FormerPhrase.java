package dev.httpstatus;

import java.util.Objects;

/**
 * A reason phrase a code carried in an earlier specification, with the document that used it.
 *
 * <pre>{@code
 * StatusCode.CONTENT_TOO_LARGE.formerPhrases()
 * // [Request Entity Too Large (RFC 2616 §10.4.14), Payload Too Large (RFC 7231 §6.5.11)]
 * }</pre>
 *
 * Former phrases still turn up on the wire and in old code, so {@link StatusCode#forName(String)}
 * accepts every one of them.
 *
 * @param phrase the phrase as that document spelled it
 * @param source the document (and section) that used it
 */
public record FormerPhrase(String phrase, Reference source) {

    public FormerPhrase {
        Objects.requireNonNull(phrase, "phrase");
        Objects.requireNonNull(source, "source");
    }

    @Override
    public String toString() {
        return phrase + " (" + source + ")";
    }
}
