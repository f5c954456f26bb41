package dev.httpstatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build's generator (src/build/GenerateCatalog.java) refuses a malformed registry table with the
 * line and what is wrong, so that a mistyped row stops the build instead of producing wrong constants.
 */
class GenerateCatalogTest {

    private static final Path GENERATOR = Path.of("src/build/GenerateCatalog.java");

    private static String run(Path table, Path out) throws IOException, InterruptedException {
        Assumptions.assumeTrue(Files.isRegularFile(GENERATOR), "generator sources not found");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), GENERATOR.toString(), table.toString(),
                "src/main/template", out.toString()).redirectErrorStream(true).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the generator finishes").isTrue();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return p.exitValue() + " " + output.strip();
    }

    @Test
    void malformedRowsAreRefusedWithTheirLine(@TempDir Path dir) throws Exception {
        Path table = dir.resolve("registry.tsv");
        Files.writeString(table, "# comment\n200\tOK\tOK\tREGISTERED\t=\tRFC 9110 §15.3.1\n"
                + "201\tCREATED\tCreated\tREGISTERED\t=\tRFC 9110 section 15.3.2\n");
        assertThat(run(table, dir.resolve("out"))).startsWith("2 ").contains("registry.tsv:3:")
                .contains("a reference is 'RFC <n> §<section>'");
        Files.writeString(table, "201\tCREATED\tCreated\tREGISTERED\t=\tRFC 9110 §15.3.2\n"
                + "200\tOK\tOK\tREGISTERED\t=\tRFC 9110 §15.3.1\n");
        assertThat(run(table, dir.resolve("out"))).startsWith("2 ").contains(":2: codes must be in ascending order");
        Files.writeString(table, "200\tOK\tOK\tREGISTERED\t=\n");
        assertThat(run(table, dir.resolve("out"))).startsWith("2 ").contains(":1: expected 6 tab-separated columns");
    }

    @Test
    void theRealTableGeneratesTheSourcesTheBuildCompiled(@TempDir Path dir) throws Exception {
        assertThat(run(Path.of("src/main/catalog/registry.tsv"), dir)).isEqualTo("0 ");
        for (String file : new String[] {"StatusCode.java", "Http.java", "RegistryRows.java"}) {
            assertThat(dir.resolve("dev/httpstatus/" + file)).as(file)
                    .hasSameTextualContentAs(Path.of("target/generated-sources/catalog/dev/httpstatus/" + file));
        }
    }
}
