package io.claimant.pipeline;

/**
 * An annotator returned a document without a layer it declared in {@link Annotator#provides()}: a bug in that
 * annotator. It fails the one document being processed; a batch records it and goes on.
 */
public final class MissingLayersException extends IllegalStateException {

    public MissingLayersException(String message) {
        super(message);
    }
}
