package io.claimant.pipeline;

import io.claimant.document.Document;

/**
 * The outcome for one input of a batch: a document, or the error that stopped it, with its code. Exactly one of
 * {@code document} and {@code error} is non-null, and {@code code} is null exactly when the document succeeded.
 */
public record DocumentResult(String id, Document document, ErrorCode code, String error, double seconds) {

    public static DocumentResult success(Document document, double seconds) {
        return new DocumentResult(document.id(), document, null, null, seconds);
    }

    public static DocumentResult failure(String id, ErrorCode code, String error, double seconds) {
        return new DocumentResult(id, null, java.util.Objects.requireNonNull(code, "code"), error, seconds);
    }

    public boolean failed() {
        return error != null;
    }
}
