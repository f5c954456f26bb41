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
        // Each table is bucketed by code once, so building 900 codes costs one pass per table;
        // this runs on every start of the CLI, before anything else.
        Registry.Row[] registry = new Registry.Row[MAX + 1];
        for (Registry.Row row : Registry.ROWS) {
            registry[row.code()] = row;
        }
        List<FormerPhrase>[] former = buckets();
        for (History.Row h : History.ROWS) {
            add(former, h.code(), new FormerPhrase(h.phrase(), h.source()));
        }
        List<UnofficialMeaning>[] vendor = buckets();
        boolean[] vendorRetryable = new boolean[MAX + 1];
        for (VendorCodes.Row v : VendorCodes.ROWS) {
            add(vendor, v.code(), new UnofficialMeaning(v.phrase(), v.vendor(), v.note()));
            vendorRetryable[v.code()] |= v.retryable();
        }
        List<HeaderDuty>[] duties = buckets();
        for (Duties.Header d : Duties.HEADERS) {
            add(duties, d.code(), new HeaderDuty(d.header(), d.level(), d.when(), d.reference()));
        }
        @SuppressWarnings("unchecked")
        Set<String>[] methods = new Set[MAX + 1];
        for (Duties.Methods m : Duties.METHODS) {
            methods[m.code()] = Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(m.methods())));
        }
        Duties.Redirect[] redirects = new Duties.Redirect[MAX + 1];
        for (Duties.Redirect r : Duties.REDIRECTS) {
            redirects[r.code()] = r;
        }
        boolean[] noContent = flags(Duties.NO_CONTENT);
        boolean[] cacheable = flags(Duties.CACHEABLE_BY_DEFAULT);
        boolean[] retryable = flags(Duties.RETRYABLE);
        boolean[] deprecated = flags(Duties.DEPRECATED);

        StatusCode[] codes = new StatusCode[MAX - MIN + 1];
        for (int code = MIN; code <= MAX; code++) {
            StatusCode.Facts f = new StatusCode.Facts(code);
            Registry.Row row = registry[code];
            if (row != null) {
                f.phrase = row.phrase();
                f.constant = row.constant();
                f.registration = row.registration();
                f.references = List.of(row.references());
                String drf = Registry.drfNameOverride(code);
                f.drfName = drf != null ? drf : "HTTP_" + code + "_" + row.constant();
            }
            f.formerPhrases = frozen(former[code]);
            f.unofficialMeanings = frozen(vendor[code]);
            if (f.phrase == null) {
                f.phrase = vendor[code] == null ? StatusClass.of(code).title() : vendor[code].get(0).phrase();
            }
            f.headerDuties = frozen(duties[code]);
            f.contentAllowed = code >= 200 && !noContent[code];
            f.cacheable = cacheable[code];
            // A vendor's "try again" never overrides what the registry says about a registered code.
            f.retryable = retryable[code] || row == null && vendorRetryable[code];
            f.deprecated = deprecated[code];
            f.methods = methods[code] != null ? methods[code] : Set.of();
            if (redirects[code] != null) {
                f.redirectMethod = redirects[code].method();
                f.permanentRedirect = redirects[code].permanent();
            }
            if (code == 104) {
                f.registeredOn = Registry.TEMPORARY_104_REGISTERED;
                f.expiresOn = Registry.TEMPORARY_104_EXPIRES;
            }
            codes[code - MIN] = f.build();
        }
        return codes;
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T>[] buckets() {
        return new List[MAX + 1];
    }

    private static <T> void add(List<T>[] buckets, int code, T value) {
        if (buckets[code] == null) {
            buckets[code] = new ArrayList<>(2);
        }
        buckets[code].add(value);
    }

    private static <T> List<T> frozen(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    private static boolean[] flags(int[] codes) {
        boolean[] set = new boolean[MAX + 1];
        for (int c : codes) {
            set[c] = true;
        }
        return set;
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
