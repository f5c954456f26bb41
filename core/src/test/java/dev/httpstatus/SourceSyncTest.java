package dev.httpstatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The javadoc lines of the constants repeat facts from the catalog tables for readers of the source;
 * this test keeps them in step with the tables, so that the tables stay the one source of truth.
 */
class SourceSyncTest {

    private static final Path SOURCES = Path.of("src/main/java/dev/httpstatus");

    private static String source(String file) throws IOException {
        Path p = SOURCES.resolve(file);
        Assumptions.assumeTrue(Files.isRegularFile(p), "sources not found from " + Path.of("").toAbsolutePath());
        return Files.readString(p);
    }

    @Test
    void statusCodeConstantJavadocMatchesTheCatalog() throws IOException {
        Pattern constant = Pattern.compile(
                "/\\*\\* (\\d{3}) (.+?) \\((.+?)\\)\\.[^*]*\\*/\\s*public static final StatusCode (\\w+) = of\\((\\d{3})\\);");
        Matcher m = constant.matcher(source("StatusCode.java"));
        Set<String> seen = new HashSet<>();
        while (m.find()) {
            int code = Integer.parseInt(m.group(1));
            StatusCode c = StatusCode.of(code);
            assertThat(Integer.parseInt(m.group(5))).as(m.group(4)).isEqualTo(code);
            assertThat(c.constantName()).as("%d", code).contains(m.group(4));
            assertThat(m.group(2)).as("phrase in the javadoc of %s", m.group(4)).isEqualTo(c.reasonPhrase());
            String refs = c.references().stream().map(Reference::toString).collect(Collectors.joining(", "));
            assertThat(m.group(3)).as("references in the javadoc of %s", m.group(4)).isEqualTo(refs);
            seen.add(m.group(4));
        }
        assertThat(seen).hasSize(StatusCode.registered().size());
    }

    @Test
    void httpConstantJavadocNamesTheCode() throws IOException {
        Pattern constant = Pattern.compile("/\\*\\*\\s*(\\d{3}) [^*]*?\\*/\\s*public static final int (HTTP_(\\d{3})_\\w+) =");
        Matcher m = constant.matcher(source("Http.java"));
        int count = 0;
        while (m.find()) {
            assertThat(m.group(1)).as(m.group(2)).isEqualTo(m.group(3));
            count++;
        }
        assertThat(count).isGreaterThanOrEqualTo(StatusCode.registered().size());
    }
}
