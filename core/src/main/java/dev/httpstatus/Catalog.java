package dev.httpstatus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Joins the tables ({@link Registry}, {@link History}, {@link VendorCodes}, {@link Duties},
 * {@link Descriptions}) into one canonical {@link StatusCode} per number from 100 to 999.
 *
 * <p>Reached only through {@link StatusCode}, whose constants call {@link StatusCode#of(int)} during
 * its own initialisation; this class must therefore not read any static field of StatusCode.
 */
final class Catalog {

    private Catalog() {}

    static final int MIN = 100;
    static final int MAX = 999;

    /** Every code from 100 to 999, indexed by {@code code - MIN}. */
    static final StatusCode[] CODES = build();

    private static StatusCode[] build() {
        Registry.Row[] registry = new Registry.Row[MAX + 1];
        for (Registry.Row row : Registry.ROWS) {
            registry[row.code()] = row;
        }
        StatusCode[] codes = new StatusCode[MAX - MIN + 1];
        for (int code = MIN; code <= MAX; code++) {
            codes[code - MIN] = facts(code, registry[code]).build();
        }
        return codes;
    }

    private static StatusCode.Facts facts(int code, Registry.Row row) {
        StatusCode.Facts f = new StatusCode.Facts(code);
        if (row != null) {
            f.phrase = row.phrase();
            f.constant = row.constant();
            f.registration = row.registration();
            f.references = List.of(row.references());
            String drf = Registry.drfNameOverride(code);
            f.drfName = drf != null ? drf : "HTTP_" + code + "_" + row.constant();
        }
        List<FormerPhrase> former = new ArrayList<>();
        for (History.Row h : History.ROWS) {
            if (h.code() == code) {
                former.add(new FormerPhrase(h.phrase(), h.source()));
            }
        }
        f.formerPhrases = List.copyOf(former);
        List<UnofficialMeaning> vendor = new ArrayList<>();
        for (VendorCodes.Row v : VendorCodes.ROWS) {
            if (v.code() == code) {
                vendor.add(new UnofficialMeaning(v.phrase(), v.vendor(), v.note()));
                f.retryable |= v.retryable() && row == null;
            }
        }
        f.unofficialMeanings = List.copyOf(vendor);
        if (f.phrase == null) {
            f.phrase = vendor.isEmpty() ? StatusClass.of(code).title() : vendor.get(0).phrase();
        }
        List<HeaderDuty> duties = new ArrayList<>();
        for (Duties.Header d : Duties.HEADERS) {
            if (d.code() == code) {
                duties.add(new HeaderDuty(d.header(), d.level(), d.when(), d.reference()));
            }
        }
        f.headerDuties = List.copyOf(duties);
        f.contentAllowed = code >= 200 && !contains(Duties.NO_CONTENT, code);
        f.cacheable = contains(Duties.CACHEABLE_BY_DEFAULT, code);
        f.retryable |= contains(Duties.RETRYABLE, code);
        f.deprecated = contains(Duties.DEPRECATED, code);
        f.methods = Set.of();
        for (Duties.Methods m : Duties.METHODS) {
            if (m.code() == code) {
                f.methods = Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(m.methods())));
            }
        }
        if (code == 104) {
            f.registeredOn = Registry.TEMPORARY_104_REGISTERED;
            f.expiresOn = Registry.TEMPORARY_104_EXPIRES;
        }
        return f;
    }

    private static boolean contains(int[] codes, int code) {
        for (int c : codes) {
            if (c == code) {
                return true;
            }
        }
        return false;
    }

    /** Codes with an IANA registry entry of any kind, in code order. */
    static final class InRegistry {
        static final List<StatusCode> LIST = select(true);
    }

    /** Codes with any entry in the catalog (registry or vendor), in code order. */
    static final class Known {
        static final List<StatusCode> LIST = select(false);
    }

    private static List<StatusCode> select(boolean registryOnly) {
        List<StatusCode> list = new ArrayList<>();
        for (StatusCode c : CODES) {
            if (registryOnly ? c.registration().isInRegistry() : c.isKnown()) {
                list.add(c);
            }
        }
        return List.copyOf(list);
    }

    /** {@link Usage} rows as {@link TypicalResponse} values, by method. */
    static final class Typical {
        static final List<TypicalResponse> ALL;

        static {
            List<TypicalResponse> all = new ArrayList<>();
            for (Usage.Row r : Usage.ROWS) {
                all.add(new TypicalResponse(r.method(), CODES[r.code() - MIN], r.meaning(), r.hint()));
            }
            ALL = List.copyOf(all);
        }
    }
}
