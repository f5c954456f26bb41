package com.example.modular;

import dev.httpstatus.check.Checker;
import dev.httpstatus.check.input.Exchanges;
import dev.httpstatus.check.model.Finding;
import dev.httpstatus.server.ServerConfig;
import dev.httpstatus.server.StatusServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/** Starts the test server, fetches a few paths and checks each answer, as a modular user would. */
public final class Probe {

    private Probe() {}

    /** For each path: "path status body-length rule-ids". */
    public static List<String> run(String... paths) throws IOException, InterruptedException {
        List<String> lines = new ArrayList<>();
        try (StatusServer server = StatusServer.start(ServerConfig.defaults().withPort(0))) {
            HttpClient client = HttpClient.newHttpClient();
            for (String path : paths) {
                HttpResponse<String> r = client.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                        HttpResponse.BodyHandlers.ofString());
                List<String> rules = new ArrayList<>();
                for (Finding f : Checker.standard().check(Exchanges.of(r))) {
                    rules.add(f.rule().id());
                }
                lines.add(path + " " + r.statusCode() + " " + (r.body().isEmpty() ? "empty" : "content") + " " + rules);
            }
        }
        return lines;
    }
}
