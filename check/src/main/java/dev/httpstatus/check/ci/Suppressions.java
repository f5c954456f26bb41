package dev.httpstatus.check.ci;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Every suppression in force for a run: rules disabled on the command line and those of the
 * configuration file. Immutable and thread-safe; looking up an occurrence costs a map lookup plus
 * the patterns of its own rule.
 *
 * <pre>{@code
 * Suppressions s = Suppressions.disabling(List.of("error-without-explanation"), "--disable")
 *         .plus(ConfigFile.read(Path.of(".httpstatus.json"), "check", knownIds));
 * s.find(occurrence);              // Optional[the first suppression that covers it]
 * s.unknownRules(knownIds);        // ids that name no rule: report them, do not ignore them
 * }</pre>
 *
 * <p>The first match wins: whole-rule switches before patterns, then in the order declared.
 */
public final class Suppressions {

    private static final Suppressions NONE = new Suppressions(List.of());

    private final List<Suppression> all;
    private final Map<String, List<Suppression>> byRule = new HashMap<>();
    private final List<Suppression> anyRule = new ArrayList<>();

    private Suppressions(List<Suppression> list) {
        List<Suppression> ordered = new ArrayList<>(list.size());
        list.stream().filter(Suppression::isEverywhere).forEach(ordered::add);
        list.stream().filter(s -> !s.isEverywhere()).forEach(ordered::add);
        this.all = List.copyOf(ordered);
        for (Suppression s : all) {
            if (s.rule().equals(Suppression.EVERY_RULE)) {
                anyRule.add(s);
            } else {
                byRule.computeIfAbsent(s.rule(), k -> new ArrayList<>(1)).add(s);
            }
        }
    }

    /** No suppression at all. */
    public static Suppressions none() {
        return NONE;
    }

    /** These suppressions, in this order. */
    public static Suppressions of(List<Suppression> list) {
        return list.isEmpty() ? NONE : new Suppressions(List.copyOf(list));
    }

    /** Each rule of {@code ruleIds} switched off everywhere, recorded as declared at {@code origin}. */
    public static Suppressions disabling(List<String> ruleIds, String origin) {
        List<Suppression> list = new ArrayList<>(ruleIds.size());
        for (String id : ruleIds) {
            list.add(Suppression.of(id).from(origin));
        }
        return of(list);
    }

    /** These and {@code more}. */
    public Suppressions plus(Suppressions more) {
        if (more.all.isEmpty()) {
            return this;
        }
        if (all.isEmpty()) {
            return more;
        }
        List<Suppression> list = new ArrayList<>(all);
        list.addAll(more.all);
        return new Suppressions(list);
    }

    /** Every suppression, whole-rule ones first. */
    public List<Suppression> all() {
        return all;
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }

    /** The suppression that covers {@code o}, if any: the first declared of its rule's and the "*" ones. */
    public Optional<Suppression> find(Occurrence o) {
        if (all.isEmpty()) {
            return Optional.empty();
        }
        Suppression own = first(byRule.getOrDefault(o.rule(), List.of()), o);
        Suppression any = first(anyRule, o);
        if (own == null || any == null) {
            return Optional.ofNullable(own == null ? any : own);
        }
        return Optional.of(all.indexOf(own) < all.indexOf(any) ? own : any);
    }

    private static Suppression first(List<Suppression> list, Occurrence o) {
        for (Suppression s : list) {
            if (s.matches(o)) {
                return s;
            }
        }
        return null;
    }

    /** The rule ids named here (other than "*") that are not in {@code known}, in declaration order. */
    public Set<String> unknownRules(Set<String> known) {
        Set<String> out = new LinkedHashSet<>();
        for (Suppression s : all) {
            if (!s.rule().equals(Suppression.EVERY_RULE) && !known.contains(s.rule())) {
                out.add(s.rule());
            }
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Suppressions s && s.all.equals(all);
    }

    @Override
    public int hashCode() {
        return Objects.hash(all);
    }

    @Override
    public String toString() {
        return all.toString();
    }
}
