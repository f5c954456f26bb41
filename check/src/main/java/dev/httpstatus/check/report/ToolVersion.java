package dev.httpstatus.check.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version of httpstatus that reports name as their tool's (JSON {@code tool.version}, SARIF
 * {@code semanticVersion}) and {@code httpstatus --version} prints: the build's, which Maven writes
 * into a resource beside this class, so no source types it.
 *
 * <pre>{@code
 * ToolVersion.get();   // "0.1.0-SNAPSHOT"
 * }</pre>
 */
public final class ToolVersion {

    private static final String VERSION = read();

    private ToolVersion() {}

    /** The build's version; "unknown" when the classes run without their resources (not from a build). */
    public static String get() {
        return VERSION;
    }

    private static String read() {
        Properties p = new Properties();
        try (InputStream in = ToolVersion.class.getResourceAsStream("tool-version.properties")) {
            if (in == null) {
                return "unknown";
            }
            p.load(in);
        } catch (IOException e) {
            return "unknown";
        }
        String v = p.getProperty("version", "unknown");
        return v.startsWith("${") ? "unknown" : v;
    }
}
