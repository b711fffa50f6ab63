package io.claimant.pipeline;

import java.util.Locale;

/**
 * How long one document may take: {@code base} seconds plus {@code perTenThousandChars} seconds for every 10,000
 * characters of its text. The default, 30 s + 1 s per 10,000 characters, lets a large but ordinary file finish
 * (ordinary news runs at well over 10,000 characters a second on one core) while a pathological one is stopped.
 * A budget of zero means no limit.
 */
public record TimeBudget(double base, double perTenThousandChars) {

    public static final TimeBudget DEFAULT = new TimeBudget(30, 1);
    public static final TimeBudget NONE = new TimeBudget(0, 0);

    public TimeBudget {
        if (base < 0 || perTenThousandChars < 0 || Double.isNaN(base) || Double.isNaN(perTenThousandChars)) {
            throw new IllegalArgumentException("a time budget cannot be negative: " + base + " s + "
                    + perTenThousandChars + " s per 10,000 characters");
        }
    }

    /** The same number of seconds whatever the document's size. */
    public static TimeBudget fixed(double seconds) {
        return new TimeBudget(seconds, 0);
    }

    public boolean isLimited() {
        return base > 0 || perTenThousandChars > 0;
    }

    /** The budget in seconds for a text of {@code chars} characters; 0 when unlimited. */
    public double secondsFor(long chars) {
        return isLimited() ? base + perTenThousandChars * chars / 10_000.0 : 0;
    }

    /** The deadline, from now, for a text of {@code chars} characters. */
    public Deadline deadlineFor(long chars) {
        return isLimited() ? Deadline.in(secondsFor(chars)) : Deadline.none();
    }

    @Override
    public String toString() {
        if (!isLimited()) {
            return "none";
        }
        return perTenThousandChars == 0 ? String.format(Locale.ROOT, "%.1f s", base)
                : String.format(Locale.ROOT, "%.1f s + %.1f s per 10,000 characters", base, perTenThousandChars);
    }
}
