package dev.httpstatus.bench;

import dev.httpstatus.StatusClass;
import dev.httpstatus.StatusCode;

/**
 * The floor every lookup is measured against: plain arrays indexed by {@code code - 100}, with no
 * range check beyond the one the JVM does on every array access.
 *
 * <pre>{@code
 * RawTable.PHRASES[404 - 100]  // "Not Found"
 * }</pre>
 *
 * The contents are copied from the catalog once; only the indexing is being measured.
 */
public final class RawTable {

    /** The reason phrase of every code 100–999 at index {@code code - 100}. */
    static final String[] PHRASES = new String[900];
    /** The class of every code 100–999 at index {@code code - 100}. */
    static final StatusClass[] CLASSES = new StatusClass[900];

    static {
        for (int code = 100; code <= 999; code++) {
            PHRASES[code - 100] = StatusCode.of(code).reasonPhrase();
            CLASSES[code - 100] = StatusCode.of(code).statusClass();
        }
    }

    private RawTable() {}
}
