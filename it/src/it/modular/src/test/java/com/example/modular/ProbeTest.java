package com.example.modular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.httpstatus.StatusCode;
import dev.httpstatus.check.Checker;
import dev.httpstatus.server.StatusServer;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProbeTest {

    @Test
    void theLibrariesAreNamedModules() {
        assertEquals("com.example.modular", Probe.class.getModule().getName());
        assertEquals("dev.httpstatus.core", StatusCode.class.getModule().getName());
        assertEquals("dev.httpstatus.check", Checker.class.getModule().getName());
        assertEquals("dev.httpstatus.server", StatusServer.class.getModule().getName());
    }

    @Test
    void theServerAnswersAndTheCheckerJudgesOnTheModulePath() throws Exception {
        List<String> lines = Probe.run("/status/404", "/status/405", "/");
        assertEquals("/status/404 404 content []", lines.get(0));
        // 405 to a GET is the test server doing as asked; the checker notes it at info level
        assertEquals("/status/405 405 content [405-to-get-or-head]", lines.get(1));
        // the catalog page is a resource inside the server's module
        assertEquals("/ 200 content []", lines.get(2));
        assertTrue(StatusCode.of(404).isClientError());
    }
}
