package dev.httpstatus.cli;

import dev.httpstatus.StatusClass;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code --class}: "4xx", "4" or an enum name such as "client_error", any case.
 *
 * <pre>{@code new StatusClassConverter().convert("4xx")  // CLIENT_ERROR}</pre>
 */
public final class StatusClassConverter implements ITypeConverter<StatusClass> {

    @Override
    public StatusClass convert(String value) {
        String v = value.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        if (v.matches("[1-5](XX)?")) {
            return StatusClass.of((v.charAt(0) - '0') * 100);
        }
        for (StatusClass c : StatusClass.values()) {
            if (c != StatusClass.UNDEFINED && c.name().equals(v)) {
                return c;
            }
        }
        throw new TypeConversionException("'" + value + "' is not a status class: use 1xx, 2xx, 3xx, 4xx or 5xx");
    }

    /** What shell completion offers for {@code --class}. */
    public static final class Labels implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("1xx", "2xx", "3xx", "4xx", "5xx").iterator();
        }
    }
}
