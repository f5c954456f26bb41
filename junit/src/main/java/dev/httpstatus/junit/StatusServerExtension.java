package dev.httpstatus.junit;

import dev.httpstatus.server.ServerConfig;
import dev.httpstatus.server.StatusServer;
import java.net.URI;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The JUnit 5 extension behind {@link StatusServerTest}; use it directly with
 * {@code @ExtendWith(StatusServerExtension.class)}.
 *
 * <pre>{@code
 * @ExtendWith(StatusServerExtension.class)
 * class ClientTest {
 *     @Test
 *     void seesTheServer(StatusServer server, URI base) {
 *         assertThat(base.getPort()).isEqualTo(server.port());
 *     }
 * }
 * }</pre>
 *
 * <p>The server starts once per top-level test class (nested classes reuse it) and is closed when
 * that class's tests are done, whether they passed or not.
 */
public final class StatusServerExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(StatusServerExtension.class);
    private static final String KEY = "server";

    /** Created by JUnit. */
    public StatusServerExtension() {}

    @Override
    public void beforeAll(ExtensionContext context) {
        running(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == URI.class || type == StatusServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        StatusServer server = running(context);
        Class<?> type = parameter.getParameter().getType();
        if (type == StatusServer.class) {
            return server;
        }
        if (type == URI.class) {
            return URI.create("http://127.0.0.1:" + server.port() + "/");
        }
        throw new ParameterResolutionException("cannot supply a " + type.getName() + "; @StatusServerTest supplies URI and StatusServer");
    }

    /** The server of the outermost class context, started on first use; the store closes it with that context. */
    private static StatusServer running(ExtensionContext context) {
        ExtensionContext owner = context;
        while (owner.getParent().isPresent() && owner.getParent().get().getTestClass().isPresent()) {
            owner = owner.getParent().get();
        }
        return owner.getStore(NAMESPACE)
                .getOrComputeIfAbsent(KEY, k -> new Running(StatusServer.start(ServerConfig.defaults().withPort(0))), Running.class)
                .server;
    }

    /** Closes the server when JUnit discards the store of the class that started it. */
    private static final class Running implements ExtensionContext.Store.CloseableResource {
        private final StatusServer server;

        Running(StatusServer server) {
            this.server = server;
        }

        @Override
        public void close() {
            server.close();
        }
    }
}
