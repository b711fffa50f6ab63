package io.claimant.output;

import io.claimant.document.Claim;
import io.claimant.document.Document;
import io.claimant.pipeline.DocumentResult;

import java.io.IOException;
import java.io.OutputStream;

/**
 * {@code --format claims}: one line per claim ({@link OutputSchemas#CLAIM_V1}). A failed document writes
 * nothing here; callers report its error elsewhere (the command line prints it on standard error).
 */
public final class ClaimsJsonLinesWriter extends JsonLinesWriter {

    public ClaimsJsonLinesWriter(OutputStream out) {
        super(out);
    }

    @Override
    public void write(DocumentResult result) throws IOException {
        if (!result.failed()) {
            Document document = result.document();
            for (Claim claim : document.claims()) {
                writeLine(ClaimJson.toJson(result.id(), document, claim));
            }
        }
        flush();
    }
}
