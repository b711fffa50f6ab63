package io.claimant.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimant.document.Document;
import io.claimant.document.Layer;
import io.claimant.pipeline.Annotator;
import io.claimant.pipeline.Pipeline;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code claimant serve} in-process on a free port, driven over real HTTP. */
@Timeout(value = 120, unit = TimeUnit.SECONDS) // a server that stops answering fails the test, not the build's clock
class ServeCommandTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path SEED = Path.of("../src-test-data/nato-us-membership.txt");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final List<AutoCloseable> toClose = new ArrayList<>();

    @AfterEach
    void stopServers() throws Exception {
        for (AutoCloseable c : toClose) {
            c.close();
        }
    }

    /** The server the command line would start, with the models from {@code pipelines}, and its base URI. */
    private record Server(ServeCommand.Running running, URI base) {
        URI at(String path) {
            return base.resolve(path);
        }
    }

    private Server start(Function<io.claimant.Claimant.Builder, Pipeline> pipelines, boolean loadNow, String... options) {
        ServeCommand.Running running = TestServers.start(pipelines, loadNow, options);
        toClose.add(running);
        return new Server(running, URI.create("http://127.0.0.1:" + running.port() + "/"));
    }

    private Server startShared(String... options) {
        return start(settings -> TestPipeline.shared(), true, options);
    }

    private static HttpResponse<String> post(URI uri, String contentType, byte[] body) throws Exception {
        return HTTP.send(request(uri, contentType, body), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest request(URI uri, String contentType, byte[] body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return builder.build();
    }

    private static HttpResponse<String> get(URI uri) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Asserts an error answer: its status, the JSON body's code, and a message. */
    private static void assertError(int status, String code, HttpResponse<String> response) throws IOException {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode error = MAPPER.readTree(response.body()).get("error");
        assertEquals(code, error.get("code").asText(), response.body());
        assertFalse(error.get("message").asText().isBlank());
    }

    private static byte[] json(String id, String text) throws IOException {
        return MAPPER.writeValueAsBytes(MAPPER.createObjectNode().put("id", id).put("text", text));
    }

    @Test
    void seedArticleGetsTheSameClaimsAsExtract() throws Exception {
        Server server = startShared("--threads", "2");
        String text = Files.readString(SEED);
        CliRun extract = CliRun.withPipeline(TestPipeline.shared(), new byte[0], "extract", SEED.toString());
        assertEquals(ExitCodes.OK, extract.exitCode(), extract.stderr());
        List<JsonNode> expected = new ArrayList<>();
        for (String line : extract.lines()) {
            expected.add(MAPPER.readTree(line));
        }
        assertFalse(expected.isEmpty(), "the seed article has claims");

        HttpResponse<String> asJson = post(server.at("api/v1/claims"), "application/json",
                json("nato-us-membership.txt", text));
        assertEquals(200, asJson.statusCode(), asJson.body());
        JsonNode answer = MAPPER.readTree(asJson.body());
        assertEquals("nato-us-membership.txt", answer.get("doc").asText());
        assertEquals(expected, toList(answer.get("claims")));
        expected.forEach(SchemaCheck.CLAIM::assertValid);

        // As plain text the id is "text"; the claims are otherwise the same.
        HttpResponse<String> asText = post(server.at("api/v1/claims"), "text/plain; charset=utf-8",
                Files.readAllBytes(SEED));
        assertEquals(200, asText.statusCode(), asText.body());
        JsonNode plain = MAPPER.readTree(asText.body());
        assertEquals("text", plain.get("doc").asText());
        assertEquals(expected.size(), plain.get("claims").size());
        assertEquals(expected.get(0).get("content"), plain.get("claims").get(0).get("content"));

        CliRun document = CliRun.withPipeline(TestPipeline.shared(), new byte[0], "extract", SEED.toString(),
                "--format", "document");
        HttpResponse<String> asDocument = post(server.at("api/v1/claims?format=document"), "application/json",
                json("nato-us-membership.txt", text));
        assertEquals(200, asDocument.statusCode(), asDocument.body());
        assertEquals(MAPPER.readTree(document.lines().get(0)), MAPPER.readTree(asDocument.body()));
    }

    private static List<JsonNode> toList(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    @Test
    void textThatIsNotUtf8Gets400NotUtf8() throws Exception {
        Server server = startShared();
        byte[] latin1 = "Le ministre a déclaré que tout allait bien.".getBytes(StandardCharsets.ISO_8859_1);
        assertError(400, "not-utf8", post(server.at("api/v1/claims"), "text/plain; charset=utf-8", latin1));
    }

    @Test
    void malformedJsonGets400BadInput() throws Exception {
        Server server = startShared();
        assertError(400, "bad-input", post(server.at("api/v1/claims"), "application/json",
                "{\"text\": \"unterminated".getBytes(StandardCharsets.UTF_8)));
        assertError(400, "bad-input", post(server.at("api/v1/claims"), "application/json",
                "{\"id\": \"a\"}".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void bodyOverTheSizeLimitGets413TooLarge() throws Exception {
        Server server = startShared("--max-bytes", "1K");
        byte[] big = "Officials said the talks went well. ".repeat(40).getBytes(StandardCharsets.UTF_8);
        assertError(413, "too-large", post(server.at("api/v1/claims"), "text/plain", big));
    }

    @Test
    void wrongContentTypeGets415() throws Exception {
        Server server = startShared();
        byte[] body = "Officials said the talks went well.".getBytes(StandardCharsets.UTF_8);
        assertError(415, "unsupported-media-type", post(server.at("api/v1/claims"), "application/xml", body));
        assertError(415, "unsupported-media-type", post(server.at("api/v1/claims"), "text/plain; charset=latin1", body));
        assertError(415, "unsupported-media-type", post(server.at("api/v1/claims"), null, body));
    }

    @Test
    void documentPastItsBudgetGets504TimeLimit() throws Exception {
        Server server = startShared("--max-seconds-per-doc", "0.000001");
        assertError(504, "time-limit", post(server.at("api/v1/claims"), "text/plain", Files.readAllBytes(SEED)));
    }

    /** The real pipeline, behind a gate: each document waits for {@code gate} before it is processed. */
    private static Pipeline gated(CountDownLatch gate, CountDownLatch entered) {
        Annotator wait = new Annotator() {
            @Override
            public Set<Layer> requires() {
                return Set.of();
            }

            @Override
            public Set<Layer> provides() {
                return Set.of();
            }

            @Override
            public Document annotate(Document document) {
                entered.countDown();
                try {
                    gate.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return TestPipeline.shared().annotate(document.id(), document.text());
            }
        };
        return Pipeline.builder().add(wait).build();
    }

    @Test
    void requestsPastTheBoundedQueueGet503Busy() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        CountDownLatch entered = new CountDownLatch(1);
        Server server = start(settings -> gated(gate, entered), true, "--threads", "1");
        byte[] body = "Officials said the talks went well.".getBytes(StandardCharsets.UTF_8);
        URI claims = server.at("api/v1/claims");
        // One runs and two (the queue of one worker) wait: the fourth has no room. Requests are sent one at a time
        // until one is refused, since a request may still be on its way to the queue when the next is sent; none
        // is waited for synchronously, as an accepted one only finishes once the gate opens.
        List<CompletableFuture<HttpResponse<String>>> held = new ArrayList<>();
        held.add(HTTP.sendAsync(request(claims, "text/plain", body), HttpResponse.BodyHandlers.ofString()));
        assertTrue(entered.await(10, TimeUnit.SECONDS));
        HttpResponse<String> refused = null;
        for (int attempt = 0; attempt < 10 && refused == null; attempt++) {
            CompletableFuture<HttpResponse<String>> probe = HTTP.sendAsync(request(claims, "text/plain", body),
                    HttpResponse.BodyHandlers.ofString());
            try {
                refused = probe.get(500, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                held.add(probe); // accepted: running or queued
            }
        }
        gate.countDown();
        assertTrue(refused != null, "a request past the queue is refused");
        assertError(503, "busy", refused);
        assertTrue(refused.headers().firstValue("Retry-After").isPresent());
        for (CompletableFuture<HttpResponse<String>> h : held) {
            assertEquals(200, h.get(30, TimeUnit.SECONDS).statusCode());
        }
    }

    @Test
    void portOpensAtOnceAndAnswers503WhileTheModelsLoad() throws Exception {
        CountDownLatch loaded = new CountDownLatch(1);
        Server server = start(settings -> {
            try {
                loaded.await(30, TimeUnit.SECONDS); // a slow model load, released by the test
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return TestPipeline.shared();
        }, false);
        Thread loader = new Thread(server.running()::loadModels);
        loader.start();

        HttpResponse<String> health = get(server.at("api/v1/health"));
        assertEquals(503, health.statusCode());
        assertTrue(health.headers().firstValue("Retry-After").isPresent());
        HttpResponse<String> claims = post(server.at("api/v1/claims"), "text/plain",
                "Officials said the talks went well.".getBytes(StandardCharsets.UTF_8));
        assertError(503, "busy", claims);
        assertTrue(claims.headers().firstValue("Retry-After").isPresent());

        loaded.countDown();
        loader.join(30_000);
        assertEquals(200, get(server.at("api/v1/health")).statusCode());
        assertEquals(200, post(server.at("api/v1/claims"), "text/plain",
                "Officials said the talks went well.".getBytes(StandardCharsets.UTF_8)).statusCode());
    }

    @Test
    void batchStreamsOneDocumentLinePerInputLineInOrder() throws Exception {
        Server server = startShared("--threads", "2");
        String body = "{\"id\": \"first\", \"text\": \"Smith said the plan had failed.\"}\n"
                + "not json\n"
                + "\n"
                + "{\"text\": \"\\\"We will win,\\\" the coach said.\"}\n"
                + "{\"id\": \"last\", \"text\": \"Nobody commented.\"}\n";
        HttpResponse<String> response = post(server.at("api/v1/claims:batch"), "application/jsonl",
                body.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), response.body());
        List<JsonNode> lines = new ArrayList<>();
        for (String line : response.body().lines().toList()) {
            JsonNode node = MAPPER.readTree(line);
            SchemaCheck.DOCUMENT.assertValid(node);
            lines.add(node);
        }
        assertEquals(List.of("first", "2", "4", "last"), lines.stream().map(n -> n.get("doc").asText()).toList());
        assertEquals("bad-input", lines.get(1).get("error_code").asText());
        assertTrue(lines.get(0).get("error_code").isNull());
        assertFalse(lines.get(0).get("claims").isEmpty(), "Smith's claim");
    }

    @Test
    void corsHeaderOnlyWithTheCorsOption() throws Exception {
        String origin = "http://localhost:3000";
        HttpRequest.Builder withOrigin = HttpRequest.newBuilder().header("Origin", origin).GET();
        Server closed = startShared();
        HttpResponse<String> without = HTTP.send(withOrigin.uri(closed.at("api/v1/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(without.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), without.headers().toString());

        Server open = startShared("--cors", origin);
        HttpResponse<String> with = HTTP.send(withOrigin.uri(open.at("api/v1/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(origin, with.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    }

    @Test
    void stopLetsTheRequestInFlightFinish() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        CountDownLatch entered = new CountDownLatch(1);
        Server server = start(settings -> gated(gate, entered), true, "--threads", "1");
        CompletableFuture<HttpResponse<String>> inFlight = HTTP.sendAsync(request(server.at("api/v1/claims"),
                "text/plain", "Smith said the plan had failed.".getBytes(StandardCharsets.UTF_8)),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(entered.await(10, TimeUnit.SECONDS));
        Thread stopper = new Thread(server.running()::close);
        stopper.start();
        Thread.sleep(200); // the stop has begun and is waiting for the request
        gate.countDown();
        HttpResponse<String> response = inFlight.get(30, TimeUnit.SECONDS);
        assertEquals(200, response.statusCode(), response.body());
        assertFalse(MAPPER.readTree(response.body()).get("claims").isEmpty());
        stopper.join(30_000);
        assertFalse(stopper.isAlive());
    }

    @Test
    void rootServesTheViewerAndItsFilesWithAStrictPolicyAndNothingElse() throws Exception {
        Server server = startShared();
        for (String[] file : new String[][] {{"/", "text/html"}, {"/viewer.js", "text/javascript"},
                {"/viewer.css", "text/css"}}) {
            HttpResponse<String> answer = get(server.at(file[0]));
            assertEquals(200, answer.statusCode(), file[0]);
            assertEquals(file[1] + ";charset=utf-8", answer.headers().firstValue("Content-Type").orElse("")
                    .replace(" ", "").toLowerCase(java.util.Locale.ROOT), file[0]);
            assertTrue(answer.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"),
                    file[0]);
        }
        assertTrue(get(server.at("/")).body().contains("viewer.js"));
        assertError(404, "not-found", get(server.at("/etc/passwd")));
        assertError(404, "not-found", get(server.at("/io/claimant/output/html/index.html")));
        // Jetty refuses a path that climbs out of the root before any handler sees it.
        HttpResponse<String> climb = get(server.at("/../pom.xml"));
        assertTrue(climb.statusCode() == 400 || climb.statusCode() == 404, climb.statusCode() + " " + climb.body());
    }
}
