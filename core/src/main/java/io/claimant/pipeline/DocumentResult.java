package io.claimant.pipeline;

import io.claimant.document.Document;

/**
 * The outcome for one input of a batch: a document, or the error that stopped it. Exactly one is non-null.
 */
public record DocumentResult(String id, Document document, String error, double seconds) {

    public static DocumentResult success(Document document, double seconds) {
        return new DocumentResult(document.id(), document, null, seconds);
    }

    public static DocumentResult failure(String id, String error, double seconds) {
        return new DocumentResult(id, null, error, seconds);
    }

    public boolean failed() {
        return error != null;
    }
}
