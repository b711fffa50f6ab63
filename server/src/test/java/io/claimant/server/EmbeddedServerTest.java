package io.claimant.server;

import io.claimant.testing.SharedPipeline;
import io.claimant.testing.SchemaCheck;
import com.fasterxml.jackson.databind.JsonNode;
import io.claimant.Claimant;
import io.claimant.document.Claim;
import io.claimant.document.Document;
import io.claimant.output.ClaimJson;
import io.claimant.output.DocumentJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static io.claimant.server.Servers.MAPPER;
import static io.claimant.server.Servers.get;
import static io.claimant.server.Servers.json;
import static io.claimant.server.Servers.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A server embedded as a Java program would: built, started, made ready with a pipeline, asked for the seed
 * article's claims over HTTP, and closed. The claims must be exactly what the library finds in the same text.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS) // a server that stops answering fails the test, not the build's clock
class EmbeddedServerTest {

    private static final String ID = "nato-us-membership.txt";

    @Test
    void seedArticleGetsTheClaimsThePipelineFinds() throws Exception {
        ClaimServer server = ClaimServer.builder()
                .host("127.0.0.1")
                .port(0)
                .threads(2)
                .build()
                .start();
        URI base = URI.create("http://127.0.0.1:" + server.port() + "/");
        try {
            HttpResponse<String> loading = get(base.resolve("api/v1/health"));
            assertEquals(503, loading.statusCode());
            assertEquals("loading", MAPPER.readTree(loading.body()).get("status").asText());
            assertTrue(loading.headers().firstValue("Retry-After").isPresent());
            assertFalse(server.isReady());

            Claimant claimant = SharedPipeline.claimant();
            server.ready(claimant);
            assertTrue(server.isReady());
            HttpResponse<String> ok = get(base.resolve("api/v1/health"));
            assertEquals(200, ok.statusCode());
            assertEquals("ok", MAPPER.readTree(ok.body()).get("status").asText());

            String text = SharedPipeline.seedText();
            Document document = claimant.annotate(ID, text);
            List<JsonNode> expected = claimsJson(ID, document);
            assertFalse(expected.isEmpty(), "the seed article has claims");

            HttpResponse<String> asJson = post(base.resolve("api/v1/claims"), "application/json", json(ID, text));
            assertEquals(200, asJson.statusCode(), asJson.body());
            JsonNode answer = MAPPER.readTree(asJson.body());
            assertEquals(ID, answer.get("doc").asText());
            assertEquals(expected, toList(answer.get("claims")));
            expected.forEach(SchemaCheck.CLAIM::assertValid);

            // As plain text the id is "text"; the claims are otherwise the same.
            HttpResponse<String> asText = post(base.resolve("api/v1/claims"), "text/plain; charset=utf-8",
                    text.getBytes(StandardCharsets.UTF_8));
            assertEquals(200, asText.statusCode(), asText.body());
            JsonNode plain = MAPPER.readTree(asText.body());
            assertEquals("text", plain.get("doc").asText());
            assertEquals(claimsJson("text", claimant.annotate("text", text)), toList(plain.get("claims")));
            assertEquals(expected.get(0).get("content"), plain.get("claims").get(0).get("content"));

            HttpResponse<String> asDocument = post(base.resolve("api/v1/claims?format=document"), "application/json",
                    json(ID, text));
            assertEquals(200, asDocument.statusCode(), asDocument.body());
            assertEquals(reparsed(DocumentJson.toJson(ID, document)), MAPPER.readTree(asDocument.body()));
        } finally {
            server.close();
        }
        assertThrows(IOException.class, () -> get(base.resolve("api/v1/health")), "the port is closed");
    }

    /** The claims as the library writes them, read back as a client reads them (so number types match). */
    private static List<JsonNode> claimsJson(String id, Document document) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (Claim claim : document.claims()) {
            out.add(reparsed(ClaimJson.toJson(id, document, claim)));
        }
        return out;
    }

    private static JsonNode reparsed(JsonNode node) throws IOException {
        return MAPPER.readTree(MAPPER.writeValueAsString(node));
    }

    private static List<JsonNode> toList(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }
}
