package dev.httpstatus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Free-text search over the catalog for {@link StatusCodes#search(String)}: every query word is
 * matched against every word of a code's texts, exactly, as a prefix, or within a small edit
 * distance, and the best match per word is weighted by where it was found.
 */
final class Search {

    private Search() {}

    private static final int NAME = 10;
    private static final int OTHER_NAME = 6;
    private static final int HEADER = 4;
    private static final int VENDOR = 3;
    private static final int CLASS = 2;
    private static final int PROSE = 1;

    private static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "the", "is", "it", "of", "to", "in", "on", "or", "and", "for", "by", "be", "as", "at",
            "its", "that", "this", "with", "code", "status", "http");

    /** A code's searchable words, each array one field weight. */
    private record Doc(StatusCode code, String phrase, String[][] fields, int[] weights) {}

    private static final class Index {
        static final List<Doc> DOCS = build();
    }

    private static List<Doc> build() {
        List<Doc> docs = new ArrayList<>();
        for (StatusCode c : StatusCodes.known()) {
            StringBuilder other = new StringBuilder();
            c.constantName().ifPresent(n -> other.append(n.replace('_', ' ')).append(' '));
            c.formerPhrases().forEach(f -> other.append(f.phrase()).append(' '));
            StringBuilder vendor = new StringBuilder();
            c.unofficialMeanings().forEach(u -> vendor.append(u.phrase()).append(' ').append(u.vendor()).append(' '));
            // Header names let "retry-after" or "www-authenticate" find the codes that carry them;
            // the class title lets "redirect" or "server error" reach every code of the class.
            StringBuilder headers = new StringBuilder();
            for (Duty d : c.headerDuties()) {
                if (!d.isGeneral() && !d.level().forbids()) {
                    headers.append(d.field().orElseThrow()).append(' ');
                }
            }
            String phrase = c.registration().isInRegistry() ? c.reasonPhrase() : "";
            docs.add(new Doc(c, normalized(c.reasonPhrase()),
                    new String[][] {words(phrase), words(other), words(headers), words(vendor),
                            words(c.statusClass().title()), words(c.description())},
                    new int[] {NAME, OTHER_NAME, HEADER, VENDOR, CLASS, PROSE}));
        }
        return docs;
    }

    /**
     * The relevant matches, best first: every match scoring at least {@link #RELEVANT} of the best
     * one, or matching every word of the query in a name, header or class title ("redirect" keeps
     * every 3xx code). So "too many request" gives 429 and its neighbours, not every code with
     * "request" in its description.
     */
    static List<StatusCode> search(String query) {
        List<Hit> hits = ranked(query);
        List<StatusCode> result = new ArrayList<>();
        double top = hits.isEmpty() ? 0 : hits.get(0).score();
        for (Hit h : hits) {
            if (h.score() >= top * RELEVANT || h.strong()) {
                result.add(h.code());
            }
        }
        return List.copyOf(result);
    }

    /** The best {@code limit} matches however weak, best first; 0 for every match. */
    static List<StatusCode> search(String query, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be 0 (all) or more, not " + limit);
        }
        List<Hit> hits = ranked(query);
        List<StatusCode> result = new ArrayList<>();
        for (Hit h : hits) {
            if (limit > 0 && result.size() == limit) {
                break;
            }
            result.add(h.code());
        }
        return List.copyOf(result);
    }

    /** A share of the best score below which a match is noise from a common word. */
    private static final double RELEVANT = 0.4;

    /** A match; strong when every query word matched in a name, header or class title, not just prose. */
    private record Hit(StatusCode code, double score, boolean strong) {

        Hit(StatusCode code, double score) {
            this(code, score, false);
        }
    }

    private static List<Hit> ranked(String query) {
        if (query == null || query.isBlank() || query.length() > 500) {
            return List.of();
        }
        String whole = normalized(query);
        List<Hit> hits = new ArrayList<>();
        // A class's own title ("client error") asks for the class, in code order, all equally relevant.
        for (StatusClass k : StatusClass.values()) {
            if (k != StatusClass.UNDEFINED && whole.equals(normalized(k.title()))) {
                for (StatusCode c : StatusCodes.known()) {
                    if (c.statusClass() == k) {
                        hits.add(new Hit(c, 1));
                    }
                }
                return hits;
            }
        }
        // What forName finds ("unprocessableEntity", "SC_NOT_FOUND" aside) comes first, and a
        // code typed with letters for digits ("4O4") is that code.
        StatusCode named = Names.find(query.trim()).orElse(null);
        StatusCode lookAlike = lookAlike(query.trim());
        String[] terms = words(query);
        String compact = whole.replace(" ", "");
        for (Doc doc : Index.DOCS) {
            double score = 0;
            int matched = 0;
            int strong = 0;
            for (String term : terms) {
                double best = codeMatch(term, doc.code().code());
                boolean strongTerm = best > 0;
                for (int f = 0; f < doc.fields().length; f++) {
                    double m = bestMatch(term, doc.fields()[f]);
                    best = Math.max(best, doc.weights()[f] * m);
                    strongTerm |= m >= 0.75 && doc.weights()[f] >= CLASS && doc.weights()[f] != VENDOR;
                }
                if (best > 0) {
                    matched++;
                }
                strong += strongTerm ? 1 : 0;
                score += best;
            }
            if (doc.code() == named || doc.code() == lookAlike) {
                hits.add(new Hit(doc.code(), score + 200));
                continue;
            }
            // Words run together ("notfound", "toomanyrequests") still name the phrase.
            if (compact.length() >= 4 && doc.phrase().replace(" ", "").equals(compact)) {
                hits.add(new Hit(doc.code(), score + 50));
                continue;
            }
            if (matched == 0) {
                continue;
            }
            if (!whole.isEmpty() && doc.phrase().equals(whole)) {
                score += 50;
            } else if (whole.length() >= 4 && doc.phrase().contains(whole)) {
                score += 15;
            }
            // Prefer codes that account for every word of the query.
            score *= (double) matched / terms.length;
            hits.add(new Hit(doc.code(), score, strong == terms.length));
        }
        hits.sort(Comparator.comparingDouble(Hit::score).reversed().thenComparing(Hit::code));
        return hits;
    }

    /** Letters people type for digits: O for 0, l and I for 1, S for 5, B for 8 … */
    private static final String LOOK_ALIKES = "oO0 lLiI|1 zZ2 sS5 bG6 T7 B8 gq9";

    /**
     * The known code a three-character query spells with letters in place of some digits ("4O4",
     * "5OO", "4l8"), or null. At least one real digit is required: "SOS" is a word, not 505.
     */
    static StatusCode lookAlike(String q) {
        if (q.length() != 3) {
            return null;
        }
        int code = 0;
        boolean digit = false;
        for (int i = 0; i < 3; i++) {
            char c = q.charAt(i);
            int d;
            if (c >= '0' && c <= '9') {
                d = c - '0';
                digit = true;
            } else {
                d = lookAlikeDigit(c);
                if (d < 0) {
                    return null;
                }
            }
            code = code * 10 + d;
        }
        if (!digit || code < Catalog.MIN) {
            return null;
        }
        StatusCode c = StatusCode.of(code);
        return c.isKnown() ? c : null;
    }

    private static int lookAlikeDigit(char c) {
        for (String group : LOOK_ALIKES.split(" ")) {
            if (group.indexOf(c) >= 0 && group.indexOf(c) < group.length() - 1) {
                return group.charAt(group.length() - 1) - '0';
            }
        }
        return -1;
    }

    private static double codeMatch(String term, int code) {
        if (term.length() == 3 && term.equals(Integer.toString(code))) {
            return 100;
        }
        if (term.length() == 3 && term.endsWith("xx") && term.charAt(0) == (char) ('0' + code / 100)) {
            return 20;
        }
        return 0;
    }

    /** 1 for the same word, less for a prefix or a near miss, 0 for none. */
    private static double bestMatch(String term, String[] words) {
        double best = 0;
        for (String w : words) {
            double m;
            if (w.equals(term)) {
                return 1;
            } else if (term.length() >= 3 && w.startsWith(term)) {
                m = 0.8;
            } else if (w.length() >= 3 && term.startsWith(w) && term.length() - w.length() <= 2) {
                m = 0.75;
            } else {
                int allowed = term.length() >= 8 ? 2 : term.length() >= 4 ? 1 : 0;
                m = allowed > 0 && distance(term, w, allowed) <= allowed ? 0.7 - 0.1 * distance(term, w, allowed) : 0;
            }
            best = Math.max(best, m);
        }
        return best;
    }

    /** Optimal-string-alignment distance, giving up (returning limit + 1) once it exceeds {@code limit}. */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] prev2 = new int[b.length() + 1];
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d = Math.min(d, prev2[j - 2] + 1);
                }
                cur[j] = d;
                rowMin = Math.min(rowMin, d);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static String[] words(CharSequence text) {
        String[] raw = normalized(text.toString()).split(" ");
        return Arrays.stream(raw).filter(w -> !w.isEmpty() && !STOP_WORDS.contains(w)).distinct().toArray(String[]::new);
    }

    /**
     * Lower case, camel case split ("unprocessableEntity"), apostrophes dropped, everything but
     * letters and digits turned into single spaces.
     */
    private static String normalized(String s) {
        return Names.normalize(splitCamelCase(s)).replace('_', ' ').toLowerCase(Locale.ROOT);
    }

    private static String splitCamelCase(String s) {
        StringBuilder b = null;
        for (int i = 1; i < s.length(); i++) {
            if (Character.isUpperCase(s.charAt(i)) && Character.isLowerCase(s.charAt(i - 1))) {
                if (b == null) {
                    b = new StringBuilder(s.length() + 8).append(s, 0, i);
                }
                b.append(' ');
            }
            if (b != null) {
                b.append(s.charAt(i));
            }
        }
        return b == null ? s : b.toString();
    }
}
