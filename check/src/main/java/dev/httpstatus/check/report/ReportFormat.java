package dev.httpstatus.check.report;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import dev.httpstatus.check.model.Rule;
import dev.httpstatus.check.rules.Rules;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The report formats, each with its writer.
 *
 * <pre>{@code
 * ReportWriter w = ReportFormat.parse("sarif").orElseThrow().writer(System.out, false);
 * }</pre>
 */
public enum ReportFormat {
    /** Human-readable, grouped by exchange, with a summary line; coloured on request. */
    TEXT,
    /** This project's JSON schema (see check/README.md). */
    JSON,
    /** SARIF 2.1.0, for GitHub code scanning and other static-analysis viewers. */
    SARIF,
    /** JUnit XML: one testcase per exchange, for CI test reports. */
    JUNIT;

    /** A format by name, ignoring case. */
    public static Optional<ReportFormat> parse(String name) {
        for (ReportFormat f : values()) {
            if (f.name().equalsIgnoreCase(name == null ? "" : name.trim())) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** A writer of this format on {@code out}, encoded as UTF-8; {@code color} matters for TEXT only. */
    public ReportWriter writer(OutputStream out, boolean color) {
        return writer(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16), color);
    }

    /** A writer of this format on {@code out}; {@code color} matters for TEXT only. Flushes, never closes. */
    public ReportWriter writer(Writer out, boolean color) {
        return writer(out, color, Rules.all());
    }

    /**
     * A writer for a checker with {@code rules} (SARIF lists them, and every finding must come from
     * one of them), e.g. the standard rules plus those holding traffic against an OpenAPI description.
     */
    public ReportWriter writer(Writer out, boolean color, List<Rule> rules) {
        return switch (this) {
            case TEXT -> new TextReport(out, color);
            case JSON -> new JsonReport(out);
            case SARIF -> new SarifReport(out, rules);
            case JUNIT -> new JunitReport(out);
        };
    }

    /** As {@link #writer(Writer, boolean, List)}, encoded as UTF-8 on a stream. */
    public ReportWriter writer(OutputStream out, boolean color, List<Rule> rules) {
        return writer(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16), color, rules);
    }

    /** The lower-case name used on the command line. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
