package io.claimant.server;

import io.claimant.testing.SchemaCheck;
import com.fasterxml.jackson.databind.JsonNode;
import io.claimant.pipeline.DocumentLimits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static io.claimant.server.Servers.MAPPER;
import static io.claimant.server.Servers.assertError;
import static io.claimant.server.Servers.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code POST /api/v1/claims:batch}: JSON Lines in, one document line out per input line, in order. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class BatchEndpointTest {

    private final Servers servers = new Servers();

    @AfterEach
    void stopServers() {
        servers.close();
    }

    private static List<JsonNode> documentLines(HttpResponse<String> response) throws Exception {
        assertEquals(200, response.statusCode(), response.body());
        List<JsonNode> lines = new ArrayList<>();
        for (String line : response.body().lines().toList()) {
            JsonNode node = MAPPER.readTree(line);
            SchemaCheck.DOCUMENT.assertValid(node);
            lines.add(node);
        }
        return lines;
    }

    @Test
    void batchStreamsOneDocumentLinePerInputLineInOrder() throws Exception {
        Servers.Running server = servers.startReady(options -> options.threads(2));
        String body = "{\"id\": \"first\", \"text\": \"Smith said the plan had failed.\"}\n"
                + "not json\n"
                + "\n"
                + "{\"text\": \"\\\"We will win,\\\" the coach said.\"}\n"
                + "{\"id\": \"last\", \"text\": \"Nobody commented.\"}\n";
        List<JsonNode> lines = documentLines(post(server.at("api/v1/claims:batch"), "application/jsonl",
                body.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("first", "2", "4", "last"), lines.stream().map(n -> n.get("doc").asText()).toList());
        assertEquals("bad-input", lines.get(1).get("error_code").asText());
        assertTrue(lines.get(0).get("error_code").isNull());
        assertFalse(lines.get(0).get("claims").isEmpty(), "Smith's claim");
    }

    @Test
    void aLineOverTheSizeLimitFailsAloneInItsPlace() throws Exception {
        Servers.Running server = servers.startReady(options -> options.limits(DocumentLimits.DEFAULT.withMaxBytes(100)));
        String body = "{\"id\": \"long\", \"text\": \"" + "Officials said the talks went well. ".repeat(10) + "\"}\n"
                + "{\"id\": \"short\", \"text\": \"Smith said the plan had failed.\"}\n";
        List<JsonNode> lines = documentLines(post(server.at("api/v1/claims:batch"), "application/x-ndjson",
                body.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("1", "short"), lines.stream().map(n -> n.get("doc").asText()).toList());
        assertEquals("too-large", lines.get(0).get("error_code").asText());
        assertFalse(lines.get(1).get("claims").isEmpty());
    }

    @Test
    void aBatchAsPlainTextGets415() throws Exception {
        Servers.Running server = servers.startReady();
        assertError(415, "unsupported-media-type", post(server.at("api/v1/claims:batch"), "text/plain",
                "Smith said the plan had failed.\n".getBytes(StandardCharsets.UTF_8)));
    }
}
