package dev.httpstatus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Joins the tables ({@link Registry}, {@link History}, {@link VendorCodes}, {@link Traits}, {@link Duties},
 * {@link Descriptions}) into one canonical {@link StatusCode} per number from 100 to 999.
 *
 * <p>{@link StatusCode} calls {@link #build()} from its own initialisation and keeps the array; this
 * class holds no instance itself, so initialising it never waits on StatusCode.
 */
final class Catalog {

    private Catalog() {}

    static final int MIN = 100;
    static final int MAX = 999;

    /** Every code from 100 to 999, indexed by {@code code - MIN}; called once, by StatusCode's initialisation. */
    static StatusCode[] build() {
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
        @SuppressWarnings("unchecked")
        Set<Method>[] methods = new Set[MAX + 1];
        for (Traits.Methods m : Traits.METHODS) {
            methods[m.code()] = Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(m.methods())));
        }
        String[] drfOutside = new String[MAX + 1];
        for (String[] name : RegistryRows.DRF_OUTSIDE) {
            drfOutside[Integer.parseInt(name[1])] = name[0];
        }
        Traits.Redirect[] redirects = new Traits.Redirect[MAX + 1];
        for (Traits.Redirect r : Traits.REDIRECTS) {
            redirects[r.code()] = r;
        }
        boolean[] cacheable = flags(Traits.CACHEABLE_BY_DEFAULT);
        boolean[] retryable = flags(Traits.RETRYABLE);
        boolean[] deprecated = flags(Traits.DEPRECATED);

        StatusCode[] codes = new StatusCode[MAX - MIN + 1];
        for (int code = MIN; code <= MAX; code++) {
            StatusCode.Facts f = new StatusCode.Facts(code);
            Registry.Row row = registry[code];
            if (row != null) {
                f.phrase = row.phrase();
                f.constant = row.constant();
                f.registration = row.registration();
                f.references = List.of(row.references());
                f.drfName = row.drfName();
                f.registeredOn = row.registeredOn();
                f.expiresOn = row.expiresOn();
            } else {
                f.drfName = drfOutside[code];
            }
            f.formerPhrases = frozen(former[code]);
            f.unofficialMeanings = frozen(vendor[code]);
            if (f.phrase == null) {
                f.phrase = vendor[code] == null ? StatusClass.of(code).title() : vendor[code].get(0).phrase();
            }
            f.cacheable = cacheable[code];
            // A vendor's "try again" never overrides what the registry says about a registered code.
            f.retryable = retryable[code] || row == null && vendorRetryable[code];
            f.deprecated = deprecated[code];
            f.methods = methods[code] != null ? methods[code] : Set.of();
            if (redirects[code] != null) {
                f.redirectMethod = redirects[code].method();
                f.permanentRedirect = redirects[code].permanent();
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
        for (int code = MIN; code <= MAX; code++) {
            StatusCode c = StatusCode.of(code);
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
                all.add(new TypicalResponse(r.method(), StatusCode.of(r.code()), r.meaning(), Optional.ofNullable(r.hint())));
            }
            ALL = List.copyOf(all);
        }
    }

    /**
     * {@link Duties#ROWS} per code, built on first use: looking a code up or parsing a status line
     * never loads the duty model.
     */
    static final class DutyRows {
        static final List<Duty> ALL = List.of(Duties.ROWS);
        private static final List<Duty>[] BY_CODE = buckets();
        private static final List<Duty>[] HEADERS_BY_CODE = buckets();
        private static final boolean[] CONTENT_ALLOWED = new boolean[MAX + 1];

        static {
            for (int code = MIN; code <= MAX; code++) {
                StatusCode c = StatusCode.of(code);
                List<Duty> specific = new ArrayList<>();
                List<Duty> general = new ArrayList<>();
                boolean content = true;
                for (Duty d : ALL) {
                    if (d.appliesTo(c)) {
                        (d.isGeneral() ? general : specific).add(d);
                        content &= !(d.subject() instanceof Subject.Content && d.condition() instanceof Condition.Always);
                    }
                }
                specific.addAll(general);
                List<Duty> headers = new ArrayList<>();
                for (Duty d : specific) {
                    if (d.subject() instanceof Subject.Field) {
                        headers.add(d);
                    }
                }
                BY_CODE[code] = List.copyOf(specific);
                HEADERS_BY_CODE[code] = List.copyOf(headers);
                CONTENT_ALLOWED[code] = content;
            }
        }

        static List<Duty> of(int code) {
            return BY_CODE[code];
        }

        static List<Duty> headersOf(int code) {
            return HEADERS_BY_CODE[code];
        }

        static boolean contentAllowed(int code) {
            return CONTENT_ALLOWED[code];
        }
    }
}
