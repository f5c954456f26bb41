package dev.httpstatus.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds every {@code $ref} of a document and checks that it leads somewhere: a fragment within the
 * document, or a file beside it (and the fragment within that file). Remote URLs are not fetched;
 * they are listed instead. Literal data ({@code example}, {@code default}, {@code enum},
 * {@code const}, an Example's {@code value}, {@code x-} extensions) is not searched for references.
 *
 * <pre>{@code
 * RefCheck.Result r = RefCheck.run(tree, Path.of("specs"));
 * r.problems();   // ["api.yaml (line 40, column 9): $ref \"#/components/responses/NotFund\" leads nowhere: …"]
 * r.remote();     // ["https://example.com/common.yaml#/Error"]
 * }</pre>
 */
final class RefCheck {

    private RefCheck() {}

    /** Problems (located, one line each), remote references not followed, and whether local files are referred to. */
    record Result(List<String> problems, List<String> remote, boolean localFiles) {}

    private record Item(JsonNode node, String name, String parent) {}

    static Result run(SourceTree tree, Path baseDir) {
        List<String> problems = new ArrayList<>();
        List<String> remote = new ArrayList<>();
        Map<Path, Object> files = new HashMap<>(); // a SourceTree, or the problem reading it
        boolean local = false;
        ArrayDeque<Item> stack = new ArrayDeque<>();
        stack.push(new Item(tree.root(), "", ""));
        while (!stack.isEmpty()) {
            Item it = stack.pop();
            JsonNode n = it.node();
            if (n.isArray()) {
                for (JsonNode c : n) {
                    stack.push(new Item(c, it.name(), it.parent()));
                }
                continue;
            }
            if (!n.isObject()) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> i = n.fields(); i.hasNext(); ) {
                Map.Entry<String, JsonNode> e = i.next();
                String name = e.getKey();
                JsonNode v = e.getValue();
                if (name.equals("$ref") && v.isTextual()) {
                    local |= check(tree, baseDir, v, problems, remote, files);
                } else if (v.isContainerNode() && !isLiteral(name, it.name())) {
                    stack.push(new Item(v, name, it.name()));
                }
            }
        }
        return new Result(problems, remote, local);
    }

    /** Members whose values are data, not description, unless they name a schema's property. */
    private static boolean isLiteral(String name, String parent) {
        if (parent.equals("properties")) {
            return false;
        }
        return name.equals("example") || name.equals("default") || name.equals("enum") || name.equals("const")
                || name.startsWith("x-") || (name.equals("value") && parent.equals("examples"));
    }

    /** Checks one reference; true when it points into a local file. */
    private static boolean check(SourceTree tree, Path baseDir, JsonNode ref, List<String> problems,
            List<String> remote, Map<Path, Object> files) {
        String text = ref.asText();
        Position at = tree.position(ref).orElse(null);
        int hash = text.indexOf('#');
        String doc = hash < 0 ? text : text.substring(0, hash);
        String fragment = hash < 0 ? "" : text.substring(hash + 1);
        if (doc.isEmpty()) {
            lookup(tree, fragment, text, at, tree.file(), problems);
            return false;
        }
        if (doc.contains("://") || doc.startsWith("//") || baseDir == null) {
            remote.add(text);
            return false;
        }
        Path target;
        try {
            target = baseDir.resolve(doc).normalize();
        } catch (InvalidPathException e) {
            problems.add(BadDescriptionException.format(tree.file(), at, "$ref \"" + text + "\" is not a file path"));
            return true;
        }
        Object other = files.computeIfAbsent(target, p -> {
            if (!Files.isRegularFile(p)) {
                return "no such file: " + p;
            }
            try {
                return TreeReader.read(p);
            } catch (BadDescriptionException e) {
                return e.getMessage();
            }
        });
        if (other instanceof SourceTree t) {
            lookup(t, fragment, text, at, tree.file(), problems);
        } else {
            problems.add(BadDescriptionException.format(tree.file(), at, "$ref \"" + text + "\" leads nowhere: " + other));
        }
        return true;
    }

    private static void lookup(SourceTree in, String fragment, String text, Position at, String file, List<String> problems) {
        if (!fragment.isEmpty() && fragment.charAt(0) != '/') {
            return; // a plain-name fragment: a JSON Schema $anchor, which this check does not follow
        }
        Pointer p = Pointer.parse(fragment);
        if (in.node(p).isPresent()) {
            return;
        }
        Pointer found = Pointer.root();
        for (String s : p.segments()) {
            Pointer next = found.child(s);
            if (in.node(next).isEmpty()) {
                Optional<JsonNode> parent = in.node(found);
                String where = found.isRoot() ? "the document" : found.toString();
                String has = parent.isPresent() && parent.get().isContainerNode() ? " has no \"" + s + "\""
                        : " is not an object";
                problems.add(BadDescriptionException.format(file, at, "$ref \"" + text + "\" leads nowhere: "
                        + where + (in == null ? "" : has) + (in.file().equals(file) ? "" : " in " + in.file())));
                return;
            }
            found = next;
        }
    }
}
