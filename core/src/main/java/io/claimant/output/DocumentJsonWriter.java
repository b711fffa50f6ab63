package io.claimant.output;

import io.claimant.attribution.SegmentMode;
import io.claimant.pipeline.DocumentResult;

import java.io.IOException;
import java.io.OutputStream;

/**
 * {@code --format document}: exactly one line per input, failures included ({@link OutputSchemas#DOCUMENT}),
 * so the n-th line always belongs to the n-th input.
 */
public final class DocumentJsonWriter extends JsonLinesWriter {

    private final SegmentMode segments;

    public DocumentJsonWriter(OutputStream out) {
        this(out, SegmentMode.WHOLE);
    }

    /** With {@link SegmentMode#SPLIT}, each document's claims are listed one per content segment. */
    public DocumentJsonWriter(OutputStream out, SegmentMode segments) {
        super(out);
        this.segments = java.util.Objects.requireNonNull(segments, "segments");
    }

    @Override
    public void write(DocumentResult result) throws IOException {
        writeLine(result.failed()
                ? DocumentJson.failure(result.id(), result.code(), result.error())
                : DocumentJson.toJson(result.id(), result.document(), segments));
        flush();
    }
}
