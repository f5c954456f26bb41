package dev.httpstatus.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the httpstatus test server in-process for a test class, on 127.0.0.1 and a free port, and
 * closes it after the class. Test methods, constructors and lifecycle methods receive its base
 * {@link java.net.URI} ({@code http://127.0.0.1:PORT/}) or the {@link dev.httpstatus.server.StatusServer}
 * itself as parameters.
 *
 * <pre>{@code
 * @StatusServerTest
 * class ClientTest {
 *     @Test
 *     void retriesOn503(URI server) {
 *         var res = client.send(HttpRequest.newBuilder(server.resolve("/503")).build(), ofString());
 *         assertThat(res.statusCode()).isEqualTo(503);
 *     }
 * }
 * }</pre>
 *
 * <p>Nested classes share their enclosing class's server.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(StatusServerExtension.class)
public @interface StatusServerTest {
}
