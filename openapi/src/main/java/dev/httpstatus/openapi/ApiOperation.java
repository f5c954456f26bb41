package dev.httpstatus.openapi;

import dev.httpstatus.Method;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One operation of a description: a method on a path template, with its responses.
 *
 * <pre>{@code
 * ApiOperation op = description.operations().get(0);
 * op.label();             // "GET /pets/{id}"
 * op.pointer();           // /paths/~1pets~1{id}/get
 * op.response("404");     // Optional[DeclaredResponse …]
 * op.servers();           // the server URLs that apply to it (operation, path or document level)
 * }</pre>
 *
 * @param method         the method, upper case (OpenAPI writes it in lower case)
 * @param path           the path template as written, e.g. "/pets/{id}"
 * @param pointer        where the operation stands
 * @param responses      its responses in the order written
 * @param requestHeaders header parameters it declares (its own and its path's), lower case
 * @param servers        server URLs for this operation, variables left as {@code {name}}
 */
public record ApiOperation(Method method, String path, Pointer pointer, List<DeclaredResponse> responses,
        Set<String> requestHeaders, List<String> servers) {

    public ApiOperation {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(pointer, "pointer");
        responses = List.copyOf(responses);
        requestHeaders = Set.copyOf(requestHeaders);
        servers = List.copyOf(servers);
    }

    /** "GET /pets/{id}". */
    public String label() {
        return method + " " + path;
    }

    /** The response declared under exactly this key. */
    public Optional<DeclaredResponse> response(String key) {
        for (DeclaredResponse r : responses) {
            if (r.key().text().equals(key)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /**
     * The response that describes {@code status} by OpenAPI's precedence: the code itself, else its
     * range (e.g. 4XX), else {@code default}; empty when none does.
     */
    public Optional<DeclaredResponse> responseFor(int status) {
        DeclaredResponse range = null;
        DeclaredResponse fallback = null;
        for (DeclaredResponse r : responses) {
            switch (r.key().kind()) {
                case CODE -> {
                    if (r.key().value() == status) {
                        return Optional.of(r);
                    }
                }
                case RANGE -> {
                    if (range == null && r.key().covers(status)) {
                        range = r;
                    }
                }
                case DEFAULT -> fallback = r;
                case INVALID -> { }
            }
        }
        return Optional.ofNullable(range != null ? range : fallback);
    }

    /** Whether the operation declares a header parameter {@code name} (any case). */
    public boolean declaresRequestHeader(String name) {
        return requestHeaders.contains(name.toLowerCase(Locale.ROOT));
    }
}
