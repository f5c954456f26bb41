package dev.httpstatus.openapi.lint;

import dev.httpstatus.Reference;

/** Sections of the OpenAPI Specification that lint rules rest on (3.1.1, which 3.0 agrees with here). */
final class OpenApiSpec {

    private OpenApiSpec() {}

    /** The Responses Object: keys, ranges, default, and "at least one response … for a successful call". */
    static final Reference RESPONSES = new Reference("OpenAPI 3.1.1", "4.8.16",
            "https://spec.openapis.org/oas/v3.1.1.html#responses-object");
}
