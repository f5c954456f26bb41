package dev.httpstatus.cli.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CheckCommandTest {

    @TempDir
    Path dir;

    private static final String ENTRY = "{\"request\":{\"method\":\"%s\",\"url\":\"https://api.example%s\",\"httpVersion\":\"HTTP/1.1\","
            + "\"headers\":[]},\"response\":{\"status\":%d,\"statusText\":\"\",\"httpVersion\":\"HTTP/1.1\","
            + "\"headers\":[{\"name\":\"Date\",\"value\":\"Fri, 20 Nov 2026 10:00:00 GMT\"}%s],"
            + "\"content\":{\"size\":%d,\"mimeType\":\"text/plain\"},\"bodySize\":%d}}";

    private static String entry(String method, String path, int status, String extraHeader, int size) {
        return String.format(ENTRY, method, path, status, extraHeader, size, size);
    }

    private Path har(String name, String... entries) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, "{\"log\":{\"version\":\"1.2\",\"entries\":[" + String.join(",", entries) + "]}}");
        return p;
    }

    /** Output, error output and exit code of one run. */
    record Run(int exit, String out, String err) {}

    private static Run runWithStdin(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new CheckCommand(Map.of(),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.ISO_8859_1))));
        cl.setExpandAtFiles(false); // as the root command line must, so that -d @file reaches the command
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static Run run(String... args) {
        return runWithStdin("", args);
    }

    @Test
    void exitCodesFollowFailOn() throws IOException {
        Path clean = har("clean.har", entry("GET", "/", 200, "", 10));
        Path warn = har("warn.har", entry("POST", "/items", 201, "", 10));
        Path bad = har("bad.har", entry("GET", "/admin", 401, "", 10));
        assertThat(run(clean.toString()).exit()).isZero();
        assertThat(run(warn.toString()).exit()).as("a warning is below the default error threshold").isZero();
        assertThat(run(warn.toString(), "--fail-on", "warning").exit()).isEqualTo(1);
        Run r = run(bad.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("401-without-www-authenticate").contains("1 error, 0 warnings, 0 info");
        assertThat(run(bad.toString(), "--fail-on", "never").exit()).isZero();
        assertThat(run(dir.toString(), "--fail-on", "info").exit()).as("a directory is searched for *.har").isEqualTo(1);
    }

    @Test
    void badInputExitsWithTwoAndALocatedMessage() throws IOException {
        Path broken = dir.resolve("broken.har");
        Files.writeString(broken, "{\"log\":{\"entries\":[{\"response\":{\"status\":\"x\"}}]}}");
        Run r = run(broken.toString(), "--format", "json");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("httpstatus check: " + broken + " entry 0 (line 1, column ")
                .contains("response.status: expected an integer, found a string \"x\"")
                .doesNotContain("Exception").doesNotContain("\tat ");
        Run missing = run(dir.resolve("nope.har").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.har: no such file");
    }

    @Test
    void everyKindOfMalformedInputExitsWithTwoAndSaysWhere() throws IOException {
        String good = "{\"log\":{\"entries\":[" + entry("GET", "/", 200, "", 10) + "," + entry("GET", "/b", 200, "", 10) + "]}}";
        byte[] junk = new byte[2048];
        new java.util.Random(1).nextBytes(junk);
        junk[0] = '{';
        Map<String, byte[]> cases = new java.util.LinkedHashMap<>();
        cases.put("truncated.har", good.substring(0, good.length() / 2).getBytes(StandardCharsets.UTF_8));
        cases.put("wrong-type.har", good.replace("\"status\":200", "\"status\":[200]").getBytes(StandardCharsets.UTF_8));
        cases.put("no-log.har", "{\"entries\":[]}".getBytes(StandardCharsets.UTF_8));
        cases.put("huge-header.har", good.replace("\"Fri, 20 Nov 2026 10:00:00 GMT\"",
                "\"" + "v".repeat(2 * 1024 * 1024) + "\"").getBytes(StandardCharsets.UTF_8));
        cases.put("junk.har", junk);
        Map<String, String> expected = Map.of(
                "truncated.har", "entry 0 (line 1, column ",
                "wrong-type.har", "entry 0 (line 1, column ",
                "no-log.har", "no \"log\" object",
                "huge-header.har", "entry 0 (line 1, column ",
                "junk.har", "(line 1, column ");
        for (Map.Entry<String, byte[]> c : cases.entrySet()) {
            Path p = dir.resolve(c.getKey());
            Files.write(p, c.getValue());
            Run r = run(p.toString());
            assertThat(r.exit()).as(c.getKey()).isEqualTo(2);
            assertThat(r.err()).as(c.getKey()).contains("httpstatus check: " + p).contains(expected.get(c.getKey()))
                    .doesNotContain("Exception");
        }
    }

    @Test
    void aDirectoryWithoutHarsIsReportedAndTheOtherInputsChecked() throws IOException {
        Path bad = har("bad.har", entry("GET", "/admin", 401, "", 10));
        Path empty = Files.createDirectory(dir.resolve("no-hars-here"));
        Files.writeString(empty.resolve("notes.txt"), "not a capture");
        Run r = run(bad.toString(), empty.toString());
        assertThat(r.exit()).as("bad input outranks findings").isEqualTo(2);
        assertThat(r.out()).contains("401-without-www-authenticate").contains("2 inputs, 1 entry read: 1 checked, 0 skipped");
        assertThat(r.err()).contains(empty + ": a directory holding no *.har file (searched recursively)")
                .doesNotContain("Exception");
    }

    @Test
    void noMessageLeaksJacksonsSettingsOrSource() throws IOException {
        Path nan = dir.resolve("nan.har");
        Files.writeString(nan, "{\"log\":{\"entries\":[{\"response\":{\"status\":NaN}},{\"a\":[}]}}");
        Path open = dir.resolve("open.har");
        Files.writeString(open, "{\"log\":{\"entries\":[{\"response\":{\"status\":200}");
        Path deep = dir.resolve("deep.har");
        Files.writeString(deep, "{\"log\":{\"entries\":[{\"_x\":" + "[".repeat(2000) + "]}}");
        Run r = run(nan.toString(), open.toString(), deep.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(nan + " entry 0 (line 1, column 45): not valid JSON: 'NaN' is not a JSON value")
                .contains(open + " entry 0 (line 1, column ").contains("an object opened at line 1, column 20 is not closed")
                .contains(deep + " entry 0 (line 1, column ").contains("nested more than 1000 deep")
                .doesNotContain("Feature", "REDACTED", "Source:", "`", "StreamReadConstraints");
    }

    @Test
    void usageErrorsExitWithTwo() throws IOException {
        Path clean = har("clean.har", entry("GET", "/", 200, "", 10));
        assertThat(run(clean.toString(), "--format", "xml").err()).contains("--format: expected text, json, sarif or junit");
        assertThat(run(clean.toString(), "--format", "xml").exit()).isEqualTo(2);
        assertThat(run(clean.toString(), "--fail-on", "fatal").exit()).isEqualTo(2);
        Run r = run(clean.toString(), "-X", "POST");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("apply to URLs only");
        assertThat(run().exit()).as("no input at all").isEqualTo(2);
        assertThat(run("http://127.0.0.1:1/", "-H", "no-colon").err()).contains("expected 'Name: value'");
        assertThat(run("http://127.0.0.1:1/", "-d", "@" + dir.resolve("absent.json")).err()).contains("no such file");
    }

    @Test
    void stdinTakesRawHttp() {
        Run r = runWithStdin("HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n", "-", "--format", "json");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("\"rule\" : \"405-without-allow\"").contains("\"file\" : \"-\"");
    }

    @Test
    void reportsCanGoToAFile() throws IOException {
        Path bad = har("bad.har", entry("GET", "/admin", 401, "", 10));
        Path out = dir.resolve("report.sarif");
        Run r = run(bad.toString(), "--format", "sarif", "-o", out.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("1 input, 1 entry read: 1 checked, 0 skipped");
        assertThat(Files.readString(out)).contains("\"version\" : \"2.1.0\"").contains("401-without-www-authenticate");
        Path junit = dir.resolve("report.xml");
        assertThat(run(bad.toString(), "--format", "junit", "--output", junit.toString()).exit()).isEqualTo(1);
        assertThat(Files.readString(junit)).startsWith("<?xml").contains("<failure type=\"401-without-www-authenticate\"");
    }

    @Test
    void liveUrlWithMethodHeaderAndDataFromAFile() throws IOException {
        List<String> seen = new CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/x", x -> {
            seen.add(x.getRequestMethod() + " " + x.getRequestHeaders().getFirst("K") + " "
                    + new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            x.getResponseHeaders().add("Location", "/x");
            x.sendResponseHeaders(303, -1);
            x.close();
        });
        server.createContext("/y", x -> {
            x.getResponseHeaders().add("Allow", "GET");
            x.sendResponseHeaders(405, -1);
            x.close();
        });
        server.start();
        try {
            Path body = dir.resolve("body.json");
            Files.writeString(body, "{\"a\":1}");
            String url = "http://127.0.0.1:" + server.getAddress().getPort();
            Run r = run(url + "/x", "-X", "POST", "-H", "K: v", "-d", "@" + body, "--follow", "--fail-on", "info");
            assertThat(seen).first().isEqualTo("POST v {\"a\":1}");
            assertThat(seen).as("the 303 is followed with GET, then the loop stops").hasSize(2);
            assertThat(r.out()).contains(url + "/x hop 1").contains("GET " + url + "/x → 303");
            Run get = run(url + "/y");
            assertThat(get.exit()).as("405 to GET is advice, below the default threshold").isZero();
            assertThat(get.out()).contains("405-to-get-or-head");
        } finally {
            server.stop(0);
        }
    }
}
