package dev.httpstatus;

import java.time.LocalDate;

/**
 * The IANA HTTP Status Code registry, one row a code, in code order. The rows are written in
 * {@code core/src/main/catalog/registry.tsv} and turned into Java by the build ({@code RegistryRows});
 * the same table gives {@link StatusCode}'s constants and {@link Http}'s names, so each is typed once.
 *
 * <p>Everything else about a code (history, vendor meanings, duties, descriptions) lives in the
 * sibling tables, keyed by the code; {@link Catalog} joins them.
 */
final class Registry {

    private Registry() {}

    /**
     * @param drfName      Django REST framework's constant name, or null where DRF has none
     * @param registeredOn for a temporary registration, the day it was made; else null
     * @param expiresOn    for a temporary registration, the day it lapses unless extended; else null
     */
    record Row(int code, String constant, String phrase, Registration registration, String drfName,
            LocalDate registeredOn, LocalDate expiresOn, Reference... references) {}

    static final Row[] ROWS = RegistryRows.ROWS;

    static Reference rfc9110(String section) {
        return Reference.rfc(9110, section);
    }

    static Reference rfc(int number, String section) {
        return Reference.rfc(number, section);
    }
}
