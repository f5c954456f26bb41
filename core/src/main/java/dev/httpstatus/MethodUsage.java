package dev.httpstatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The codes a well-behaved API answers to each method, with their meaning there and, where one is
 * known, the usual cause and cure: the API-manager method table among the project's source documents
 * (GET, PUT/POST, DELETE), extended to HEAD, PATCH and OPTIONS.
 *
 * <pre>{@code
 * MethodUsage.typicalFor(Method.PUT);        // [PUT 200: the resource was replaced, PUT 201: …]
 * MethodUsage.methods();                      // [GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS]
 * MethodUsage.hint(StatusCode.MOVED_PERMANENTLY, Method.PUT)
 *     // Optional["The URI most likely lacks its trailing slash …"]
 * }</pre>
 */
public final class MethodUsage {

    private MethodUsage() {}

    /** The methods the table covers, in the order it lists them. */
    public static List<Method> methods() {
        List<Method> methods = new ArrayList<>();
        for (TypicalResponse t : Catalog.Typical.ALL) {
            if (!methods.contains(t.method())) {
                methods.add(t.method());
            }
        }
        return List.copyOf(methods);
    }

    /**
     * The codes commonly answered to {@code method}, in code order; empty for a method the table does
     * not cover.
     *
     * @throws NullPointerException if {@code method} is null
     */
    public static List<TypicalResponse> typicalFor(Method method) {
        Objects.requireNonNull(method, "method");
        List<TypicalResponse> list = new ArrayList<>();
        for (TypicalResponse t : Catalog.Typical.ALL) {
            if (t.method().equals(method)) {
                list.add(t);
            }
        }
        return List.copyOf(list);
    }

    /** The usual cause and cure when {@code code} answers {@code method}, where one is known. */
    public static Optional<String> hint(StatusCode code, Method method) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(method, "method");
        for (TypicalResponse t : Catalog.Typical.ALL) {
            if (t.status() == code && t.method().equals(method)) {
                return t.resolutionHint();
            }
        }
        return Optional.empty();
    }
}
