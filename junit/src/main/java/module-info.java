/**
 * A JUnit 5 extension that runs the httpstatus test server for a test class and hands its address
 * to the tests. JUnit itself is the user's.
 *
 * <pre>{@code
 * @StatusServerTest
 * class ClientTest {
 *     @Test
 *     void retriesOn503(URI server) { ... }
 * }
 * }</pre>
 */
module dev.httpstatus.junit {
    requires transitive dev.httpstatus.server;
    requires transitive org.junit.jupiter.api;

    exports dev.httpstatus.junit;
}
