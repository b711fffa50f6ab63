package io.claimant.server;

import io.claimant.testing.SharedPipeline;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Servers a test starts on free loopback ports, closed by {@link #close} after it, and the HTTP calls the tests
 * make. Everything goes through {@link ClaimServer}'s public builder, as an embedding program would.
 */
final class Servers implements AutoCloseable {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final List<ClaimServer> started = new ArrayList<>();

    /** A started server and the URI of its root. */
    record Running(ClaimServer server, URI base) {
        URI at(String path) {
            return base.resolve(path);
        }
    }

    /** A server on a free port, its options set by {@code options}, not yet ready. */
    Running start(UnaryOperator<ClaimServer.Builder> options) {
        ClaimServer server = options.apply(ClaimServer.builder().port(0)).build().start();
        started.add(server);
        return new Running(server, URI.create("http://127.0.0.1:" + server.port() + "/"));
    }

    /** A server on a free port, ready with the shared pipeline. */
    Running startReady(UnaryOperator<ClaimServer.Builder> options) {
        Running running = start(options);
        running.server().ready(SharedPipeline.claimant());
        return running;
    }

    Running startReady() {
        return startReady(options -> options);
    }

    @Override
    public void close() {
        started.forEach(ClaimServer::close);
        started.clear();
    }

    static HttpResponse<String> post(URI uri, String contentType, byte[] body) throws Exception {
        return HTTP.send(request(uri, contentType, body), HttpResponse.BodyHandlers.ofString());
    }

    static HttpRequest request(URI uri, String contentType, byte[] body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return builder.build();
    }

    static HttpResponse<String> get(URI uri) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Asserts an error answer: its status, the JSON body's code, and a message. */
    static void assertError(int status, String code, HttpResponse<String> response) throws IOException {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode error = MAPPER.readTree(response.body()).get("error");
        assertEquals(code, error.get("code").asText(), response.body());
        assertFalse(error.get("message").asText().isBlank());
    }

    static byte[] json(String id, String text) throws IOException {
        return MAPPER.writeValueAsBytes(MAPPER.createObjectNode().put("id", id).put("text", text));
    }
}
