package dev.httpstatus.server;

import java.util.Locale;

/**
 * Picks a body format from an {@code Accept} header (RFC 9110 §12.5.1): the format with the
 * highest quality wins, JSON on a tie or when nothing offered is acceptable. A test server keeps
 * the status it was asked for rather than answering 406.
 *
 * <pre>{@code Negotiation.choose("text/html,application/xhtml+xml,*\/*;q=0.8")  // HTML}</pre>
 */
final class Negotiation {

    private Negotiation() {}

    static MediaKind choose(String accept) {
        if (accept == null || accept.isEmpty() || accept.equals("*/*")) {
            return MediaKind.JSON;
        }
        float json = quality(accept, "application", "json");
        float problem = quality(accept, "application", "problem+json");
        float text = quality(accept, "text", "plain");
        float html = quality(accept, "text", "html");
        float best = Math.max(json, problem);
        MediaKind kind = MediaKind.JSON;
        if (text > best) {
            best = text;
            kind = MediaKind.TEXT;
        }
        if (html > best) {
            best = html;
            kind = MediaKind.HTML;
        }
        return best <= 0 ? MediaKind.JSON : kind;
    }

    /** The quality {@code accept} gives type/subtype: from the most specific matching range, 0 if none. */
    static float quality(String accept, String type, String subtype) {
        int bestSpecificity = -1;
        float q = 0;
        for (String range : accept.split(",")) {
            String[] parts = range.split(";", -1);
            String media = parts[0].trim().toLowerCase(Locale.ROOT);
            int slash = media.indexOf('/');
            if (slash < 0) {
                continue;
            }
            String t = media.substring(0, slash);
            String s = media.substring(slash + 1);
            int specificity;
            if (t.equals(type) && s.equals(subtype)) {
                specificity = 2;
            } else if (t.equals(type) && s.equals("*")) {
                specificity = 1;
            } else if (t.equals("*") && s.equals("*")) {
                specificity = 0;
            } else {
                continue;
            }
            if (specificity > bestSpecificity) {
                bestSpecificity = specificity;
                q = qValue(parts);
            }
        }
        return q;
    }

    private static float qValue(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].trim();
            if (p.length() > 2 && (p.charAt(0) == 'q' || p.charAt(0) == 'Q') && p.charAt(1) == '=') {
                try {
                    float v = Float.parseFloat(p.substring(2).trim());
                    return v < 0 || v > 1 || Float.isNaN(v) ? 0 : v;
                } catch (NumberFormatException e) {
                    return 0; // an unreadable weight counts as "not acceptable"
                }
            }
        }
        return 1;
    }
}
