package io.claimant.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimant.document.Claim;
import io.claimant.document.Document;
import io.claimant.output.ClaimJson;
import io.claimant.output.DocumentJson;
import io.claimant.output.html.ViewerAssets;
import io.claimant.pipeline.DocumentException;
import io.claimant.pipeline.ErrorCode;
import io.claimant.pipeline.Pipeline;
import io.javalin.Javalin;
import io.javalin.http.Context;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The HTTP API of {@code claimant serve}. The port opens before the models are loaded, so that a supervisor sees
 * the process alive at once; until {@link #ready} is called, health and the API answer 503 with
 * {@code Retry-After}. Requests only ever carry text in: there are no path parameters and no file access.
 */
public final class ClaimServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ClaimServer.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String JSON = "application/json";
    /** Request attribute: the answer is ours, not Javalin's default. */
    private static final String ANSWERED = "claimant.answered";
    /** How long a stop waits for requests in flight before closing their connections. */
    static final long STOP_TIMEOUT_MILLIS = 60_000;
    /** What a client is told to wait while the models load, in seconds. */
    static final int LOADING_RETRY_AFTER = 5;
    /** A JSON body holds the text escaped: allow for that beyond the text's own limit. */
    private static final int JSON_OVERHEAD = 2;

    private final ServerSettings settings;
    private final WorkerPool workers;
    private final Javalin app;
    private volatile Pipeline pipeline;

    public ClaimServer(ServerSettings settings) {
        this.settings = settings;
        this.workers = new WorkerPool(settings.threads(), settings.queue());
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
            config.routes.get("/api/v1/health", this::health);
            config.routes.post("/api/v1/claims", this::claims);
            config.routes.post("/api/v1/claims:batch", this::batch);
            config.routes.get("/", ViewerPage.of(ViewerAssets.PAGE));
            config.routes.get("/" + ViewerAssets.SCRIPT, ViewerPage.of(ViewerAssets.SCRIPT));
            config.routes.get("/" + ViewerAssets.STYLE, ViewerPage.of(ViewerAssets.STYLE));
            config.routes.exception(ApiError.class, (e, ctx) -> sendError(ctx, e));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.warn("request failed", e);
                sendError(ctx, new ApiError(500, ErrorCode.INTERNAL, "processing failed inside Claimant: "
                        + e.getClass().getSimpleName()));
            });
            // Javalin's own 404 (no route) becomes a JSON error too; a 404 we answered ourselves is left alone.
            config.routes.error(404, ctx -> {
                if (ctx.attribute(ANSWERED) == null) {
                    sendError(ctx, new ApiError(404, ErrorCode.NOT_FOUND, "no such endpoint: " + ctx.method() + " "
                            + ctx.path()));
                }
            });
        });
    }

    private Javalin javalin() {
        return app;
    }

    private static void graceful(Server server) {
        server.setHandler(new GracefulHandler(server.getHandler()));
    }

    /** Opens the port; the API answers 503 until {@link #ready}. */
    public ClaimServer start() {
        app.start();
        return this;
    }

    /** The port bound, useful when 0 asked for any free one. */
    public int port() {
        return app.port();
    }

    /** The models are loaded: from now on requests are processed, with this server's limits. */
    public void ready(Pipeline loaded) {
        this.pipeline = loaded.withLimits(settings.limits());
    }

    /** Refuses new requests, lets those in flight finish (up to a minute), then closes the port and the workers. */
    @Override
    public void close() {
        app.stop();
        workers.close();
    }

    private void health(Context ctx) throws IOException {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        if (pipeline == null) {
            ctx.header("Retry-After", Integer.toString(LOADING_RETRY_AFTER));
            body.put("status", "loading");
            send(ctx, 503, body);
        } else {
            body.put("status", "ok");
            send(ctx, 200, body);
        }
    }

    private Pipeline readyPipeline() {
        Pipeline loaded = pipeline;
        if (loaded == null) {
            throw new ApiError(503, ErrorCode.BUSY, "the models are still loading; retry later", LOADING_RETRY_AFTER);
        }
        return loaded;
    }

    private void claims(Context ctx) throws Exception {
        Pipeline loaded = readyPipeline();
        String format = ctx.queryParam("format");
        if (format != null && !format.equals("claims") && !format.equals("document")) {
            throw DocumentRequest.badInput("format must be claims (the default) or document, got " + format);
        }
        RequestBody.Kind kind = RequestBody.kind(ctx.contentType(), RequestBody.Kind.TEXT, RequestBody.Kind.JSON);
        long maxBytes = settings.limits().maxBytes();
        long cap = kind == RequestBody.Kind.TEXT ? maxBytes : saturatedCap(maxBytes);
        String body = RequestBody.decode(RequestBody.read(ctx.req(), cap, "body"));
        DocumentRequest request = kind == RequestBody.Kind.TEXT
                ? new DocumentRequest(DocumentRequest.DEFAULT_ID, body)
                : DocumentRequest.fromJson(body, DocumentRequest.DEFAULT_ID);
        double budget = settings.limits().budget().secondsFor(request.text().length());
        Document document;
        try {
            document = workers.run(() -> loaded.annotate(request.id(), request.text()), budget);
        } catch (DocumentException e) {
            throw new ApiError(ApiError.statusFor(e.code()), e.code(), e.getMessage());
        }
        if ("document".equals(format)) {
            send(ctx, 200, DocumentJson.toJson(request.id(), document));
            return;
        }
        ObjectNode answer = JsonNodeFactory.instance.objectNode();
        answer.put("doc", request.id());
        ArrayNode claims = answer.putArray("claims");
        for (Claim claim : document.claims()) {
            claims.add(ClaimJson.toJson(request.id(), document, claim));
        }
        send(ctx, 200, answer);
    }

    /**
     * One document line per input line, in input order, each written as soon as it and those before it are done.
     * A batch holds one worker for its whole length, so that batches and single requests share the same
     * {@code --threads}.
     */
    private void batch(Context ctx) throws Exception {
        Pipeline loaded = readyPipeline();
        RequestBody.kind(ctx.contentType(), RequestBody.Kind.JSON_LINES, RequestBody.Kind.JSON);
        InputStream in = ctx.req().getInputStream();
        BatchLines lines = new BatchLines(in, saturatedCap(settings.limits().maxBytes()));
        ctx.status(200);
        ctx.contentType("application/jsonl; charset=utf-8");
        OutputStream out = ctx.res().getOutputStream();
        workers.run(() -> {
            loaded.process(lines, 1, result -> {
                ObjectNode line = result.failed()
                        ? DocumentJson.failure(result.id(), result.code(), result.error())
                        : DocumentJson.toJson(result.id(), result.document());
                try {
                    out.write(MAPPER.writeValueAsBytes(line));
                    out.write('\n');
                    out.flush();
                } catch (IOException e) {
                    // The client has gone: stop the batch rather than process documents nobody will read.
                    throw new java.io.UncheckedIOException(e);
                }
            });
            return null;
        }, 0);
    }

    private static long saturatedCap(long maxBytes) {
        return maxBytes > Long.MAX_VALUE / JSON_OVERHEAD ? Long.MAX_VALUE : maxBytes * JSON_OVERHEAD;
    }

    private static void sendError(Context ctx, ApiError e) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ObjectNode error = body.putObject("error");
        error.put("code", e.code().code());
        error.put("message", e.getMessage());
        if (e.retryAfter() > 0) {
            ctx.header("Retry-After", Integer.toString(e.retryAfter()));
        }
        try {
            send(ctx, e.status(), body);
        } catch (IOException io) {
            LOG.debug("could not send an error answer", io);
        }
    }

    private static void send(Context ctx, int status, ObjectNode body) throws IOException {
        ctx.attribute(ANSWERED, Boolean.TRUE);
        ctx.status(status);
        ctx.contentType(JSON + "; charset=utf-8");
        ctx.result(MAPPER.writeValueAsString(body).getBytes(StandardCharsets.UTF_8));
    }
}
