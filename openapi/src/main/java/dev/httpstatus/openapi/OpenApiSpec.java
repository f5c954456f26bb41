package dev.httpstatus.openapi;

import dev.httpstatus.Reference;

/**
 * Sections of the OpenAPI Specification that rules rest on (3.1.1, which 3.0 agrees with on these points).
 *
 * <pre>{@code OpenApiSpec.RESPONSES.toString();   // "OpenAPI 3.1.1 §4.8.16"}</pre>
 */
public final class OpenApiSpec {

    private OpenApiSpec() {}

    /** The Responses Object: keys, ranges, default, and "at least one response … for a successful call". */
    public static final Reference RESPONSES = new Reference("OpenAPI 3.1.1", "4.8.16",
            "https://spec.openapis.org/oas/v3.1.1.html#responses-object");

    /** The Paths Object: path templates and how a request's path is matched to them. */
    public static final Reference PATHS = new Reference("OpenAPI 3.1.1", "4.8.8",
            "https://spec.openapis.org/oas/v3.1.1.html#paths-object");
}
