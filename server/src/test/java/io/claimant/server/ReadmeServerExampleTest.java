package io.claimant.server;

import io.claimant.testing.ReadmeJava;
import io.claimant.testing.SharedPipeline;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static io.claimant.server.Servers.HTTP;
import static io.claimant.server.Servers.MAPPER;
import static io.claimant.server.Servers.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's "Embed the server in Java" block compiles against this module, and the server its {@code start}
 * builds serves the seed article's claims with the settings the block names. Its {@code main} is compiled but
 * not run: it would take port 8080 and load a second pipeline.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ReadmeServerExampleTest {

    @Test
    void readmeServerExampleCompilesAndServesTheSeedArticle(@TempDir Path dir) throws Exception {
        Class<?> example = compileReadmeBlock(dir);
        ClaimServer server = (ClaimServer) example.getMethod("start", int.class).invoke(null, 0);
        try {
            assertEquals(2, server.settings().threads());
            assertEquals(1_000_000, server.settings().limits().maxBytes());
            URI base = URI.create("http://127.0.0.1:" + server.port() + "/");
            assertEquals(503, get(base.resolve("api/v1/health")).statusCode(), "not ready before ready()");

            server.ready(SharedPipeline.claimant());
            String origin = "http://localhost:3000";
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(base.resolve("api/v1/claims"))
                    .header("Content-Type", "text/plain; charset=utf-8").header("Origin", origin)
                    .POST(HttpRequest.BodyPublishers.ofString(SharedPipeline.seedText(), StandardCharsets.UTF_8))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), answer.body());
            JsonNode claims = MAPPER.readTree(answer.body()).get("claims");
            assertEquals(SharedPipeline.claimant().extract(SharedPipeline.seedText()).size(), claims.size());
            assertFalse(claims.isEmpty());
            assertEquals(origin, answer.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        } finally {
            server.close();
        }
    }

    private Class<?> compileReadmeBlock(Path dir) throws Exception {
        return ReadmeJava.compile("### Embed the server in Java", dir);
    }
}
