package io.claimant.pipeline;

import java.util.Locale;

/** Thrown by {@link Deadline#check()} when a document has run past its time budget. */
public final class TimeLimitExceededException extends DocumentException {

    public TimeLimitExceededException(double seconds) {
        super(ErrorCode.TIME_LIMIT, String.format(Locale.ROOT, "time limit: stopped after its budget of %.1f s", seconds));
    }
}
