package io.claimant.pipeline;

/**
 * The size limit and the time budget each document gets, the same for the CLI, the Java API, the server and
 * Spark. The size limit is checked before an input is read (by the text decoder of the input package) and again on
 * text handed to the API directly.
 *
 * @param maxBytes the largest input, in bytes of its encoded form (UTF-8 for text handed in as a string)
 * @param budget   how long one document may take
 */
public record DocumentLimits(long maxBytes, TimeBudget budget) {

    /** 10 MiB: a hundred times the longest news article, small enough that a worker's heap copes. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    public static final DocumentLimits DEFAULT = new DocumentLimits(DEFAULT_MAX_BYTES, TimeBudget.DEFAULT);

    /** No limits, for training and evaluation on corpora the user vouches for. */
    public static final DocumentLimits NONE = new DocumentLimits(Long.MAX_VALUE, TimeBudget.NONE);

    public DocumentLimits {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("the size limit must be at least 1 byte, got " + maxBytes);
        }
        java.util.Objects.requireNonNull(budget, "budget");
    }

    public DocumentLimits withMaxBytes(long bytes) {
        return new DocumentLimits(bytes, budget);
    }

    public DocumentLimits withBudget(TimeBudget newBudget) {
        return new DocumentLimits(maxBytes, newBudget);
    }
}
