package dev.httpstatus.check.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The header fields of one message, in the order received, looked up by name ignoring case.
 *
 * <pre>{@code
 * Headers h = Headers.builder().add("Content-Type", "text/html").add("Vary", "Accept").build();
 * h.first("content-type");  // Optional["text/html"]
 * h.has("ETag");            // false
 * }</pre>
 *
 * <p>Immutable. A message has few fields, so a linear scan beats hashing here.
 */
public final class Headers {

    private static final Headers EMPTY = new Headers(new String[0], new String[0], 0);

    private final String[] names;
    private final String[] values;
    private final int size;

    private Headers(String[] names, String[] values, int size) {
        this.names = names;
        this.values = values;
        this.size = size;
    }

    /** No fields. */
    public static Headers empty() {
        return EMPTY;
    }

    /** A builder that collects fields in order. */
    public static Builder builder() {
        return new Builder(16);
    }

    /**
     * A builder for about {@code expected} fields; when exactly that many are added, {@link
     * Builder#build()} keeps its arrays instead of copying them.
     *
     * @throws IllegalArgumentException if {@code expected} is negative
     */
    public static Builder builder(int expected) {
        if (expected < 0) {
            throw new IllegalArgumentException("expected field count is negative: " + expected);
        }
        return new Builder(expected);
    }

    /** How many fields there are (repeated names count once each). */
    public int size() {
        return size;
    }

    /** The name of the {@code i}th field as received. */
    public String name(int i) {
        return names[checkIndex(i)];
    }

    /** The value of the {@code i}th field. */
    public String value(int i) {
        return values[checkIndex(i)];
    }

    private int checkIndex(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("header index " + i + " out of 0.." + (size - 1));
        }
        return i;
    }

    /** Whether a field with this name is present. */
    public boolean has(String name) {
        return indexOf(name) >= 0;
    }

    /** The value of the first field with this name. */
    public Optional<String> first(String name) {
        int i = indexOf(name);
        return i < 0 ? Optional.empty() : Optional.of(values[i]);
    }

    /** The values of every field with this name, in order; unmodifiable. */
    public List<String> all(String name) {
        // Most lookups find no field or one: answer those without building a list.
        int first = indexOf(name);
        if (first < 0) {
            return List.of();
        }
        List<String> list = null;
        for (int i = first + 1; i < size; i++) {
            if (names[i].equalsIgnoreCase(name)) {
                if (list == null) {
                    list = new ArrayList<>(3);
                    list.add(values[first]);
                }
                list.add(values[i]);
            }
        }
        return list == null ? List.of(values[first]) : Collections.unmodifiableList(list);
    }

    private int indexOf(String name) {
        for (int i = 0; i < size; i++) {
            if (names[i].equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < size; i++) {
            b.append(names[i]).append(": ").append(values[i]).append('\n');
        }
        return b.toString();
    }

    /** Collects fields; reusable after {@link #build()} via {@link #clear()}. */
    public static final class Builder {
        private String[] names;
        private String[] values;
        private int size;
        /** Whether the last {@link #build()} handed these arrays to the Headers it made. */
        private boolean handedOver;

        private Builder(int capacity) {
            names = new String[capacity];
            values = new String[capacity];
        }

        /** Appends a field. */
        public Builder add(String name, String value) {
            if (handedOver || size == names.length) {
                int capacity = Math.max(4, size == names.length ? size * 2 : names.length);
                names = Arrays.copyOf(names, capacity);
                values = Arrays.copyOf(values, capacity);
                handedOver = false;
            }
            names[size] = name;
            values[size] = value;
            size++;
            return this;
        }

        /** How many fields were added so far. */
        public int size() {
            return size;
        }

        /** Forgets every field added. */
        public Builder clear() {
            size = 0;
            return this;
        }

        /** An immutable copy of the fields added so far. */
        public Headers build() {
            if (size == 0) {
                return EMPTY;
            }
            if (size == names.length) {
                // exactly full, as a builder sized by the caller usually is: no copy needed
                handedOver = true;
                return new Headers(names, values, size);
            }
            return new Headers(Arrays.copyOf(names, size), Arrays.copyOf(values, size), size);
        }
    }
}
