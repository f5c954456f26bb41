package dev.httpstatus.check.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Inputs of tens to hundreds of megabytes (URLs, methods, phrases, names, values, bodies, header
 * counts, folded lines, white space, a gzip bomb), read by {@link HugeInputs} in a JVM with a
 * 64 MiB heap: each is read to the end or stopped with a located error, and the JVM lives.
 */
class HugeInputsTest {

    private static final Map<String, String> RESULT = new HashMap<>();
    private static String output;

    @BeforeAll
    static void runInA64MiBHeap() throws IOException, InterruptedException {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(List.of(java.toString(), "-Xmx64m", "-cp", cp, HugeInputs.class.getName()))
                .redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        output = new String(out, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(output).isZero();
        for (String line : output.split("\n")) {
            int colon = line.indexOf(": ");
            if (colon > 0) {
                RESULT.put(line.substring(0, colon), line.substring(colon + 2));
            }
        }
        assertThat(output).doesNotContain("FAILED", "OutOfMemoryError", "Exception");
        assertThat(Integer.parseInt(result("max heap"))).as("the child's heap, in MiB").isBetween(32, 64);
    }

    private static String result(String name) {
        assertThat(RESULT).as(output).containsKey(name);
        return RESULT.get(name);
    }

    @Test
    void hugeHarStringsAreCutWithANoteAndTheNextEntryRead() {
        assertThat(result("har-url")).startsWith("2 exchanges [0: method 3 url 65536 ")
                .contains("notes [request.url: more than 1048576 characters cut to 65536 for checking]");
        assertThat(result("har-method")).startsWith("2 exchanges [0: method 8192 ")
                .contains("request.method: more than 1048576 characters cut to 8192");
        assertThat(result("har-status-text")).startsWith("2 exchanges [0: method 0 url 0 phrase 8192 ")
                .contains("response.statusText: more than 1048576 characters cut to 8192");
        assertThat(result("har-utf16-url")).startsWith("2 exchanges [0: method 3 url 65536 ")
                .contains("request.url: more than 1048576 characters cut to 65536");
        assertThat(result("har-json-body")).startsWith("2 exchanges [0: ").contains("body 65536 cut");
        assertThat(result("har-other-body")).startsWith("2 exchanges [0: ").contains("body -1 cut");
        assertThat(result("har-many-headers")).startsWith("2 exchanges [0: ").contains("fields 1000 ")
                .contains("response.headers: 999001 header fields beyond the first 1000 were not checked");
    }

    @Test
    void absurdHarFieldsAndNestingAreLocatedErrorsAfterWhatWasRead() {
        assertThat(result("har-header-value")).startsWith("1 exchanges ")
                .endsWith("error har-header-value entry 1 (line 1, column 40000112): response.headers[0].value (Cookie): a value of"
                        + " more than 1048576 characters; no HTTP implementation accepts a field over 1048576, so the capture is damaged");
        assertThat(result("har-header-name")).startsWith("0 exchanges error har-header-name entry 0 (line 1, column ")
                .contains("response.headers[0].name: a value of more than 1048576 characters");
        assertThat(result("har-deep")).isEqualTo("0 exchanges error har-deep entry 0 (line 1, column 1023): "
                + "objects and arrays nested more than 1000 deep; no HAR is, so this is not one");
    }

    @Test
    void hugeRawHeaderSectionsAndBodiesStayBounded() {
        assertThat(result("raw-many-headers")).startsWith("3 exchanges [1: ").contains("fields 1001 ")
                .contains("length 2 ").contains("response: 999000 header fields beyond the first 1000 were not checked");
        assertThat(result("raw-folded")).isEqualTo("1 exchanges error raw-folded line 4: header field X-Folded runs over"
                + " 1048576 characters (folded lines included); no HTTP implementation accepts one, so the input is damaged");
        assertThat(result("raw-long-line")).startsWith("1 exchanges error raw-long-line line 4: a line longer than 1048576 bytes");
        assertThat(result("raw-big-body")).startsWith("3 exchanges [1: ").contains("body 65536 cut length 160000000 ");
        assertThat(result("raw-gzip-bomb")).startsWith("3 exchanges [1: ").contains("body 65536 cut").contains("notes []");
    }

    @Test
    void whiteSpaceOfAnyLengthBeforeTheFirstMessage() {
        assertThat(result("stdin-har-after-white-space")).startsWith("2 exchanges [0: ").contains("line 3000001 ");
        assertThat(result("stdin-raw-after-white-space")).startsWith("1 exchanges [0: ").contains("line 5000001 ");
    }
}
