package dev.httpstatus.cli;

import dev.httpstatus.StatusClass;
import dev.httpstatus.StatusCode;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code --class}: "4xx", "4" or an enum name such as "client_error", any case; and the
 * hundreds beyond the five classes, "6xx" to "9xx", where codes are values without a class of their
 * own and vendor codes live (LinkedIn's 999, Shopify's 783).
 *
 * <pre>{@code
 * new StatusClassConverter().convert("4xx")  // Hundreds[4]
 * new StatusClassConverter().convert("7xx")  // Hundreds[7]
 * }</pre>
 */
public final class StatusClassConverter implements ITypeConverter<StatusClassConverter.Hundreds> {

    /**
     * The codes from {@code digit}00 to {@code digit}99.
     *
     * @param digit the first digit, 1–9
     */
    public record Hundreds(int digit) {

        public boolean contains(StatusCode c) {
            return c.code() / 100 == digit;
        }

        /** The registered class these codes belong to; UNDEFINED for 6xx–9xx. */
        public StatusClass statusClass() {
            return StatusClass.of(digit * 100);
        }

        @Override
        public String toString() {
            return digit + "xx";
        }
    }

    @Override
    public Hundreds convert(String value) {
        String v = value.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        if (v.matches("[1-9](XX)?")) {
            return new Hundreds(v.charAt(0) - '0');
        }
        for (StatusClass c : StatusClass.values()) {
            if (c != StatusClass.UNDEFINED && c.name().equals(v)) {
                return new Hundreds(c.first() / 100);
            }
        }
        throw new TypeConversionException("'" + value + "' is not a status class: use 1xx, 2xx, 3xx, 4xx or 5xx"
                + " (or 6xx-9xx for the codes beyond them)");
    }

    /** What shell completion offers for {@code --class}. */
    public static final class Labels implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("1xx", "2xx", "3xx", "4xx", "5xx", "6xx", "7xx", "8xx", "9xx").iterator();
        }
    }
}
