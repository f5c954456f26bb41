package dev.httpstatus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The launcher's first run, against a stand-in {@code mvnw} that prints a Maven log and "builds" by
 * copying the jars this build made: Maven's output is condensed to one line per module (a line
 * rewritten in place on a terminal), and shown in full only when the build fails.
 */
class FirstRunIT {

    private Path root;

    @BeforeEach
    void copyTheLauncher() throws IOException {
        root = Files.createTempDirectory("httpstatus-first-run");
        Files.copy(Path.of("..", "httpstatus"), root.resolve("httpstatus"), StandardCopyOption.COPY_ATTRIBUTES);
    }

    @AfterEach
    void removeIt() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private void fakeMaven(boolean succeed) throws IOException {
        Path target = Path.of("target").toAbsolutePath();
        String script = "#!/usr/bin/env bash\n"
                + "echo '[INFO] Scanning for projects...'\n"
                + "echo '[INFO] Building httpstatus 0.1.0-SNAPSHOT                                 [1/3]'\n"
                + "echo '[INFO] Downloading from central: https://repo.maven.apache.org/maven2/x.pom'\n"
                + "echo '[INFO] Building httpstatus core 0.1.0-SNAPSHOT                            [2/3]'\n"
                + "echo '[INFO] --- compiler:3.13.0:compile (default-compile) @ httpstatus-core ---'\n"
                + (succeed ? "" : "echo '[ERROR] COMPILATION ERROR : Foo.java:[3,1] expected'; exit 1\n")
                + "echo '[INFO] Building httpstatus cli 0.1.0-SNAPSHOT                             [3/3]'\n"
                + "echo '[INFO] --- shade:3.6.0:shade (full) @ httpstatus-cli ---'\n"
                + "mkdir -p cli/target\n"
                + "cp '" + target.resolve("httpstatus.jar") + "' '" + target.resolve("httpstatus-lite.jar") + "' cli/target/\n"
                + "echo '[INFO] BUILD SUCCESS'\n";
        Path mvnw = root.resolve("mvnw");
        Files.writeString(mvnw, script);
        Files.setPosixFilePermissions(mvnw, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private String[] run(String... args) throws Exception {
        Path out = root.resolve("out.txt");
        Path err = root.resolve("err.txt");
        String[] command = new String[args.length + 1];
        command[0] = root.resolve("httpstatus").toString();
        System.arraycopy(args, 0, command, 1, args.length);
        Process p = new ProcessBuilder(command).directory(root.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new String[] {Integer.toString(p.exitValue()), Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8)};
    }

    @Test
    void theFirstBuildShowsProgressNotMavensLog() throws Exception {
        fakeMaven(true);
        String[] r = run("404");
        assertThat(r[0]).isEqualTo("0");
        assertThat(r[1]).startsWith("404 Not Found\n");
        assertThat(r[2]).startsWith("httpstatus: no jar yet; building the jars with Maven (about a minute the first time")
                .contains("  [1/3] parent\n  [2/3] core\n  [3/3] cli\n")
                .containsPattern("httpstatus: built in \\d+ s\n")
                .doesNotContain("[INFO]").doesNotContain("compiler:3.13.0");
    }

    @Test
    void aFailedBuildShowsMavensWholeLog() throws Exception {
        fakeMaven(false);
        String[] r = run("404");
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[1]).isEmpty();
        assertThat(r[2]).contains("[ERROR] COMPILATION ERROR : Foo.java:[3,1] expected")
                .contains("[INFO] Building httpstatus core").endsWith("httpstatus: the build failed; see the Maven output above\n");
    }

    @Test
    void onATerminalTheProgressIsOneLineRewrittenInPlace() throws Exception {
        fakeMaven(true);
        // `script` gives the launcher a terminal for stderr; skip where util-linux's script is missing.
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")));
        Path log = root.resolve("tty.txt");
        Process p = new ProcessBuilder("/usr/bin/script", "-qfec", root.resolve("httpstatus") + " 404", log.toString())
                .directory(root.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectErrorStream(true).start();
        p.getOutputStream().close();
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        String screen = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(screen).contains("\r\u001b[K  [2/3] core: compiler:compile (")
                .contains("\r\u001b[K  [3/3] cli: shade:shade (")
                .contains("404 Not Found").doesNotContain("[INFO]");
    }
}
