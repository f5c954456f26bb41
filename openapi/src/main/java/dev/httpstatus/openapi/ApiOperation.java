package dev.httpstatus.openapi;

import dev.httpstatus.Method;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One operation of a description, with its responses: a method on a path template, or one the API
 * itself calls on its users' servers (an OpenAPI 3.1 webhook, or a callback of an operation), whose
 * responses are what those servers answer.
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
 * @param origin         a path's operation, a webhook or a callback
 * @param path           (for a webhook, its name; for a callback, its URL expression)
 * @param owner          for a callback, its name and the operation it belongs to ("onData of POST
 *                       /subscribe"); empty otherwise
 */
public record ApiOperation(Method method, String path, Pointer pointer, List<DeclaredResponse> responses,
        Set<String> requestHeaders, List<String> servers, Origin origin, String owner) {

    /** Where an operation is declared. */
    public enum Origin {
        /** Under {@code paths}: the API's own operation. */
        PATH,
        /** Under {@code webhooks} (OpenAPI 3.1): a request the API sends. */
        WEBHOOK,
        /** Under an operation's {@code callbacks}: a request the API sends back. */
        CALLBACK
    }

    public ApiOperation {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(pointer, "pointer");
        responses = List.copyOf(responses);
        requestHeaders = Set.copyOf(requestHeaders);
        servers = List.copyOf(servers);
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(owner, "owner");
    }

    /** A path's operation. */
    public ApiOperation(Method method, String path, Pointer pointer, List<DeclaredResponse> responses,
            Set<String> requestHeaders, List<String> servers) {
        this(method, path, pointer, responses, requestHeaders, servers, Origin.PATH, "");
    }

    /**
     * "GET /pets/{id}"; "POST webhook newPet"; "POST {$request.body#/url} (callback onData of POST
     * /subscribe)". The method comes first in every form.
     */
    public String label() {
        return switch (origin) {
            case PATH -> method + " " + path;
            case WEBHOOK -> method + " webhook " + path;
            case CALLBACK -> method + " " + path + " (callback " + owner + ")";
        };
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
