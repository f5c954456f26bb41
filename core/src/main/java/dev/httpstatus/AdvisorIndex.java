package dev.httpstatus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Ranks codes for a described situation. Every cue is a list of slots (alternative concepts); a
 * slot weighs as much as its rarest concept is rare across all situations (inverse document
 * frequency). A cue scores its matched weight times the share of its weight that matched, so a
 * fully matched specific cue beats a half-matched long one; a situation scores its best cue plus a
 * little for each further cue that matched; a code scores its best situation, adjusted for the
 * request's method.
 *
 * <p>Built on first use (a few milliseconds) and shared: it holds no mutable state after that.
 */
final class AdvisorIndex {

    /** One situation, its cues compiled. */
    record Entry(StatusCode code, Reference reference, Set<Method> methods, String why, int[][][] cues, boolean main) {}

    /** A situation's score for a question. */
    private record Scored(Entry entry, double score) {}

    static final AdvisorIndex INSTANCE = new AdvisorIndex();

    private final AdvisorText text = new AdvisorText();
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> vocabulary = new ArrayList<>();
    private double[] weight = new double[0];
    /** The concept "not": see {@link #cueScore}. */
    private final int negation;
    private final List<Entry> entries = new ArrayList<>();
    private final Map<StatusCode, Entry> mainEntry = new HashMap<>();

    private AdvisorIndex() {
        List<String[]> raw = new ArrayList<>();
        for (AdvisorSituations.Row r : AdvisorSituations.ROWS) {
            StatusCode code = StatusCode.of(r.code());
            boolean main = !mainEntry.containsKey(code);
            Entry e = new Entry(code, r.reference(), Set.of(r.methods()), r.why(), compile(r.cues()), main);
            entries.add(e);
            if (main) {
                mainEntry.put(code, e);
            }
        }
        // The catalog's own words: registered and former phrases, and the seed's labels per method.
        for (StatusCode c : StatusCodes.inRegistry()) {
            Entry main = mainEntry.get(c);
            if (main == null) {
                continue; // a code no situation recommends (306, 305 …) is never advised
            }
            List<String> phrases = new ArrayList<>();
            phrases.add(c.reasonPhrase());
            for (FormerPhrase f : c.formerPhrases()) {
                phrases.add(f.phrase());
            }
            entries.add(new Entry(c, main.reference(), main.methods(), main.why(),
                    compile(phrases.toArray(new String[0])), false));
        }
        for (Usage.Row u : Usage.ROWS) {
            Entry main = mainEntry.get(StatusCode.of(u.code()));
            if (u.label() != null && main != null) {
                entries.add(new Entry(main.code(), main.reference(), Set.of(u.method()), main.why(),
                        compile(new String[] {u.label()}), false));
            }
        }
        computeWeights();
        negation = ids.getOrDefault("not", -1);
    }

    /** Cue text → slots of concept ids; "(a|b c)" is one slot any alternative's concepts fill. */
    private int[][][] compile(String[] cues) {
        List<int[][]> compiled = new ArrayList<>(cues.length);
        for (String cue : cues) {
            List<int[]> slots = new ArrayList<>();
            int i = 0;
            while (i < cue.length()) {
                int open = cue.indexOf('(', i);
                String plain = open < 0 ? cue.substring(i) : cue.substring(i, open);
                for (String concept : text.concepts(plain)) {
                    slots.add(new int[] {id(concept)});
                }
                if (open < 0) {
                    break;
                }
                int close = cue.indexOf(')', open);
                if (close < 0) {
                    throw new IllegalStateException("advisor cue without ')': " + cue);
                }
                Set<Integer> alternatives = new java.util.LinkedHashSet<>();
                for (String alt : cue.substring(open + 1, close).split("\\|")) {
                    for (String concept : text.concepts(alt)) {
                        alternatives.add(id(concept));
                    }
                }
                if (!alternatives.isEmpty()) {
                    int[] slot = new int[alternatives.size()];
                    int k = 0;
                    for (int a : alternatives) {
                        slot[k++] = a;
                    }
                    slots.add(slot);
                }
                i = close + 1;
            }
            if (!slots.isEmpty()) {
                compiled.add(slots.toArray(new int[0][]));
            }
        }
        return compiled.toArray(new int[0][][]);
    }

    private int id(String concept) {
        Integer id = ids.get(concept);
        if (id == null) {
            id = vocabulary.size();
            ids.put(concept, id);
            vocabulary.add(concept);
        }
        return id;
    }

    /** Inverse document frequency over situations: a concept many situations use says little. */
    private void computeWeights() {
        int[] df = new int[vocabulary.size()];
        for (Entry e : entries) {
            Set<Integer> seen = new HashSet<>();
            for (int[][] cue : e.cues()) {
                for (int[] slot : cue) {
                    for (int c : slot) {
                        seen.add(c);
                    }
                }
            }
            for (int c : seen) {
                df[c]++;
            }
        }
        weight = new double[vocabulary.size()];
        for (int c = 0; c < df.length; c++) {
            weight[c] = Math.log(1 + (double) entries.size() / df[c]);
        }
    }

