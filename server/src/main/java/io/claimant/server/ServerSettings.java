package io.claimant.server;

import io.claimant.pipeline.DocumentLimits;

import java.util.Objects;

/**
 * How a {@link ClaimServer} runs; {@link ClaimServer.Builder} makes one.
 *
 * @param host       the address to listen on
 * @param port       the port to listen on, 0 for any free one
 * @param threads    requests processed at once; each holds one worker for its document (or its whole batch)
 * @param queue      requests that may wait for a worker; past that the server answers 503 busy at once, so that
 *                   a client learns to back off instead of piling up connections
 * @param limits     size limit and time budget of each document, as for {@code claimant extract}
 * @param corsOrigin the one origin allowed to call the API from a browser, or null for none (same-origin only)
 */
public record ServerSettings(String host, int port, int threads, int queue, DocumentLimits limits, String corsOrigin) {

    /** This machine only: a server reachable from elsewhere is a choice made by naming another address. */
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    /** Requests allowed to wait per worker: enough to absorb a burst, small enough that waits stay short. */
    public static final int QUEUE_PER_THREAD = 2;

    public ServerSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(limits, "limits");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        if (queue < 0) {
            throw new IllegalArgumentException("queue must be 0 or more, got " + queue);
        }
    }
}
