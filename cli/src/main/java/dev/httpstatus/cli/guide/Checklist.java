package dev.httpstatus.cli.guide;

import dev.httpstatus.Condition;
import dev.httpstatus.Duty;
import dev.httpstatus.Requirement;
import dev.httpstatus.Subject;
import dev.httpstatus.cli.render.CardView;
import dev.httpstatus.StatusCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The duties a response with a given code carries, as checklist items a server author can tick:
 * header fields from {@link StatusCode#headerDuties()}, then body, caching, retry and method facts.
 * Everything is derived from the core catalog; nothing here restates a code's rules.
 *
 * <pre>{@code
 * Checklist.of(StatusCode.METHOD_NOT_ALLOWED).get(0)
 * // Item[topic=header, subject=Allow, level=MUST, when=always: the methods …, reference=RFC 9110 §15.5.6]
 * }</pre>
 */
public final class Checklist {

    /** RFC 9110's list of heuristically cacheable codes, the source of {@code isCacheableByDefault}. */
    private static final String CACHE_SECTION = "RFC 9110 §15.1";

    private Checklist() {}

    /**
     * One duty or fact.
     *
     * @param topic     "header", "content", "caching", "retry", "redirect" or "methods"
     * @param subject   the header field or thing the item is about
     * @param duty      how strongly it is asked, or empty for a plain fact
     * @param when      the condition or the fact, in a few words
     * @param reference the section stating it, or "" when the catalog gives none
     */
    public record Item(String topic, String subject, Optional<Requirement> duty, String when, String reference) {

        /** "MUST", "MUST NOT", … as the RFCs write them, or "INFO" for a plain fact. */
        public String level() {
            return duty.map(Requirement::label).orElse("INFO");
        }

        /**
         * The item as a checklist line after its level: a duty reads as what to do ("send Allow: always:
         * …", "send content: never: …", "be stored … by a cache"), a fact as "topic: fact".
         */
        public String text() {
            return switch (topic) {
                case "header", "content" -> "send " + subject + ": " + when;
                case "caching" -> duty.isPresent() ? when : "caching: " + when;
                default -> topic + ": " + when;
            };
        }
    }

    public static List<Item> of(StatusCode c) {
        List<Item> items = new ArrayList<>();
        List<Duty> duties = c.duties();
        for (Duty d : duties) {
            if (isImplied(d, duties)) {
                continue; // "MUST NOT send content in answer to HEAD" says nothing once content is never sent
            }
            if (d.subject() instanceof Subject.Field f) {
                String value = d.value().describe();
                items.add(new Item("header", f.name() + (value.isEmpty() ? "" : " " + value), Optional.of(d.level()),
                        d.when(), d.reference().toString()));
            } else {
                items.add(new Item("content", "content", Optional.of(d.level()), d.when(), d.reference().toString()));
            }
        }
        if (c.isCacheableByDefault()) {
            items.add(new Item("caching", "freshness", Optional.of(Requirement.MAY),
                    "be stored and reused by a cache without explicit freshness information", CACHE_SECTION));
        } else {
            items.add(new Item("caching", "freshness", Optional.empty(),
                    "cached only when Cache-Control or Expires says so", CACHE_SECTION));
        }
        items.add(new Item("retry", "retry", Optional.empty(), c.retry().description(), ""));
        if (c.redirectMethod().isPresent()) {
            String section = c.references().isEmpty() ? "" : c.references().get(0).toString();
            String lasting = c.isPermanentRedirect() ? "permanent: " : "temporary: ";
            // The client's duty, not the response's: stated as a fact, without a checkbox.
            items.add(new Item("redirect", "method", Optional.empty(), lasting + c.redirectMethod().get().summary(),
                    section));
        }
        if (!c.methods().isEmpty()) {
            items.add(new Item("methods", "methods", Optional.empty(),
                    "answers only " + CardView.join(c.methods()), ""));
        }
        return List.copyOf(items);
    }

    /** A conditional duty that an unconditional one with the same subject and level already covers. */
    private static boolean isImplied(Duty d, List<Duty> all) {
        if (d.condition() instanceof Condition.Always) {
            return false;
        }
        for (Duty other : all) {
            if (other != d && other.condition() instanceof Condition.Always && other.level() == d.level()
                    && other.subject().equals(d.subject())) {
                return true;
            }
        }
        return false;
    }
}
