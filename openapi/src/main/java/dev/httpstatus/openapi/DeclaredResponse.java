package dev.httpstatus.openapi;

import io.swagger.v3.oas.models.media.Schema;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One response an operation declares, with its {@code $ref}s followed: the key it is declared under,
 * where the declaration stands and where the response object itself stands (a component, when the
 * declaration is a {@code $ref}), the header fields and media types it declares.
 *
 * <pre>{@code
 * DeclaredResponse r = operation.responses().get(0);
 * r.key().text();            // "401"
 * r.entry();                 // /paths/~1pets/get/responses/401
 * r.definition();            // /components/responses/Unauthorized
 * r.declaresHeader("www-authenticate");  // false
 * r.mediaTypes();            // [application/problem+json]
 * }</pre>
 *
 * @param key        the key in the Responses object
 * @param entry      where the key stands in the operation
 * @param definition where the response object stands: {@code entry}, or what its {@code $ref}s lead to
 * @param resolved   false when the response lies in another document that was not read; then it
 *                   declares nothing as far as the linter knows, and no rule judges its content
 * @param headers    the declared header field names, lower case (OpenAPI ignores a Content-Type entry)
 * @param content    media type (as written) to its schema, the {@code $ref}s of the schema not followed
 *                   and only the keywords that tell a problem-details shape kept (see
 *                   {@link ApiDescription#model()}); a media type without schema maps to an empty optional
 */
public record DeclaredResponse(ResponseKey key, Pointer entry, Pointer definition, boolean resolved,
        Set<String> headers, Map<String, Optional<Schema<?>>> content) {

    public DeclaredResponse {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(definition, "definition");
        headers = Set.copyOf(headers);
        content = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(content));
    }

    /** Whether the response declares the header field {@code name} (any case). */
    public boolean declaresHeader(String name) {
        return headers.contains(name.toLowerCase(Locale.ROOT));
    }

    /** Whether a body is declared: at least one media type. */
    public boolean hasContent() {
        return !content.isEmpty();
    }

    /** The declared media types, as written. */
    public List<String> mediaTypes() {
        return List.copyOf(content.keySet());
    }

    /** Whether the definition is shared: reached through a {@code $ref}. */
    public boolean isShared() {
        return !definition.equals(entry);
    }
}
