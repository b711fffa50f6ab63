package io.claimant.cli;

import io.claimant.testing.SchemaCheck;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimant.Claimant;
import io.claimant.pipeline.DocumentLimits;
import io.claimant.pipeline.Pipeline;
import io.claimant.server.ClaimServer;
import io.claimant.server.ServerSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code claimant serve} as a command, in-process on a free port: its options reach the server, it opens the port
 * before loading the models, and it says so; usage and fatal errors exit as documented. What the server answers
 * (statuses, error JSON, batches, limits, CORS, the viewer) is tested in the server module.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS) // a server that stops answering fails the test, not the build's clock
class ServeCommandTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path SEED = Path.of("../src-test-data/nato-us-membership.txt");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Function<Claimant.Builder, Pipeline> NO_MODELS = settings -> {
        throw new AssertionError("the models should not have been loaded");
    };

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

    private Server start(Function<Claimant.Builder, Pipeline> pipelines, boolean loadNow, StringWriter err,
                         String... options) {
        ServeCommand.Running running = TestServers.start(pipelines, loadNow, err, options);
        toClose.add(running);
        return new Server(running, URI.create("http://127.0.0.1:" + running.port() + "/"));
    }

    private static HttpResponse<String> post(URI uri, String contentType, byte[] body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(URI uri) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] json(String id, String text) throws IOException {
        return MAPPER.writeValueAsBytes(MAPPER.createObjectNode().put("id", id).put("text", text));
    }

    @Test
    void seedArticleGetsTheSameClaimsAsExtract() throws Exception {
        Server server = start(settings -> TestPipeline.shared(), true, new StringWriter(), "--threads", "2");
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
        List<JsonNode> claims = new ArrayList<>();
        answer.get("claims").forEach(claims::add);
        assertEquals(expected, claims);
        expected.forEach(SchemaCheck.CLAIM::assertValid);

        CliRun document = CliRun.withPipeline(TestPipeline.shared(), new byte[0], "extract", SEED.toString(),
                "--format", "document");
        HttpResponse<String> asDocument = post(server.at("api/v1/claims?format=document"), "application/json",
                json("nato-us-membership.txt", text));
        assertEquals(200, asDocument.statusCode(), asDocument.body());
        assertEquals(MAPPER.readTree(document.lines().get(0)), MAPPER.readTree(asDocument.body()));
    }

    @Test
    void optionsReachTheServer() {
        Server server = start(NO_MODELS, false, new StringWriter(), "--host", "127.0.0.1", "--threads", "3",
                "--max-bytes", "1K", "--max-seconds-per-doc", "2", "--cors", "http://localhost:3000");
        DocumentLimits limits = Claimant.builder().maxBytes(1024).maxSecondsPerDoc(2).limits();
        assertEquals(new ServerSettings("127.0.0.1", 0, 3, 3 * ServerSettings.QUEUE_PER_THREAD, limits,
                "http://localhost:3000"), server.running().settings());
    }

    @Test
    void withoutOptionsTheServerHasTheBuildersDefaults() {
        Server server = start(NO_MODELS, false, new StringWriter());
        assertEquals(ClaimServer.builder().port(0).settings(), server.running().settings());
        assertEquals("127.0.0.1", server.running().settings().host(), "this machine only");
        assertEquals(DocumentLimits.DEFAULT, server.running().settings().limits());
    }

    @Test
    void portOpensAtOnceAndAnswers503WhileTheModelsLoad() throws Exception {
        CountDownLatch loaded = new CountDownLatch(1);
        StringWriter err = new StringWriter();
        Server server = start(settings -> {
            try {
                loaded.await(30, TimeUnit.SECONDS); // a slow model load, released by the test
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return TestPipeline.shared();
        }, false, err);
        assertEquals("claimant: listening on http://127.0.0.1:" + server.running().port() + "/ (loading models...)",
                err.toString().strip());
        Thread loader = new Thread(server.running()::loadModels);
        loader.start();

        HttpResponse<String> health = get(server.at("api/v1/health"));
        assertEquals(503, health.statusCode());
        assertTrue(health.headers().firstValue("Retry-After").isPresent());
        HttpResponse<String> claims = post(server.at("api/v1/claims"), "text/plain",
                "Officials said the talks went well.".getBytes(StandardCharsets.UTF_8));
        assertEquals(503, claims.statusCode(), claims.body());
        assertEquals("busy", MAPPER.readTree(claims.body()).get("error").get("code").asText());
        assertTrue(claims.headers().firstValue("Retry-After").isPresent());

        loaded.countDown();
        loader.join(30_000);
        assertEquals(200, get(server.at("api/v1/health")).statusCode());
        assertEquals(200, post(server.at("api/v1/claims"), "text/plain",
                "Officials said the talks went well.".getBytes(StandardCharsets.UTF_8)).statusCode());
        assertTrue(err.toString().strip().endsWith("\nclaimant: ready"), err.toString());
    }

    @Test
    void modelsThatFailToLoadAreFatalAndCloseThePort() throws Exception {
        Server server = start(settings -> {
            throw new IllegalStateException("the model file is damaged");
        }, false, new StringWriter());
        FatalException failure = assertThrows(FatalException.class, server.running()::loadModels);
        assertEquals("cannot load the models: the model file is damaged", failure.getMessage());
        assertThrows(IOException.class, () -> get(server.at("api/v1/health")), "the port is closed");
    }

    @Test
    void usageErrorsExitWithTwoBeforeAPortOpens() {
        CliRun threads = CliRun.withoutPipeline("serve", "--threads", "0");
        assertEquals(ExitCodes.USAGE, threads.exitCode());
        assertEquals("claimant: --threads must be at least 1, got 0; see 'claimant serve --help'",
                threads.stderr().strip());
        CliRun port = CliRun.withoutPipeline("serve", "--port", "70000");
        assertEquals(ExitCodes.USAGE, port.exitCode());
        assertEquals("claimant: --port must be between 0 and 65535, got 70000; see 'claimant serve --help'",
                port.stderr().strip());
        assertEquals(ExitCodes.USAGE, CliRun.withoutPipeline("serve", "--max-bytes", "0").exitCode());
        assertEquals(ExitCodes.USAGE, CliRun.withoutPipeline("serve", "--bogus").exitCode());
    }

    @Test
    void aPortInUseExitsWithThree() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CliRun run = CliRun.withoutPipeline("serve", "--port", Integer.toString(taken.getLocalPort()));
            assertEquals(ExitCodes.FATAL, run.exitCode(), run.stderr());
            assertTrue(run.stderr().startsWith("claimant: cannot listen on 127.0.0.1:" + taken.getLocalPort() + ": "),
                    run.stderr());
        }
    }

    @Test
    void helpListsTheEndpointsOptionsAndExitCodes() {
        CliRun run = CliRun.withoutPipeline("serve", "--help");
        assertEquals(ExitCodes.OK, run.exitCode());
        for (String part : List.of("POST /api/v1/claims", "--host=HOST", "--port=PORT", "--cors=ORIGIN",
                "--max-bytes=N", "Default: 127.0.0.1", "Default: 8080", "the port could not be opened")) {
            assertTrue(run.help().contains(part), part + " in " + run.help());
        }
    }
}
