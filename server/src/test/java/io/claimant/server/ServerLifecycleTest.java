package io.claimant.server;

import io.claimant.testing.SharedPipeline;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static io.claimant.server.Servers.HTTP;
import static io.claimant.server.Servers.MAPPER;
import static io.claimant.server.Servers.assertError;
import static io.claimant.server.Servers.get;
import static io.claimant.server.Servers.post;
import static io.claimant.server.Servers.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The port before the models, the bounded queue, and a stop that lets the request in flight finish. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ServerLifecycleTest {

    private static final byte[] SHORT = "Officials said the talks went well.".getBytes(StandardCharsets.UTF_8);

    private final Servers servers = new Servers();

    @AfterEach
    void stopServers() {
        servers.close();
    }

    @Test
    void portOpensAtOnceAndAnswers503UntilReady() throws Exception {
        Servers.Running server = servers.start(options -> options);

        HttpResponse<String> health = get(server.at("api/v1/health"));
        assertEquals(503, health.statusCode());
        assertTrue(health.headers().firstValue("Retry-After").isPresent());
        HttpResponse<String> claims = post(server.at("api/v1/claims"), "text/plain", SHORT);
        assertError(503, "busy", claims);
        assertTrue(claims.headers().firstValue("Retry-After").isPresent());
        assertError(503, "busy", post(server.at("api/v1/claims:batch"), "application/jsonl",
                "{\"text\": \"Smith said the plan had failed.\"}\n".getBytes(StandardCharsets.UTF_8)));

        server.server().ready(SharedPipeline.claimant());
        assertEquals(200, get(server.at("api/v1/health")).statusCode());
        assertEquals(200, post(server.at("api/v1/claims"), "text/plain", SHORT).statusCode());
    }

    @Test
    void requestsPastTheBoundedQueueGet503Busy() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        CountDownLatch entered = new CountDownLatch(1);
        Servers.Running server = servers.start(options -> options.threads(1));
        server.server().ready(GatedPipeline.of(gate, entered));
        assertEquals(2, server.server().settings().queue(), "two may wait for the one worker");
        URI claims = server.at("api/v1/claims");
        // One runs and two (the queue of one worker) wait: the fourth has no room. Requests are sent one at a time
        // until one is refused, since a request may still be on its way to the queue when the next is sent; none
        // is waited for synchronously, as an accepted one only finishes once the gate opens.
        List<CompletableFuture<HttpResponse<String>>> held = new ArrayList<>();
        held.add(HTTP.sendAsync(request(claims, "text/plain", SHORT), HttpResponse.BodyHandlers.ofString()));
        assertTrue(entered.await(10, TimeUnit.SECONDS));
        HttpResponse<String> refused = null;
        for (int attempt = 0; attempt < 10 && refused == null; attempt++) {
            CompletableFuture<HttpResponse<String>> probe = HTTP.sendAsync(request(claims, "text/plain", SHORT),
                    HttpResponse.BodyHandlers.ofString());
            try {
                refused = probe.get(500, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                held.add(probe); // accepted: running or queued
            }
        }
        gate.countDown();
        assertNotNull(refused, "a request past the queue is refused");
        assertError(503, "busy", refused);
        assertTrue(refused.headers().firstValue("Retry-After").isPresent());
        for (CompletableFuture<HttpResponse<String>> h : held) {
            assertEquals(200, h.get(30, TimeUnit.SECONDS).statusCode());
        }
    }

    @Test
    void stopLetsTheRequestInFlightFinish() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        CountDownLatch entered = new CountDownLatch(1);
        Servers.Running server = servers.start(options -> options.threads(1));
        server.server().ready(GatedPipeline.of(gate, entered));
        CompletableFuture<HttpResponse<String>> inFlight = HTTP.sendAsync(request(server.at("api/v1/claims"),
                "text/plain", "Smith said the plan had failed.".getBytes(StandardCharsets.UTF_8)),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(entered.await(10, TimeUnit.SECONDS));
        Thread stopper = new Thread(server.server()::close);
        stopper.start();
        Thread.sleep(200); // the stop has begun and is waiting for the request
        gate.countDown();
        HttpResponse<String> response = inFlight.get(30, TimeUnit.SECONDS);
        assertEquals(200, response.statusCode(), response.body());
        assertFalse(MAPPER.readTree(response.body()).get("claims").isEmpty());
        stopper.join(30_000);
        assertFalse(stopper.isAlive());
    }
}
