package io.claimant.server;

import io.claimant.Claimant;
import io.claimant.output.html.ViewerAssets;
import io.claimant.pipeline.DocumentLimits;
import io.claimant.pipeline.ErrorCode;
import io.claimant.pipeline.Pipeline;
import io.javalin.Javalin;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Objects;

/**
 * Claimant over HTTP: {@code POST /api/v1/claims} (one article), {@code POST /api/v1/claims:batch} (JSON Lines),
 * {@code GET /api/v1/health}, and the viewer page at {@code GET /}. {@code claimant serve} runs one; any Java
 * program can embed one:
 *
 * <pre>{@code
 * ClaimServer server = ClaimServer.builder()
 *         .port(0)                               // any free port; server.port() says which
 *         .threads(2)
 *         .limits(DocumentLimits.DEFAULT.withMaxBytes(1_000_000))
 *         .build()
 *         .start();                              // the port is open; the API answers 503 until ready
 * try (Claimant claimant = Claimant.create()) {  // loads the models: seconds
 *     server.ready(claimant);
 *     ...                                        // serve for as long as the program wants
 * } finally {
 *     server.close();                            // lets requests in flight finish, then stops
 * }
 * }</pre>
 *
 * The port opens before the models are loaded, so that a supervisor sees the process alive at once; until
 * {@link #ready} is called, health and the API answer 503 with {@code Retry-After}. At most
 * {@link Builder#threads threads} documents are processed at once and a few more wait; the rest get 503 busy.
 * Requests only ever carry text in: there are no path parameters and no file access.
 */
