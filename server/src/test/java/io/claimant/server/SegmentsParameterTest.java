package io.claimant.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimant.attribution.ClaimPart;
import io.claimant.attribution.SegmentMode;
import io.claimant.document.Document;
import io.claimant.output.ClaimJson;
import io.claimant.output.DocumentJson;
import io.claimant.testing.SchemaCheck;
import io.claimant.testing.SharedPipeline;
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
import static io.claimant.server.Servers.json;
import static io.claimant.server.Servers.post;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code ?segments=split}: one claim per content segment, as {@code claimant extract --segments split} writes. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SegmentsParameterTest {

    /** A quote interrupted by its speech tag: one claim, two segments. */
    private static final String TEXT = "“We will stay,” the minister said, “and we will win.”";

    private final Servers servers = new Servers();

    @AfterEach
    void stopServers() {
        servers.close();
    }

    private static List<JsonNode> claims(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    private static JsonNode reparsed(JsonNode node) throws Exception {
        return MAPPER.readTree(MAPPER.writeValueAsString(node));
    }

    @Test
    void everyEndpointSplitsClaimsBySegmentWhenAsked() throws Exception {
        Servers.Running server = servers.startReady();
        Document document = SharedPipeline.claimant().annotate("t", TEXT);
        List<JsonNode> expected = new ArrayList<>();
        for (ClaimPart part : SegmentMode.SPLIT.parts(document)) {
            expected.add(reparsed(ClaimJson.toJson("t", document, part)));
        }
        assertEquals(List.of("t#0.1", "t#0.2"), expected.stream().map(c -> c.get("id").asText()).toList());

        HttpResponse<String> split = post(server.at("api/v1/claims?segments=split"), "application/json", json("t", TEXT));
        assertEquals(200, split.statusCode(), split.body());
        List<JsonNode> answered = claims(MAPPER.readTree(split.body()).get("claims"));
        assertEquals(expected, answered);
        answered.forEach(SchemaCheck.CLAIM::assertValid);

        HttpResponse<String> whole = post(server.at("api/v1/claims?segments=whole"), "application/json", json("t", TEXT));
        assertEquals(List.of("t#0"), claims(MAPPER.readTree(whole.body()).get("claims")).stream()
                .map(c -> c.get("id").asText()).toList());

        HttpResponse<String> asDocument = post(server.at("api/v1/claims?format=document&segments=split"),
                "application/json", json("t", TEXT));
        assertEquals(reparsed(DocumentJson.toJson("t", document, SegmentMode.SPLIT)), MAPPER.readTree(asDocument.body()));

        byte[] batch = (new String(json("t", TEXT), StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> lines = post(server.at("api/v1/claims:batch?segments=split"), "application/jsonl", batch);
        assertEquals(200, lines.statusCode(), lines.body());
        JsonNode line = MAPPER.readTree(lines.body().lines().findFirst().orElseThrow());
        SchemaCheck.DOCUMENT.assertValid(line);
        assertEquals(expected, claims(line.get("claims")));
    }

    @Test
    void anUnknownModeGets400BadInput() throws Exception {
        Servers.Running server = servers.startReady();
        byte[] text = TEXT.getBytes(StandardCharsets.UTF_8);
        assertError(400, "bad-input", post(server.at("api/v1/claims?segments=each"), "text/plain", text));
        assertError(400, "bad-input", post(server.at("api/v1/claims:batch?segments=each"), "application/jsonl",
                json("t", TEXT)));
    }
}
