package io.claimant.server;

import io.claimant.pipeline.DocumentLimits;

/**
 * How {@code claimant serve} runs.
 *
 * @param threads    requests processed at once; each holds one worker for its document (or its whole batch)
 * @param queue      requests that may wait for a worker; past that the server answers 503 busy at once, so that
 *                   a client learns to back off instead of piling up connections
 * @param limits     size limit and time budget of each document, as for {@code claimant extract}
 * @param corsOrigin the one origin allowed to call the API from a browser, or null for none (same-origin only)
 */
public record ServerSettings(String host, int port, int threads, int queue, DocumentLimits limits, String corsOrigin) {

    /** Requests allowed to wait per worker: enough to absorb a burst, small enough that waits stay short. */
    public static final int QUEUE_PER_THREAD = 2;

    public ServerSettings {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        if (queue < 0) {
            throw new IllegalArgumentException("queue must be 0 or more, got " + queue);
        }
    }
}
