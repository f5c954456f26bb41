package dev.httpstatus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs the root {@code ./httpstatus} launcher as a process against the jar this build just shaded
 * (failsafe runs it after {@code package}). The "sources newer than the jar" check is switched off:
 * other modules may be edited while this build runs, and a nested Maven build is not what is tested.
 */
class LauncherIT {

    private static final Path LAUNCHER = Path.of("..", "httpstatus").toAbsolutePath().normalize();

    private record Result(int exit, String out, String err) {}

    private static Result run(String... args) throws IOException, InterruptedException {
        return run(LAUNCHER.toString(), null, Map.of(), args);
    }

    /** Runs {@code launcher} (as spelled) from {@code dir} (null: this module's) with {@code env} added. */
    private static Result run(String launcher, Path dir, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(launcher);
        command.addAll(List.of(args));
        Path out = Files.createTempFile("httpstatus-out", ".txt");
        Path err = Files.createTempFile("httpstatus-err", ".txt");
        try {
            ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            if (dir != null) {
                pb.directory(dir.toFile());
            }
            pb.environment().putAll(env);
            pb.environment().put("HTTPSTATUS_NO_REBUILD", "1");
            pb.environment().remove("NO_COLOR");
            Process p = pb.start();
            if (!p.waitFor(2, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new AssertionError("launcher did not finish within 2 minutes");
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    @Test
    void launcherPrintsTheCardPlainWhenPiped() throws Exception {
        assertThat(LAUNCHER).isExecutable();
        assertThat(Path.of("target", "httpstatus.jar")).exists();
        Result r = run("404");
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("404 Not Found\n").contains("  Class       4xx Client Error\n")
                .doesNotContain("\u001b[");
        assertThat(Path.of("target", "httpstatus-cds.jsa")).as("class-data-sharing archive created on first run").exists();
    }

    /**
     * The archive records the class path it was made with and is refused when a run spells it
     * otherwise; the launcher spells it the same way however it is invoked.
     */
    @Test
    void theClassDataArchiveIsUsedFromAnyDirectoryAndAnySpellingOfTheLauncher() throws Exception {
        Path checkout = LAUNCHER.getParent();
        Path elsewhere = Files.createTempDirectory("httpstatus-cwd");
        // made anew by a run that names the launcher relative to the checkout
        Files.deleteIfExists(Path.of("target", "httpstatus-cds.jsa"));
        assertThat(run("./httpstatus", checkout, Map.of(), "404").exit()).isZero();
        try {
            for (Result r : List.of(
                    run("./httpstatus", checkout, loggingClassLoads(elsewhere.resolve("a.log")), "404"),
                    run("../httpstatus", checkout.resolve("cli"), loggingClassLoads(elsewhere.resolve("b.log")), "404"),
                    run(LAUNCHER.toString(), elsewhere, loggingClassLoads(elsewhere.resolve("c.log")), "404"))) {
                assertThat(r.exit()).isZero();
            }
            for (String log : List.of("a.log", "b.log", "c.log")) {
                List<String> ours = Files.readAllLines(elsewhere.resolve(log)).stream()
                        .filter(l -> l.contains(" dev.httpstatus.")).toList();
                assertThat(ours).as(log).isNotEmpty()
                        .allMatch(l -> l.contains("shared objects file"), "loaded from the archive");
            }
        } finally {
            try (var files = Files.list(elsewhere)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(elsewhere);
        }
    }

    private static Map<String, String> loggingClassLoads(Path log) {
        return Map.of("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:file=" + log);
    }

    @Test
    void launcherPassesArgumentsAndExitCodesThrough() throws Exception {
        Result json = run("not found", "--json");
        assertThat(json.exit()).isZero();
        assertThat(json.out()).startsWith("{\"code\":404,").endsWith("}\n");
        Result miss = run("zzzzzz");
        assertThat(miss.exit()).isEqualTo(1);
        assertThat(miss.err()).contains("no status code matches");
        Result usage = run("list", "--class", "nine");
        assertThat(usage.exit()).isEqualTo(2);
        assertThat(usage.err()).contains("is not a status class").doesNotContain("Exception");
    }
}
