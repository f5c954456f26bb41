package dev.httpstatus.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code --version}: the build's version, from a resource Maven fills in, and the Java running it.
 *
 * <pre>{@code
 * new VersionProvider().getVersion()  // ["httpstatus 0.1.0-SNAPSHOT", "Java 17.0.15 (Debian)"]
 * }</pre>
 */
public final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"httpstatus " + version(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }

    /** The project version, e.g. "0.1.0-SNAPSHOT". */
    public static String version() {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version", "unknown");
    }
}
