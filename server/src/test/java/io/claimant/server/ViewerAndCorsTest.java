package io.claimant.server;

import io.claimant.output.html.ViewerAssets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static io.claimant.server.Servers.HTTP;
import static io.claimant.server.Servers.assertError;
import static io.claimant.server.Servers.get;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The viewer's three files and nothing else, under a strict policy; CORS only for the one origin named. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ViewerAndCorsTest {

    private final Servers servers = new Servers();

    @AfterEach
    void stopServers() {
        servers.close();
    }

    @Test
    void rootServesTheViewerAndItsFilesWithAStrictPolicyAndNothingElse() throws Exception {
        // The page is there before the models: it says itself when the API is not ready yet.
        Servers.Running server = servers.start(options -> options);
        for (String[] file : new String[][] {{"/", "text/html", ViewerAssets.PAGE},
                {"/viewer.js", "text/javascript", ViewerAssets.SCRIPT}, {"/viewer.css", "text/css", ViewerAssets.STYLE}}) {
            HttpResponse<String> answer = get(server.at(file[0]));
            assertEquals(200, answer.statusCode(), file[0]);
            assertEquals(file[1] + ";charset=utf-8", answer.headers().firstValue("Content-Type").orElse("")
                    .replace(" ", "").toLowerCase(Locale.ROOT), file[0]);
            assertTrue(answer.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"),
                    file[0]);
            assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(null), file[0]);
            assertArrayEquals(ViewerAssets.read(file[2]), answer.body().getBytes(StandardCharsets.UTF_8), file[0]);
        }
        assertTrue(get(server.at("/")).body().contains("viewer.js"));
        assertError(404, "not-found", get(server.at("/etc/passwd")));
        assertError(404, "not-found", get(server.at("/io/claimant/output/html/index.html")));
        // Jetty refuses a path that climbs out of the root before any handler sees it.
        HttpResponse<String> climb = get(server.at("/../pom.xml"));
        assertTrue(climb.statusCode() == 400 || climb.statusCode() == 404, climb.statusCode() + " " + climb.body());
    }

    @Test
    void corsHeaderOnlyForTheOriginNamed() throws Exception {
        String origin = "http://localhost:3000";
        HttpRequest.Builder withOrigin = HttpRequest.newBuilder().header("Origin", origin).GET();
        Servers.Running closed = servers.startReady();
        HttpResponse<String> without = HTTP.send(withOrigin.uri(closed.at("api/v1/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(without.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), without.headers().toString());

        Servers.Running open = servers.startReady(options -> options.corsOrigin(origin));
        HttpResponse<String> with = HTTP.send(withOrigin.uri(open.at("api/v1/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(origin, with.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    }
}
