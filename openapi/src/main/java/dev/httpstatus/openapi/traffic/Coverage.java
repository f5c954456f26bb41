package dev.httpstatus.openapi.traffic;

import dev.httpstatus.openapi.ApiDescription;
import dev.httpstatus.openapi.ApiOperation;
import dev.httpstatus.openapi.DeclaredResponse;
import dev.httpstatus.openapi.ResponseKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What traffic showed of a description: which operations were called, with which status codes, and
 * how many exchanges were outside its servers or not described. Its {@link #remarks()} are the lines
 * a check report prints with its totals, among them the declared codes never observed.
 *
 * <pre>{@code
 * coverage.remarks();
 * // ["openapi api.yaml: 12 of 54 operations seen in 120 exchanges; 30 exchanges outside its servers, 3 not described",
 * //  "  declared, never observed: GET /pets/{id} 404, 500; POST /pets 201", …]
 * }</pre>
 *
 * <p>Mutable and thread-safe: a check with {@code --jobs} fills it from several threads.
 */
public final class Coverage {

    /** Lines of never-observed codes listed before "and N more". */
    static final int MAX_LINES = 20;

    private final ApiDescription description;
    private final Map<ApiOperation, TreeSet<Integer>> seen = new LinkedHashMap<>();
    private long matched;
    private long outside;
    private long undescribed;

    public Coverage(ApiDescription description) {
        this.description = description;
    }

    synchronized void matched(ApiOperation op, int status) {
        matched++;
        seen.computeIfAbsent(op, k -> new TreeSet<>()).add(status);
    }

    synchronized void countOutside() {
        outside++;
    }

    synchronized void countUndescribed() {
        undescribed++;
    }

    /** Exchanges matched to an operation. */
    public synchronized long matched() {
        return matched;
    }

    /** Exchanges to URLs under none of the servers. */
    public synchronized long outside() {
        return outside;
    }

    /** Exchanges under a server whose path or method the description lacks. */
    public synchronized long undescribed() {
        return undescribed;
    }

    /** The status codes observed for {@code op}, ascending; empty when it was not called. */
    public synchronized List<Integer> observed(ApiOperation op) {
        TreeSet<Integer> s = seen.get(op);
        return s == null ? List.of() : List.copyOf(s);
    }

    /** For each operation called, the codes it declares (exact codes only) that no exchange showed. */
    public synchronized Map<ApiOperation, List<String>> neverObserved() {
        Map<ApiOperation, List<String>> out = new LinkedHashMap<>();
        for (ApiOperation op : description.operations()) {
            TreeSet<Integer> s = seen.get(op);
            if (s == null) {
                continue;
            }
            List<String> missing = new ArrayList<>();
            for (DeclaredResponse r : op.responses()) {
                if (r.key().kind() == ResponseKey.Kind.CODE && !s.contains(r.key().value())) {
                    missing.add(r.key().text());
                }
            }
            if (!missing.isEmpty()) {
                out.put(op, missing);
            }
        }
        return out;
    }

    /** The lines for the report's summary. */
    public synchronized List<String> remarks() {
        List<String> lines = new ArrayList<>();
        int ops = description.operations().size();
        lines.add("openapi " + description.file() + ": " + seen.size() + " of " + ops
                + (ops == 1 ? " operation" : " operations") + " seen in " + matched
                + (matched == 1 ? " exchange" : " exchanges") + "; " + outside + " outside its servers, "
                + undescribed + " not described");
        Map<ApiOperation, List<String>> never = neverObserved();
        if (!never.isEmpty()) {
            lines.add("  declared, never observed (operations seen):");
            int n = 0;
            for (Map.Entry<ApiOperation, List<String>> e : never.entrySet()) {
                if (n++ == MAX_LINES) {
                    lines.add("    … and " + (never.size() - MAX_LINES) + " more operations");
                    break;
                }
                lines.add("    " + e.getKey().label() + ": " + String.join(", ", e.getValue()));
            }
        }
        List<String> unseen = new ArrayList<>();
        for (ApiOperation op : description.operations()) {
            if (!seen.containsKey(op)) {
                unseen.add(op.label());
            }
        }
        if (!unseen.isEmpty()) {
            lines.add("  operations never called: " + unseen.size() + " (" + String.join(", ",
                    unseen.subList(0, Math.min(5, unseen.size()))) + (unseen.size() > 5 ? ", …" : "") + ")");
        }
        return lines;
    }
}
