package dev.httpstatus.cli;

import dev.httpstatus.check.report.ToolVersion;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code --version}: the build's version ({@link ToolVersion}, which the reports name too) and the Java running it.
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
        return ToolVersion.get();
    }
}
