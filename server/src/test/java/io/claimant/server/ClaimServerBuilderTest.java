package io.claimant.server;

import io.claimant.pipeline.DocumentLimits;
import io.claimant.pipeline.TimeBudget;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.ServerSocket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The builder's defaults are {@code claimant serve}'s, and it refuses settings that cannot run. No model loads. */
class ClaimServerBuilderTest {

    @Test
    void defaultsAreThoseOfClaimantServe() {
        int processors = Runtime.getRuntime().availableProcessors();
        assertEquals(new ServerSettings("127.0.0.1", 8080, processors, 2 * processors, DocumentLimits.DEFAULT, null),
                ClaimServer.builder().settings());
    }

    @Test
    void everySettingReachesTheServer() {
        DocumentLimits limits = new DocumentLimits(4096, TimeBudget.fixed(3));
        ClaimServer server = ClaimServer.builder().host("0.0.0.0").port(0).threads(3).queue(1).limits(limits)
                .corsOrigin("http://localhost:3000").build();
        try {
            assertEquals(new ServerSettings("0.0.0.0", 0, 3, 1, limits, "http://localhost:3000"), server.settings());
        } finally {
            server.close();
        }
        // Without an explicit queue, it follows the threads.
        assertEquals(10, ClaimServer.builder().threads(5).settings().queue());
    }

    @Test
    void settingsOutOfRangeAreRefusedByName() {
        IllegalArgumentException threads = assertThrows(IllegalArgumentException.class,
                () -> ClaimServer.builder().threads(0).build());
        assertTrue(threads.getMessage().contains("threads"), threads.getMessage());
        IllegalArgumentException port = assertThrows(IllegalArgumentException.class,
                () -> ClaimServer.builder().port(70000).build());
        assertTrue(port.getMessage().contains("port"), port.getMessage());
        IllegalArgumentException queue = assertThrows(IllegalArgumentException.class,
                () -> ClaimServer.builder().queue(-1).build());
        assertTrue(queue.getMessage().contains("queue"), queue.getMessage());
        assertThrows(NullPointerException.class, () -> ClaimServer.builder().limits(null));
    }

    @Test
    void aPortInUseFailsToStart() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            ClaimServer server = ClaimServer.builder().port(taken.getLocalPort()).threads(1).build();
            assertThrows(RuntimeException.class, server::start);
            server.close(); // safe after a failed start, as in a finally block
        }
    }
}
