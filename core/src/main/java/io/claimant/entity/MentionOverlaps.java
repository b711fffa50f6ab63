package io.claimant.entity;

import io.claimant.document.EntityMention;
import io.claimant.document.SortedByStart;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Whether any of a fixed set of mentions overlaps a span, by binary search: mentions sorted by begin, and the
 * farthest end among each prefix. Asked once per candidate mention, a pass over every mention was quadratic.
 */
final class MentionOverlaps {

    private final int[] begins;
    private final int[] farthestEnd;

    MentionOverlaps(Collection<EntityMention> mentions) {
        List<EntityMention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparingInt(EntityMention::begin));
        begins = new int[sorted.size()];
        farthestEnd = new int[sorted.size()];
        int farthest = Integer.MIN_VALUE;
        for (int i = 0; i < begins.length; i++) {
            begins[i] = sorted.get(i).begin();
            farthest = Math.max(farthest, sorted.get(i).end());
            farthestEnd[i] = farthest;
        }
    }

    /** A mention that begins before {@code end} and ends after {@code begin}. */
    boolean any(int begin, int end) {
        int before = SortedByStart.firstAtLeast(begins, end);
        return before > 0 && farthestEnd[before - 1] > begin;
    }
}
