package io.claimant.document;

import java.util.List;
import java.util.function.ToIntFunction;

/** Binary search over a list kept in order of start offset (tokens, quotations, quote parts, mentions), or over the offsets alone. */
public final class SortedByStart {

    private SortedByStart() {
    }

    /** Index of the first item that starts at or after {@code offset}, or {@code items.size()} if none does. */
    public static <T> int firstFrom(List<T> items, ToIntFunction<? super T> start, int offset) {
        int lo = 0;
        int hi = items.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (start.applyAsInt(items.get(mid)) < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Index of the first value at or above {@code value} in an ascending array, or {@code sorted.length}. */
    public static int firstAtLeast(int[] sorted, int value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
