/**
 * The catalog as JSON: one status code's card or a list of them, written with Jackson's streaming
 * generator. Depends on the core and on jackson-core only.
 *
 * <pre>{@code
 * String json = StatusJson.toJson(StatusCode.of(404));
 * }</pre>
 */
module dev.httpstatus.json {
    requires transitive dev.httpstatus.core;
    requires transitive com.fasterxml.jackson.core; // the writers take a JsonGenerator

    exports dev.httpstatus.json;
}
