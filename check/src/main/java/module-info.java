/**
 * The conformance checker: reads recorded traffic (HAR, raw HTTP/1.1, JSON lines, live fetches,
 * {@code java.net.http} responses), applies the rules derived from the catalog and writes text, JSON,
 * SARIF or JUnit reports.
 *
 * <pre>{@code
 * List<Finding> findings = Checker.standard().check(Exchanges.of(response));
 * }</pre>
 */
module dev.httpstatus.check {
    requires transitive dev.httpstatus.core;
    requires transitive dev.httpstatus.json;
    requires transitive com.fasterxml.jackson.core; // report writers take a JsonGenerator
    requires transitive java.net.http;              // Exchanges.of(HttpResponse)

    exports dev.httpstatus.check;
    exports dev.httpstatus.check.ci;
    exports dev.httpstatus.check.input;
    exports dev.httpstatus.check.model;
    exports dev.httpstatus.check.report;
    exports dev.httpstatus.check.rules;
}
