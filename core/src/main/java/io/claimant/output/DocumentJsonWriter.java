package io.claimant.output;

import io.claimant.pipeline.DocumentResult;

import java.io.IOException;
import java.io.OutputStream;

/**
 * {@code --format document}: exactly one line per input, failures included ({@link OutputSchemas#DOCUMENT}),
 * so the n-th line always belongs to the n-th input.
 */
public final class DocumentJsonWriter extends JsonLinesWriter {

    public DocumentJsonWriter(OutputStream out) {
        super(out);
    }

    @Override
    public void write(DocumentResult result) throws IOException {
        writeLine(result.failed()
                ? DocumentJson.failure(result.id(), result.code(), result.error())
                : DocumentJson.toJson(result.id(), result.document()));
        flush();
    }
}
