/**
 * Spring support: conversions between {@code StatusCode} and Spring's {@code HttpStatusCode}, and
 * RFC conformance matchers for MockMvc and WebTestClient. Spring itself is the user's.
 *
 * <pre>{@code
 * mockMvc.perform(get("/items/7")).andExpect(HttpConformance.conformsToRfc());
 * }</pre>
 */
module dev.httpstatus.spring {
    requires transitive dev.httpstatus.check;
    requires transitive spring.core;
    requires transitive spring.web;
    requires transitive spring.test;
    requires static jakarta.servlet; // the MockMvc request, present whenever MockMvc is

    exports dev.httpstatus.spring;
}