public final class ClaimServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ClaimServer.class);
    /** How long a stop waits for requests in flight before closing their connections. */
    static final long STOP_TIMEOUT_MILLIS = 60_000;

    private final ServerSettings settings;
    private final WorkerPool workers;
    private final ClaimsApi api;
    private final Javalin app;

    private ClaimServer(ServerSettings settings) {
        this.settings = settings;
        this.workers = new WorkerPool(settings.threads(), settings.queue());
        this.api = new ClaimsApi(settings.limits(), workers);
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.host = settings.host();
            config.jetty.port = settings.port();
            config.jetty.modifyServer(server -> server.setStopTimeout(STOP_TIMEOUT_MILLIS));
            // Javalin sets its handler before this event and starts Jetty after it: wrapping here makes stop()
            // refuse new requests and wait for those in flight, instead of cutting them off.
            config.events.serverStarting(() -> graceful(javalin().jettyServer().server()));
            if (settings.corsOrigin() != null) {
                config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> rule.allowHost(settings.corsOrigin())));
            }
            config.routes.get("/api/v1/health", api::health);
            config.routes.post("/api/v1/claims", api::claims);
            config.routes.post("/api/v1/claims:batch", api::batch);
            config.routes.get("/", ViewerPage.of(ViewerAssets.PAGE));
            config.routes.get("/" + ViewerAssets.SCRIPT, ViewerPage.of(ViewerAssets.SCRIPT));
            config.routes.get("/" + ViewerAssets.STYLE, ViewerPage.of(ViewerAssets.STYLE));
            config.routes.exception(ApiError.class, (e, ctx) -> ClaimsApi.sendError(ctx, e));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.warn("request failed", e);
                ClaimsApi.sendError(ctx, new ApiError(500, ErrorCode.INTERNAL, "processing failed inside Claimant: "
                        + e.getClass().getSimpleName()));
            });
            // Javalin's own 404 (no route) becomes a JSON error too; a 404 we answered ourselves is left alone.
            config.routes.error(404, ctx -> {
                if (!ClaimsApi.answered(ctx)) {
                    ClaimsApi.sendError(ctx, new ApiError(404, ErrorCode.NOT_FOUND, "no such endpoint: "
                            + ctx.method() + " " + ctx.path()));
                }
            });
        });
    }

    /** A builder with the defaults of {@code claimant serve}: 127.0.0.1:8080, a thread per processor, 10 MiB. */
    public static Builder builder() {
        return new Builder();
    }

    private Javalin javalin() {
        return app;
    }

    private static void graceful(Server server) {
        server.setHandler(new GracefulHandler(server.getHandler()));
    }

    /**
     * Opens the port; the API answers 503 until {@link #ready}. A port that cannot be opened (in use, or a host
     * this machine does not have) throws a {@link RuntimeException} whose root cause says why.
     */
    public ClaimServer start() {
        try {
            app.start();
        } catch (RuntimeException e) {
            workers.close();
            throw e;
        }
        return this;
    }

    /** The port bound, useful when 0 asked for any free one. */
    public int port() {
        return app.port();
    }

    public ServerSettings settings() {
        return settings;
    }

    /**
     * The models are loaded: from now on requests are processed by {@code loaded}, within this server's limits
     * (which replace the pipeline's own). The server never closes the pipeline: its owner does, after
     * {@link #close}.
     */
    public void ready(Pipeline loaded) {
        api.ready(Objects.requireNonNull(loaded, "pipeline"));
    }

    /** As {@link #ready(Pipeline)}, with the claimant's pipeline. */
    public void ready(Claimant claimant) {
        ready(claimant.pipeline());
    }

    /** Whether {@link #ready} has been called, i.e. whether health answers 200. */
    public boolean isReady() {
        return api.isReady();
    }

    /** Refuses new requests, lets those in flight finish (up to a minute), then closes the port and the workers. */
    @Override
    public void close() {
        app.stop();
        workers.close();
    }

    /**
     * How a {@link ClaimServer} runs; every setting has the default {@code claimant serve} has, so
     * {@code ClaimServer.builder().build()} is {@code claimant serve} without options. Values are checked by
     * {@link #build}, which throws {@link IllegalArgumentException} naming the one out of range.
     */
    public static final class Builder {

        private String host = ServerSettings.DEFAULT_HOST;
        private int port = ServerSettings.DEFAULT_PORT;
        private int threads = Runtime.getRuntime().availableProcessors();
        /** Null until set: then {@link ServerSettings#QUEUE_PER_THREAD} per thread. */
        private Integer queue;
        private DocumentLimits limits = DocumentLimits.DEFAULT;
        private String corsOrigin;

        private Builder() {
        }

        /** The address to listen on: 127.0.0.1 (the default) for this machine only, 0.0.0.0 for every interface. */
        public Builder host(String address) {
            this.host = Objects.requireNonNull(address, "host");
            return this;
        }

        /** The port to listen on, 8080 by default; 0 for any free one ({@link ClaimServer#port} says which). */
        public Builder port(int number) {
            this.port = number;
            return this;
        }

        /** Requests processed at once (a batch counts as one); by default one per processor. */
        public Builder threads(int count) {
            this.threads = count;
            return this;
        }

        /**
         * Requests that may wait for a thread before the server answers 503 busy; by default
         * {@link ServerSettings#QUEUE_PER_THREAD} per thread.
         */
        public Builder queue(int waiting) {
            this.queue = waiting;
            return this;
        }

        /** The size limit and time budget of each document; by default {@link DocumentLimits#DEFAULT}. */
        public Builder limits(DocumentLimits documentLimits) {
            this.limits = Objects.requireNonNull(documentLimits, "limits");
            return this;
        }

        /** The one origin (e.g. {@code http://localhost:3000}) allowed to call the API from a browser; null for none. */
        public Builder corsOrigin(String origin) {
            this.corsOrigin = origin;
            return this;
        }

        /** The settings a server built now would have. */
        public ServerSettings settings() {
            return new ServerSettings(host, port, threads,
                    queue != null ? queue : threads * ServerSettings.QUEUE_PER_THREAD, limits, corsOrigin);
        }

        /** A server with these settings, its port not yet open: call {@link ClaimServer#start}. */
        public ClaimServer build() {
            return new ClaimServer(settings());
        }
    }
}
