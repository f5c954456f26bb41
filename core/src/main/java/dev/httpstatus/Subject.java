package dev.httpstatus;

import java.util.Objects;

/**
 * What a {@link Duty} is about: a header field of the response, or the response's content.
 *
 * <pre>{@code
 * Subject.field("Allow")   // Field[name=Allow]
 * Subject.CONTENT          // the content (message body)
 * }</pre>
 */
public sealed interface Subject permits Subject.Field, Subject.Content {

    /** The response's content. */
    Subject CONTENT = new Content();

    /** A header field, by its registered name. */
    static Subject field(String name) {
        return new Field(name);
    }

    /**
     * A response header field.
     *
     * @param name the field name in its registered spelling, e.g. "WWW-Authenticate"
     */
    record Field(String name) implements Subject {
        public Field {
            Objects.requireNonNull(name, "name");
            if (name.isEmpty()) {
                throw new IllegalArgumentException("a field needs a name");
            }
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** The response's content (RFC 9110 §6.4). */
    record Content() implements Subject {
        @Override
        public String toString() {
            return "content";
        }
    }
}
