package io.claimant.pipeline;

/** Thrown by {@link Deadline#check()} when a document has run past its time budget; the document fails with {@link ErrorCode#TIME_LIMIT}. */
public final class TimeLimitExceededException extends RuntimeException {

    public TimeLimitExceededException(double seconds) {
        super(String.format(java.util.Locale.ROOT, "time limit: stopped after its budget of %.1f s", seconds));
    }
}
