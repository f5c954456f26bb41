package dev.httpstatus.check.ci;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Help for people who mistype a rule id: the known ids closest to what they wrote.
 *
 * <pre>{@code
 * RuleIds.suggest("405-without-alow", known);      // ["405-without-allow"]
 * RuleIds.unknown("405-without-alow", known);      // "no rule \"405-without-alow\"; did you mean 405-without-allow?"
 * RuleIds.suggest("allow", known);                 // ids containing it: ["405-allow-lists-request-method", "405-without-allow"]
 * }</pre>
 */
public final class RuleIds {

    private static final int MAX_SUGGESTIONS = 3;

    private RuleIds() {}

    /**
     * Up to three known ids close to {@code id}: the nearest within a few edits of it (fewer for short
     * ids), else those that contain it or that it contains.
     */
    public static List<String> suggest(String id, Collection<String> known) {
        int limit = Math.max(2, id.length() / 4);
        List<String> near = new ArrayList<>();
        for (String k : known) {
            if (distance(id, k, limit) <= limit) {
                near.add(k);
            }
        }
        near.sort(Comparator.comparingInt((String k) -> distance(id, k, limit)).thenComparing(k -> k));
        if (!near.isEmpty()) {
            int best = distance(id, near.get(0), limit);
            near.removeIf(k -> distance(id, k, limit) > best); // one typo away beats two
        }
        if (near.isEmpty() && id.length() >= 3) {
            for (String k : known) {
                if (k.contains(id) || id.contains(k)) {
                    near.add(k);
                }
            }
            near.sort(null);
        }
        return near.size() > MAX_SUGGESTIONS ? List.copyOf(near.subList(0, MAX_SUGGESTIONS)) : List.copyOf(near);
    }

    /** A message for an unknown id, with suggestions when there are any. */
    public static String unknown(String id, Collection<String> known) {
        List<String> s = suggest(id, known);
        String m = "no rule \"" + id + "\"";
        if (s.isEmpty()) {
            return m + " ('httpstatus rules --list' lists them)";
        }
        return m + "; did you mean " + String.join(" or ", s) + "?";
    }

    /** Levenshtein distance, giving up (returning limit + 1) once it must exceed {@code limit}. */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
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
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[b.length()], limit + 1);
    }
}
