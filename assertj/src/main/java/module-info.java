/**
 * AssertJ assertions for status codes and for responses, including {@code conformsToRfc()}, which
 * runs the checker's rules on a response inside a test. AssertJ itself is the user's.
 *
 * <pre>{@code
 * HttpStatusAssertions.assertThat(response).hasStatus(StatusCode.CREATED).conformsToRfc();
 * }</pre>
 */
module dev.httpstatus.assertj {
    requires transitive dev.httpstatus.check;
    requires transitive org.assertj.core;
    requires transitive java.net.http;

    exports dev.httpstatus.assertj;
}
