package dev.httpstatus.openapi.lint;

import dev.httpstatus.Method;
import dev.httpstatus.Observation;
import dev.httpstatus.Truth;
import dev.httpstatus.openapi.ApiOperation;
import dev.httpstatus.openapi.DeclaredResponse;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a description tells about the exchanges of one declared response, as the catalog's duties
 * read it: the method is known; of the request, only the header parameters the operation declares
 * (a declared one counts as sent, an undeclared one as unknown); of the response, which header
 * fields are declared (their values unknown), the media types as Content-Type, and whether there is
 * content; a 200 of the same operation tells what a 200 would carry. The HTTP version is unknown.
 *
 * <pre>{@code
 * Observation o = new DeclaredObservation(op, op.response("401").get(), op.response("200").orElse(null));
 * StatusCode.UNAUTHORIZED.headerDuties().get(0).holdsFor(o);   // TRUE: "always"
 * }</pre>
 */
final class DeclaredObservation implements Observation {

    private final ApiOperation op;
    private final DeclaredResponse response;
    private final DeclaredResponse ok;

    DeclaredObservation(ApiOperation op, DeclaredResponse response, DeclaredResponse ok) {
        this.op = op;
        this.response = response;
        this.ok = ok;
    }

    @Override
    public Optional<Method> method() {
        return Optional.of(op.method());
    }

    @Override
    public Optional<List<String>> requestValues(String field) {
        return op.declaresRequestHeader(field) ? Optional.of(List.of("")) : Optional.empty();
    }

    @Override
    public Optional<List<String>> responseValues(String field) {
        if (field.equalsIgnoreCase("Content-Type")) {
            List<String> types = response.mediaTypes();
            return types.size() <= 1 ? Optional.of(types) : Optional.empty(); // several: which one is unknown
        }
        return response.declaresHeader(field) ? Optional.empty() : Optional.of(List.of());
    }

    @Override
    public OptionalInt httpMajorVersion() {
        return OptionalInt.empty();
    }

    @Override
    public Truth hasContent() {
        return Truth.of(response.hasContent());
    }

    @Override
    public Truth okWouldCarry(String field) {
        return ok == null || !ok.resolved() ? Truth.UNKNOWN : Truth.of(ok.declaresHeader(field));
    }
}
