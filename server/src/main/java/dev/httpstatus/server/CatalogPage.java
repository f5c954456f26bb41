package dev.httpstatus.server;

import dev.httpstatus.Registration;
import dev.httpstatus.StatusClass;
import dev.httpstatus.StatusCode;
import dev.httpstatus.StatusCodes;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The catalog page rendered on the server, so it works without JavaScript: one list per class,
 * one row per code with its tags, and {@code ?q=} filtering with the CLI's ranked, typo-tolerant
 * search ({@link StatusCodes#search}) plus the row tags. The script then takes over the same markup.
 * {@code /api/search?q=} gives the script the same ranking as JSON.
 *
 * <pre>{@code GET /?q=moved%20temporarly   →   the page listing 302 (and whatever else ranks)}</pre>
 */
final class CatalogPage {

    private static final String TEMPLATE = new String(StaticPages.find("/index.html").bytes(), StandardCharsets.UTF_8);
    private static final byte[] FULL = render("").getBytes(StandardCharsets.UTF_8);

    private CatalogPage() {}

    static Reply serve(Request req) {
        Params p = Params.of(req.query(), Set.of("q"));
        String q = p.get("q") == null ? "" : p.get("q").trim();
        Reply r = new Reply(200);
        r.head = req.isHead();
        r.headers.set("Cache-Control", "no-cache");
        r.headers.set("Content-Security-Policy", StaticPages.PAGE_POLICY);
        return r.body(Bodies.HTML, q.isEmpty() ? FULL : render(q).getBytes(StandardCharsets.UTF_8));
    }

    /** {@code /api/search?q=}: the codes in rank order, as numbers. */
    static Reply search(Request req) {
        Params p = Params.of(req.query(), Set.of("q"));
        StringBuilder b = new StringBuilder("[");
        for (StatusCode c : matches(p.get("q") == null ? "" : p.get("q"))) {
            b.append(b.length() > 1 ? "," : "").append(c.code());
        }
        Reply r = new Reply(200);
        r.head = req.isHead();
        r.headers.set("Cache-Control", "no-cache");
        return r.body(Bodies.JSON, b.append(']').toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Ranked search first, then codes whose row tags ("unofficial", "deprecated"…) contain every word. */
    static List<StatusCode> matches(String query) {
        String q = query.trim().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return StatusCodes.known();
        }
        Set<StatusCode> found = new LinkedHashSet<>(StatusCodes.search(q));
        for (StatusCode c : StatusCodes.known()) {
            String tags = String.join(" ", tags(c));
            boolean all = true;
            for (String w : q.split("\\s+")) {
                all &= tags.contains(w);
            }
            if (all) {
                found.add(c);
            }
        }
        found.removeIf(c -> !c.isKnown());
        return new ArrayList<>(found);
    }

    static List<String> tags(StatusCode c) {
        List<String> t = new ArrayList<>();
        Registration reg = c.registration();
        if (reg != Registration.REGISTERED) {
            t.add(reg == Registration.UNASSIGNED ? "unofficial" : reg.name().toLowerCase(Locale.ROOT));
        }
        if (c.isDeprecated()) {
            t.add("deprecated");
        }
        if (c.isRetryable()) {
            t.add("retryable");
        }
        return t;
    }

    private static String render(String q) {
        List<StatusCode> codes = matches(q);
        StringBuilder b = new StringBuilder(codes.size() * 200);
        if (!q.isEmpty()) {
            b.append("<p class=\"count server\">").append(codes.size()).append(" codes match ")
                    .append(Text.html(Text.quote(q))).append(" (best first)</p>\n");
            list(b, "results", codes);
        } else {
            for (StatusClass sc : StatusClass.values()) {
                List<StatusCode> inClass = codes.stream().filter(c -> c.statusClass() == sc).toList();
                if (!inClass.isEmpty()) {
                    list(b, sc.label(), inClass);
                }
            }
        }
        if (codes.isEmpty()) {
            b.append("<p class=\"empty\">No code matches.</p>\n");
        }
        return TEMPLATE.replace("<!--catalog-->", b.toString()).replace("value=\"\"", "value=\"" + Text.html(q) + "\"");
    }

    private static void list(StringBuilder b, String label, List<StatusCode> codes) {
        b.append("<section class=\"group\" data-class=\"").append(Text.html(label)).append("\"><h2><span class=\"label\">")
                .append(Text.html(label)).append("</span></h2>\n<ul class=\"codes\">\n");
        for (StatusCode c : codes) {
            int digit = c.statusClass() == StatusClass.UNDEFINED ? 0 : c.code() / 100;
            b.append("<li class=\"code g").append(digit).append("\" id=\"").append(c.code()).append("\" data-code=\"")
                    .append(c.code()).append("\"><a class=\"row\" href=\"/status/").append(c.code())
                    .append("\"><span class=\"num\">").append(c.code()).append("</span><span class=\"phrase\">")
                    .append(Text.html(c.reasonPhrase())).append("</span><span class=\"tags\">");
            for (String t : tags(c)) {
                b.append("<span class=\"tag\">").append(t).append("</span>");
            }
            b.append("</span></a></li>\n");
        }
        b.append("</ul></section>\n");
    }
}
