package io.claimant.attribution.learned.steps;

import io.claimant.document.Span;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A fixed set of spans that answers "does any overlap this span?" and "does any contain it?" in logarithmic time:
 * spans sorted by start, with the furthest end reached by any span up to each position. Checking each of n
 * candidates against each of m others would be quadratic on a document with thousands of claims.
 */
final class SpanIndex {

    private final int[] begins;
    /** maxEnd[i]: the largest end among the spans 0..i in start order. */
    private final int[] maxEnd;

    SpanIndex(List<Span> spans) {
        Span[] sorted = spans.toArray(new Span[0]);
        Arrays.sort(sorted, Comparator.comparingInt(Span::begin));
        begins = new int[sorted.length];
        maxEnd = new int[sorted.length];
        int furthest = Integer.MIN_VALUE;
        for (int i = 0; i < sorted.length; i++) {
            begins[i] = sorted[i].begin();
            furthest = Math.max(furthest, sorted[i].end());
            maxEnd[i] = furthest;
        }
    }

    /** Whether some span shares a character with {@code s} (starts before it ends and ends after it starts). */
    boolean overlapsAny(Span s) {
        int last = lastStartingBefore(s.end());
        return last >= 0 && maxEnd[last] > s.begin();
    }

    /** Whether some span contains {@code s} (starts at or before it and ends at or after it). */
    boolean containsAny(Span s) {
        int last = lastStartingBefore(s.begin() + 1);
        return last >= 0 && maxEnd[last] >= s.end();
    }

    /** Index of the last span (in start order) whose start is below {@code limit}, or -1. */
    private int lastStartingBefore(int limit) {
        int lo = 0;
        int hi = begins.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (begins[mid] < limit) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