    /**
     * Below this score a match is weak. On the held-out set never tuned on (heldout-4.tsv), 12 of the
     * 13 first answers under it were wrong; on the situation table, 5 of 146 right answers fall under it.
     */
    static final double WEAK = 5.0;

    /** Codes for {@code situation}, best first, each with the reason of the situation that won it. */
    List<Advice> advise(String situation, Optional<Method> method) {
        List<Scored> ranked = ranked(situation, method);
        List<Advice> out = new ArrayList<>(ranked.size());
        double top = ranked.isEmpty() ? 0 : ranked.get(0).score();
        for (Scored s : ranked) {
            // Far weaker matches are noise from a shared word; keep what is worth reading.
            if (s.score() < top * 0.3) {
                break;
            }
            Entry e = s.entry();
            out.add(new Advice(e.code(), e.why(), e.reference(), Advisor.dutiesOf(e.code()), s.score() < WEAK));
        }
        return List.copyOf(out);
    }

    private List<Scored> ranked(String situation, Optional<Method> method) {
        Set<Integer> asked = conceptsOf(situation);
        Optional<Method> m = method.isPresent() ? method : mentionedMethod(situation);
        Map<StatusCode, Scored> best = new HashMap<>();
        Map<StatusCode, Double> extra = new HashMap<>();
        for (Entry e : entries) {
            // A method the caller named rules out codes that cannot answer it (201 to GET).
            if (method.isPresent() && !e.code().fitsMethod(method.get())) {
                continue;
            }
            double score = score(e, asked);
            if (score <= 0) {
                continue;
            }
            score *= methodFactor(e, m);
            Scored prior = best.get(e.code());
            if (prior == null || score > prior.score()) {
                if (prior != null) {
                    extra.merge(e.code(), prior.score(), Double::sum);
                }
                best.put(e.code(), new Scored(e, score));
            } else {
                extra.merge(e.code(), score, Double::sum);
            }
        }
        // Codes the question names as candidates ("400 or 422?") are the ones the asker is choosing
        // between: they count 1.3 times, and one nothing else matched still gets a place to be ranked (more
        // than 1.3 lets a wrong pair of candidates outvote the situation: "400 or 404?" when it is a 422).
        for (StatusCode named : namedCodes(situation)) {
            Entry main = mainEntry.get(named);
            if (main == null || method.isPresent() && !named.fitsMethod(method.get())) {
                continue;
            }
            Scored s = best.get(named);
            best.put(named, s == null ? new Scored(main, NAMED_FLOOR) : new Scored(s.entry(), s.score() * 1.3));
        }
        List<Scored> ranked = new ArrayList<>(best.size());
        for (Scored s : best.values()) {
            // Further situations of the same code add a little: several cues agreeing is evidence.
            double more = Math.min(extra.getOrDefault(s.entry().code(), 0.0), s.score()) * 0.15;
            ranked.add(new Scored(s.entry(), s.score() + more));
        }
        ranked.sort((a, b) -> a.score() != b.score() ? Double.compare(b.score(), a.score())
                : a.entry().code().compareTo(b.entry().code()));
        return ranked;
    }

    /** The situation's main reason, for the decision tree's outcomes. */
    Advice adviceFor(StatusCode code) {
        Entry e = mainEntry.get(code);
        if (e == null) {
            throw new IllegalArgumentException("the advisor has no situation for " + code);
        }
        return new Advice(code, e.why(), e.reference(), Advisor.dutiesOf(code), false);
    }

    boolean knows(StatusCode code) {
        return mainEntry.containsKey(code);
    }

    private double score(Entry e, Set<Integer> asked) {
        double best = 0;
        double rest = 0;
        for (int[][] cue : e.cues()) {
            double s = cueScore(cue, asked);
            if (s > best) {
                rest += best;
                best = s;
            } else {
                rest += s;
            }
        }
        return best + Math.min(rest, best) * 0.25;
    }

    private double cueScore(int[][] cue, Set<Integer> asked) {
        double total = 0;
        double matched = 0;
        boolean negationMissed = false;
        for (int[] slot : cue) {
            // A negated cue ("resource not deleted") says the opposite of a question without one.
            negationMissed |= slot.length == 1 && slot[0] == negation && !asked.contains(negation);
            double w = 0;
            double hit = 0;
            for (int c : slot) {
                w += weight[c] / slot.length;
                // One word of the question fills one slot: "malformed" cannot count twice.
                if (asked.contains(c) && weight[c] > hit && !used(cue, slot, c, asked)) {
                    hit = weight[c];
                }
            }
            // A filled slot weighs what filled it; an empty one, its alternatives' mean.
            total += hit > 0 ? hit : w;
            matched += hit;
        }
        double share = total == 0 ? 0 : matched / total;
        double score = matched * share * share;
        return negationMissed ? score * 0.3 : score;
    }

