package io.claimant.pipeline;

/**
 * When the document being processed on this thread must be finished. Annotators stop cooperatively: they call
 * {@link #check()} between sentences and inside loops whose length grows with the document, and the check throws
 * {@link TimeLimitExceededException} once the time is up. Calls made to libraries that cannot check (a tagger on one
 * sentence) are kept short by bounding their input instead, so that the gap between two checks stays small.
 *
 * <p>The deadline is held per thread because it belongs to the document a worker is on, and passing it through
 * every method between the pipeline and an inner loop would add a parameter to dozens of signatures that have no
 * other use for it. {@link Pipeline} sets it around each document and clears it after.
 */
public final class Deadline {

    private static final ThreadLocal<Deadline> CURRENT = new ThreadLocal<>();
    private static final Deadline NONE = new Deadline(Long.MAX_VALUE, 0);

    private final long endNanos;
    private final double seconds;

    private Deadline(long endNanos, double seconds) {
        this.endNanos = endNanos;
        this.seconds = seconds;
    }

    /** No limit. */
    public static Deadline none() {
        return NONE;
    }

    /** A deadline {@code seconds} from now; zero or less, or infinite, means no limit. */
    public static Deadline in(double seconds) {
        if (!(seconds > 0) || Double.isInfinite(seconds)) {
            return NONE;
        }
        return new Deadline(System.nanoTime() + (long) (seconds * 1e9), seconds);
    }

    public boolean isLimited() {
        return this != NONE;
    }

    /** The budget this deadline was made with, in seconds (0 for none). */
    public double seconds() {
        return seconds;
    }

    /** Whether this deadline comes before {@code other} (none comes before nothing). */
    public boolean endsBefore(Deadline other) {
        return this != NONE && (other == NONE || endNanos - other.endNanos < 0);
    }

    /** Nanoseconds left ({@link System#nanoTime()} scale); Long.MAX_VALUE for none, negative once passed. */
    long nanosLeft() {
        return this == NONE ? Long.MAX_VALUE : endNanos - System.nanoTime();
    }

    public boolean passed() {
        return this != NONE && System.nanoTime() - endNanos > 0;
    }

    /** Throws once the deadline has passed. */
    public void checkNow() {
        if (passed()) {
            throw new TimeLimitExceededException(seconds);
        }
    }

    /** The deadline of the document this thread is processing ({@link #none()} outside a pipeline). */
    public static Deadline current() {
        Deadline d = CURRENT.get();
        return d == null ? NONE : d;
    }

    /** Throws {@link TimeLimitExceededException} when the current document is past its deadline. Cheap: call often. */
    public static void check() {
        Deadline d = CURRENT.get();
        if (d != null) {
            d.checkNow();
        }
    }

    /** Runs {@code work} with this as the thread's deadline, restoring the previous one after. */
    public <T> T run(java.util.function.Supplier<T> work) {
        Deadline previous = CURRENT.get();
        CURRENT.set(this);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }
}
