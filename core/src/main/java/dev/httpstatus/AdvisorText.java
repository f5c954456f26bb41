package dev.httpstatus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns plain words into the advisor's concepts: lower case, contractions folded, a light suffix
 * stemmer, then the phrase and word synonyms of {@link AdvisorSynonyms}. Situations and questions go
 * through the same steps, so the stemmer only has to be consistent, not linguistically right.
 *
 * <p>Built once, when the advisor is first used.
 */
final class AdvisorText {

    /** Words that carry no meaning in a question about status codes. */
    private static final String[] STOP_WORDS = {
        "a", "an", "the", "is", "are", "was", "were", "be", "been", "being", "am", "to", "of", "in", "on", "at",
        "for", "by", "as", "it", "its", "this", "that", "these", "those", "there", "here", "and", "or", "but",
        "so", "if", "then", "than", "what", "which", "who", "whom", "whose", "when", "where", "why", "how",
        "should", "would", "could", "can", "may", "might", "shall", "will", "do", "does", "did", "i", "we", "you",
        "me", "my", "our", "your", "us", "they", "them", "their", "he", "she", "his", "her", "one", "ones",
        "status", "code", "codes", "http", "response", "respond", "responds", "answer", "return", "returns",
        "returned", "returning", "send", "sends", "sent", "sending", "get", "gets", "got", "give", "gives",
        "use", "has", "have", "had", "having", "some", "any", "all", "e", "g", "eg", "ie",
        "i.e", "etc", "right", "now", "just", "only", "also", "yet", "very", "really", "with", "from",
        "into", "onto", "about", "over", "after", "before", "instead", "rest", "api", "apis", "someone",
        "something", "while", "what's", "whats", "it's", "im", "ive", "we're", "were", "which", "kind", "sort",
        "correct", "proper", "appropriate", "best", "good", "fine", "ok?", "like", "via",
    };

    private final java.util.Set<String> stop = new java.util.HashSet<>();
    /** Stemmed phrase (words joined by spaces) → concept; the longest phrase wins. */
    private final Map<String, String> phrases = new HashMap<>();
    private int longestPhrase = 1;

    AdvisorText() {
        for (String s : STOP_WORDS) {
            stop.add(stem(s));
        }
        for (String[] row : AdvisorSynonyms.ROWS) {
            String concept = row[0];
            for (String variant : row) {
                List<String> words = stems(variant);
                if (words.isEmpty()) {
                    continue;
                }
                phrases.put(String.join(" ", words), concept);
                longestPhrase = Math.max(longestPhrase, words.size());
            }
        }
    }

    /**
     * The concepts of {@code text}, in order, without stop words. Phrases are looked up before stop
     * words are dropped, so "logged in" and "for good" survive as one concept each.
     */
    List<String> concepts(String text) {
        List<String> words = stems(text);
        List<String> out = new ArrayList<>(words.size());
        int i = 0;
        while (i < words.size()) {
            int taken = 0;
            for (int n = Math.min(longestPhrase, words.size() - i); n >= 1; n--) {
                String concept = phrases.get(String.join(" ", words.subList(i, i + n)));
                if (concept != null) {
                    out.add(concept);
                    taken = n;
                    break;
                }
            }
            if (taken == 0) {
                String w = words.get(i);
                if (!stop.contains(w)) {
                    out.add(w);
                }
                taken = 1;
            }
            i += taken;
        }
        return out;
    }

    /** Lower-case words with apostrophes folded ("doesn't" → "doesnt") and suffixes stemmed. */
    static List<String> stems(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        int n = Math.min(text.length(), 2000); // the advisor reads a sentence, not a document
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : ' ';
            if (c == '\'' || c == '\u2019') {
                continue;
            }
            if (c < 128 && Character.isLetterOrDigit(c)) {
                w.append(Character.toLowerCase(c));
            } else if (Character.isLetter(c)) {
                w.append(Character.toLowerCase(c));
            } else if (w.length() > 0) {
                out.add(stem(w.toString()));
                w.setLength(0);
            }
        }
        return out;
    }

    /** A light English suffix stemmer: plural s, -ing, -ed, a final e, a doubled final consonant. */
    static String stem(String w) {
        if (w.length() <= 3 || !Character.isLetter(w.charAt(w.length() - 1))) {
            return w;
        }
        String s = w;
        if (s.endsWith("ies") && s.length() > 4) {
            s = s.substring(0, s.length() - 3) + "y";
        } else if (s.endsWith("sses")) {
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is")) {
            s = s.substring(0, s.length() - 1);
        }
        boolean cut = false;
        if (s.endsWith("ing") && s.length() - 3 >= 3) {
            s = s.substring(0, s.length() - 3);
            cut = true;
        } else if (s.endsWith("ed") && s.length() - 2 >= 3) {
            s = s.substring(0, s.length() - 2);
            cut = true;
        }
        if (cut && s.length() >= 4 && s.charAt(s.length() - 1) == s.charAt(s.length() - 2)
                && "lsz".indexOf(s.charAt(s.length() - 1)) < 0 && isConsonant(s.charAt(s.length() - 1))) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.endsWith("e") && s.length() - 1 >= 3) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    private static boolean isConsonant(char c) {
        return "aeiouy".indexOf(c) < 0;
    }
}
