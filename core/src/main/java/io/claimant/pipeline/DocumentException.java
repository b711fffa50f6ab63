package io.claimant.pipeline;

/**
 * A document that could not be processed, with the {@link ErrorCode} that says why. Thrown by the Java API
 * ({@code Claimant.extract}, {@link Pipeline#annotate}); a batch turns it into a failed {@link DocumentResult}.
 */
public class DocumentException extends RuntimeException implements CodedFailure {

    private final ErrorCode code;

    public DocumentException(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    @Override
    public ErrorCode code() {
        return code;
    }
}