    /** Whether an earlier slot of {@code cue} is filled by {@code concept} already. */
    private boolean used(int[][] cue, int[] slot, int concept, Set<Integer> asked) {
        for (int[] earlier : cue) {
            if (earlier == slot) {
                return false;
            }
            int best = -1;
            for (int c : earlier) {
                if (asked.contains(c) && (best < 0 || weight[c] > weight[best])) {
                    best = c;
                }
            }
            if (best == concept) {
                return true;
            }
        }
        return false;
    }

    private static double methodFactor(Entry e, Optional<Method> method) {
        if (method.isEmpty()) {
            // A situation only some methods meet is a little less likely when the method is unknown.
            return e.methods().isEmpty() ? 1 : 0.8;
        }
        Method m = method.get();
        double f = 1;
        if (!e.methods().isEmpty() && !e.methods().contains(m)) {
            f *= 0.55;
        }
        if (!e.code().fitsMethod(m)) {
            f *= 0.4;
        }
        return f;
    }

    /** A method named in capitals in the text ("a PUT on a read-only resource"). */
    /** The score a code named in the question gets when none of its situations matched. */
    private static final double NAMED_FLOOR = 1.0;

    /** Words after a number that make it a quantity, not a status code ("500 MB", "200 ms"). */
    private static final Set<String> UNITS = Set.of("b", "kb", "mb", "gb", "tb", "kib", "mib", "gib", "ms", "s", "sec",
            "secs", "second", "seconds", "minute", "minutes", "min", "mins", "hour", "hours", "h", "day", "days",
            "byte", "bytes", "item", "items", "user", "users", "request", "requests", "row", "rows", "record",
            "records", "times", "character", "characters", "chars", "eur", "usd", "euros", "dollars", "px", "k",
            "percent", "line", "lines", "ids", "entries", "messages", "files", "units", "errors", "calls");

    /**
     * Words before a number that make it a code being considered ("return 404", "is 401 right"); not
     * "gets a 500" or "got 502", which tell what happens now, often the very thing being asked about.
     */
    private static final Set<String> CODE_LEAD = Set.of("or", "return", "returns", "returning", "send", "sends",
            "sending", "answer", "answers", "respond", "responds", "with", "be", "is", "use", "status", "code", "http",
            "than", "vs", "versus");

    /**
     * Status codes the question names as candidates: a number from 100 to 599 in a list ("400 or
     * 422", "409, 403 or 422") or after a word such as "return" or "is", and not followed by a unit.
     */
    static List<StatusCode> namedCodes(String text) {
        String[] w = text.toLowerCase(java.util.Locale.ROOT).split("[^a-z0-9]+");
        List<StatusCode> out = new ArrayList<>();
        for (int i = 0; i < w.length; i++) {
            if (w[i].length() != 3 || !isDigits(w[i])) {
                continue;
            }
            int n = Integer.parseInt(w[i]);
            if (n < 100 || n > 599) {
                continue;
            }
            String next = i + 1 < w.length ? w[i + 1] : "";
            String prev = i > 0 ? w[i - 1] : "";
            boolean listed = next.equals("or") || prev.equals("or") || next.equals("vs")
                    || i + 1 < w.length && isDigits(next) && next.length() == 3;
            if (UNITS.contains(next) || !(listed || CODE_LEAD.contains(prev))) {
                continue;
            }
            StatusCode c = StatusCode.of(n);
            if (!out.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    private static boolean isDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return !s.isEmpty();
    }

    private static Optional<Method> mentionedMethod(String text) {
        for (String word : text.split("[^A-Za-z]+")) {
            if (word.length() >= 3 && word.chars().allMatch(Character::isUpperCase)) {
                String w = word.endsWith("S") && word.length() > 4 ? word.substring(0, word.length() - 1) : word;
                for (Method m : Method.common()) {
                    if (m.token().equals(w)) {
                        return Optional.of(m);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The concepts of a question, with words we do not know matched to a near one (one typo). */
    private Set<Integer> conceptsOf(String situation) {
        Set<Integer> out = new HashSet<>();
        for (String c : text.concepts(situation)) {
            Integer id = ids.get(c);
            if (id == null && c.length() >= 5) {
                id = nearest(c);
            }
            if (id != null) {
                out.add(id);
            }
        }
        return out;
    }

    private Integer nearest(String word) {
        int limit = word.length() >= 8 ? 2 : 1;
        Integer best = null;
        int bestDistance = limit + 1;
        for (int i = 0; i < vocabulary.size(); i++) {
            String v = vocabulary.get(i);
            if (v.length() < 4) {
                continue;
            }
            int d = Search.distance(word, v, limit);
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return best;
    }

    /** Every concept the situations use, for tests: no cue may rely on a word nobody can type. */
    List<String> vocabulary() {
        return List.copyOf(vocabulary);
    }

    List<Entry> entries() {
        return List.copyOf(entries);
    }
}
