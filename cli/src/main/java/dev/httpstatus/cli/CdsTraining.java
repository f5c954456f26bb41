package dev.httpstatus.cli;

import dev.httpstatus.cli.render.Terminal;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * A training run for the class-data-sharing archive the launcher creates with
 * {@code -XX:ArchiveClassesAtExit}: it runs typical command lines with their output discarded, so
 * the classes they need are archived and later runs map them instead of loading them from the jar.
 *
 * <pre>{@code
 * java -XX:ArchiveClassesAtExit=httpstatus.jsa -Dhttpstatus.cds.training=true -jar httpstatus.jar
 * }</pre>
 */
final class CdsTraining {

    private CdsTraining() {}

    /**
     * Plain lookups for the fast path, then the picocli commands. Picocli's own classes are Java 5
     * class files, which CDS cannot archive, but the JDK and httpstatus classes those commands use
     * can; measured, the bigger archive costs a plain lookup about a millisecond and saves the
     * others about ten.
     */
    private static final String[][] COMMAND_LINES = {
        {"404"}, {"not found", "--json"}, {"--help"}, {"list", "--class", "4xx"}, {"list", "--all", "--json"},
        {"search", "too", "many", "requests"}, {"explain", "301", "--method", "PUT"}, {"explain", "429", "--json"},
        {"rules", "405"}, {"rules", "206", "--json"}, {"nosuchcode"}, {"nto fund"}, {"list", "--class", "7xx"},
        {"advise", "the user is not logged in"}, {"advise", "resource already exists", "--method", "POST", "--json"},
        {"4O4"}, {"expalin", "404"},
    };

    /**
     * A small description for `lint`: reading one loads Jackson's tree model and swagger-parser's
     * classes, which then come from the archive; a 10 MB description lints about 0.4 s sooner.
     */
    private static final String DESCRIPTION = "{\"openapi\":\"3.0.3\",\"info\":{\"title\":\"t\",\"version\":\"1\"},"
            + "\"paths\":{\"/items/{id}\":{\"get\":{\"parameters\":[{\"name\":\"id\",\"in\":\"path\",\"required\":true,"
            + "\"schema\":{\"type\":\"string\"}}],\"responses\":{\"200\":{\"description\":\"ok\",\"content\":"
            + "{\"application/json\":{\"schema\":{\"type\":\"object\"}}}},\"401\":{\"description\":\"no\"},"
            + "\"404\":{\"$ref\":\"#/components/responses/Missing\"}}}}},\"components\":{\"responses\":{\"Missing\":"
            + "{\"description\":\"missing\",\"content\":{\"application/problem+json\":{\"schema\":{\"type\":\"object\"}}}}}}}";

    /** The same in YAML, for SnakeYAML's classes. */
    private static final String YAML_DESCRIPTION = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /items:\n"
            + "    post:\n      responses:\n        '201': {description: created}\n        default: {description: error}\n";

    static void run() {
        Terminal.detect(System.getenv(), false); // loads the console classes the real start-up touches
        PrintWriter sink = new PrintWriter(Writer.nullWriter());
        for (Terminal t : new Terminal[] {Terminal.PLAIN, Terminal.ANSI_80}) {
            for (String[] args : COMMAND_LINES) {
                Main.run(args, t, sink, sink);
            }
        }
        try {
            java.nio.file.Path api = java.nio.file.Files.createTempFile("httpstatus-cds", ".json");
            java.nio.file.Path yaml = java.nio.file.Files.createTempFile("httpstatus-cds", ".yaml");
            try {
                java.nio.file.Files.writeString(api, DESCRIPTION);
                java.nio.file.Files.writeString(yaml, YAML_DESCRIPTION);
                Main.run(new String[] {"lint", api.toString(), yaml.toString(), "--no-config"}, Terminal.PLAIN, sink, sink);
            } finally {
                java.nio.file.Files.deleteIfExists(api);
                java.nio.file.Files.deleteIfExists(yaml);
            }
        } catch (java.io.IOException e) {
            // no temporary file: the archive just lacks the linter's classes
        }
    }
}
