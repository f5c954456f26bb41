package dev.httpstatus.openapi.lint;

import dev.httpstatus.openapi.Pointer;
import dev.httpstatus.openapi.Position;
import java.util.List;
import java.util.Objects;

/**
 * One rule broken by one place of a description. The place is where the fix goes: the response key
 * of an operation, or a shared response component, reported once with every operation that uses it.
 *
 * <pre>{@code
 * f.rule().id();       // "oas-401-without-www-authenticate"
 * f.file();            // "api.yaml"
 * f.pointer();         // /components/responses/Unauthorized
 * f.position();        // line 212, column 5
 * f.operations();      // [GET /pets, DELETE /pets/{id}]
 * f.key();             // "oas-401-without-www-authenticate api.yaml#/components/responses/Unauthorized"
 * }</pre>
 *
 * @param rule       the rule broken
 * @param file       the description's file name as given
 * @param pointer    where, as a JSON pointer: stable across edits elsewhere in the file
 * @param position   where, as line and column (of the member name that introduces the object)
 * @param operations the operations concerned ("GET /pets"); empty for none in particular
 * @param detail     what exactly, in a few words; "" when the message says it all
 */
public record LintFinding(LintRule rule, String file, Pointer pointer, Position position, List<String> operations,
        String detail) {

    public LintFinding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(position, "position");
        operations = List.copyOf(operations);
        Objects.requireNonNull(detail, "detail");
    }

    /** The rule's severity. */
    public dev.httpstatus.check.model.Severity severity() {
        return rule.severity();
    }

    /** The rule's message followed by the detail, if any. */
    public String message() {
        return detail.isEmpty() ? rule.message() : rule.message() + ": " + detail;
    }

    /**
     * A key that stays the same while the finding does, for baselines and suppressions: the rule id,
     * the file and the JSON pointer (not the line, which moves when anything above it changes).
     */
    public String key() {
        return rule.id() + " " + file + "#" + pointer;
    }

    /** "GET /pets" or "GET /pets and 3 more operations"; "" when none. */
    public String operationsLabel() {
        if (operations.isEmpty()) {
            return "";
        }
        int more = operations.size() - 1;
        return operations.get(0) + (more == 0 ? "" : " and " + more + (more == 1 ? " more operation" : " more operations"));
    }

    @Override
    public String toString() {
        return file + ":" + position.line() + ":" + position.column() + ": " + severity().label() + " [" + rule.id()
                + "] " + message();
    }
}
