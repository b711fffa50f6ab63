package io.claimant.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimant.attribution.ClaimPart;
import io.claimant.attribution.SegmentMode;
import io.claimant.document.Document;
import io.claimant.output.ClaimJson;
import io.claimant.output.DocumentJson;
import io.claimant.pipeline.DocumentException;
import io.claimant.pipeline.DocumentLimits;
import io.claimant.pipeline.ErrorCode;
import io.claimant.pipeline.Pipeline;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The API's endpoints: health, one document, a batch. Until {@link #ready} they answer 503 with
 * {@code Retry-After}; after it, each document runs on a worker of the pool, within the server's limits. Every
 * answer but a batch's stream is one JSON object, errors included.
 */
final class ClaimsApi {

    private static final Logger LOG = LoggerFactory.getLogger(ClaimsApi.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String JSON = "application/json";
    /** Request attribute: the answer is ours, not Javalin's default. */
    private static final String ANSWERED = "claimant.answered";
    /** What a client is told to wait while the models load, in seconds. */
    static final int LOADING_RETRY_AFTER = 5;
    /** A JSON body holds the text escaped: allow for that beyond the text's own limit. */
    private static final int JSON_OVERHEAD = 2;

    private final DocumentLimits limits;
    private final WorkerPool workers;
    private volatile Pipeline pipeline;

    ClaimsApi(DocumentLimits limits, WorkerPool workers) {
        this.limits = limits;
        this.workers = workers;
    }

    /** From now on documents are processed by {@code loaded}, with this server's limits rather than its own. */
    void ready(Pipeline loaded) {
        this.pipeline = loaded.withLimits(limits);
    }

    boolean isReady() {
        return pipeline != null;
    }

    /** Whether this request's answer was written here, rather than left to Javalin's defaults. */
    static boolean answered(Context ctx) {
        return ctx.attribute(ANSWERED) != null;
    }

    void health(Context ctx) throws IOException {
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

    void claims(Context ctx) throws Exception {
        Pipeline loaded = readyPipeline();
        String format = ctx.queryParam("format");
        if (format != null && !format.equals("claims") && !format.equals("document")) {
            throw DocumentRequest.badInput("format must be claims (the default) or document, got " + format);
        }
        SegmentMode segments = segments(ctx);
        RequestBody.Kind kind = RequestBody.kind(ctx.contentType(), RequestBody.Kind.TEXT, RequestBody.Kind.JSON);
        long maxBytes = limits.maxBytes();
        long cap = kind == RequestBody.Kind.TEXT ? maxBytes : saturatedCap(maxBytes);
        String body = RequestBody.decode(RequestBody.read(ctx.req(), cap, "body"));
        DocumentRequest request = kind == RequestBody.Kind.TEXT
                ? new DocumentRequest(DocumentRequest.DEFAULT_ID, body)
                : DocumentRequest.fromJson(body, DocumentRequest.DEFAULT_ID);
        double budget = limits.budget().secondsFor(request.text().length());
        Document document;
        try {
            document = workers.run(() -> loaded.annotate(request.id(), request.text()), budget);
        } catch (DocumentException e) {
            throw new ApiError(ApiError.statusFor(e.code()), e.code(), e.getMessage());
        }
        if ("document".equals(format)) {
            send(ctx, 200, DocumentJson.toJson(request.id(), document, segments));
            return;
        }
        ObjectNode answer = JsonNodeFactory.instance.objectNode();
        answer.put("doc", request.id());
        ArrayNode claims = answer.putArray("claims");
        for (ClaimPart part : segments.parts(document)) {
            claims.add(ClaimJson.toJson(request.id(), document, part));
        }
        send(ctx, 200, answer);
    }

    /**
     * One document line per input line, in input order, each written as soon as it and those before it are done.
     * A batch holds one worker for its whole length, so that batches and single requests share the same
     * threads.
     */
    void batch(Context ctx) throws Exception {
        Pipeline loaded = readyPipeline();
        SegmentMode segments = segments(ctx);
        RequestBody.kind(ctx.contentType(), RequestBody.Kind.JSON_LINES, RequestBody.Kind.JSON);
        InputStream in = ctx.req().getInputStream();
        BatchLines lines = new BatchLines(in, saturatedCap(limits.maxBytes()));
        ctx.status(200);
        ctx.contentType("application/jsonl; charset=utf-8");
        OutputStream out = ctx.res().getOutputStream();
        workers.run(() -> {
            loaded.process(lines, 1, result -> {
                ObjectNode line = result.failed()
                        ? DocumentJson.failure(result.id(), result.code(), result.error())
                        : DocumentJson.toJson(result.id(), result.document(), segments);
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

    /** {@code ?segments=whole} (the default) or {@code split}: claims whole, or one per content segment. */
    private static SegmentMode segments(Context ctx) {
        String value = ctx.queryParam("segments");
        try {
            return value == null ? SegmentMode.WHOLE : SegmentMode.of(value);
        } catch (IllegalArgumentException e) {
            throw DocumentRequest.badInput(e.getMessage());
        }
    }

    private static long saturatedCap(long maxBytes) {
        return maxBytes > Long.MAX_VALUE / JSON_OVERHEAD ? Long.MAX_VALUE : maxBytes * JSON_OVERHEAD;
    }

    static void sendError(Context ctx, ApiError e) {
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
