package io.claimant.server;

import io.claimant.testing.SharedPipeline;
import io.claimant.pipeline.DocumentLimits;
import io.claimant.pipeline.TimeBudget;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import static io.claimant.server.Servers.assertError;
import static io.claimant.server.Servers.post;

/** {@code POST /api/v1/claims} with input it cannot use: each gets its status and the shared error code. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ClaimsEndpointErrorsTest {

    private final Servers servers = new Servers();

    @AfterEach
    void stopServers() {
        servers.close();
    }

    @Test
    void textThatIsNotUtf8Gets400NotUtf8() throws Exception {
        Servers.Running server = servers.startReady();
        byte[] latin1 = "Le ministre a déclaré que tout allait bien.".getBytes(StandardCharsets.ISO_8859_1);
        assertError(400, "not-utf8", post(server.at("api/v1/claims"), "text/plain; charset=utf-8", latin1));
    }

    @Test
    void malformedJsonGets400BadInput() throws Exception {
        Servers.Running server = servers.startReady();
        assertError(400, "bad-input", post(server.at("api/v1/claims"), "application/json",
                "{\"text\": \"unterminated".getBytes(StandardCharsets.UTF_8)));
        assertError(400, "bad-input", post(server.at("api/v1/claims"), "application/json",
                "{\"id\": \"a\"}".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void unknownFormatGets400BadInput() throws Exception {
        Servers.Running server = servers.startReady();
        assertError(400, "bad-input", post(server.at("api/v1/claims?format=xml"), "text/plain",
                "Officials said the talks went well.".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void bodyOverTheSizeLimitGets413TooLarge() throws Exception {
        Servers.Running server = servers.startReady(options -> options.limits(DocumentLimits.DEFAULT.withMaxBytes(1024)));
        byte[] big = "Officials said the talks went well. ".repeat(40).getBytes(StandardCharsets.UTF_8);
        assertError(413, "too-large", post(server.at("api/v1/claims"), "text/plain", big));
    }

    @Test
    void wrongContentTypeGets415() throws Exception {
        Servers.Running server = servers.startReady();
        byte[] body = "Officials said the talks went well.".getBytes(StandardCharsets.UTF_8);
        assertError(415, "unsupported-media-type", post(server.at("api/v1/claims"), "application/xml", body));
        assertError(415, "unsupported-media-type", post(server.at("api/v1/claims"), "text/plain; charset=latin1", body));
        assertError(415, "unsupported-media-type", post(server.at("api/v1/claims"), null, body));
    }

    @Test
    void documentPastItsBudgetGets504TimeLimit() throws Exception {
        Servers.Running server = servers.startReady(options -> options.limits(
                DocumentLimits.DEFAULT.withBudget(TimeBudget.fixed(0.000001))));
        assertError(504, "time-limit", post(server.at("api/v1/claims"), "text/plain",
                SharedPipeline.seedText().getBytes(StandardCharsets.UTF_8)));
    }
}
