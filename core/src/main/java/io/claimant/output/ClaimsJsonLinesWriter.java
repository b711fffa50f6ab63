package io.claimant.output;

import io.claimant.attribution.ClaimPart;
import io.claimant.attribution.SegmentMode;
import io.claimant.document.Document;
import io.claimant.pipeline.DocumentResult;

import java.io.IOException;
import java.io.OutputStream;

/**
 * {@code --format claims}: one line per claim ({@link OutputSchemas#CLAIM_V1}). A failed document writes
 * nothing here; callers report its error elsewhere (the command line prints it on standard error).
 */
public final class ClaimsJsonLinesWriter extends JsonLinesWriter {

    private final SegmentMode segments;

    public ClaimsJsonLinesWriter(OutputStream out) {
        this(out, SegmentMode.WHOLE);
    }

    /** With {@link SegmentMode#SPLIT}, one line per content segment ({@link io.claimant.attribution.ClaimSegments}). */
    public ClaimsJsonLinesWriter(OutputStream out, SegmentMode segments) {
        super(out);
        this.segments = java.util.Objects.requireNonNull(segments, "segments");
    }

    @Override
    public void write(DocumentResult result) throws IOException {
        if (!result.failed()) {
            Document document = result.document();
            for (ClaimPart part : segments.parts(document)) {
                writeLine(ClaimJson.toJson(result.id(), document, part));
            }
        }
        flush();
    }
}
