package io.claimant.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A document's mentions by start offset, so that "the mentions inside this span" costs a binary search and the
 * hits rather than a pass over every mention. Claims, sources and sentences each ask once, and a pass each would
 * make a document with tens of thousands of claims quadratic.
 *
 * <p>Answers come in the order of the mention list, whatever order it is in: callers that keep the first of
 * several mentions of an entity then behave exactly as a scan of the whole list would.
 */
public final class MentionIndex {

    private final List<EntityMention> mentions;
    /** Positions in {@link #mentions}, ordered by begin (then position). */
    private final int[] byBegin;
    private final int[] begins;
    /** Whether the list itself is in begin order (as grouped entities leave it): then positions are list indices. */
    private final boolean sorted;

    MentionIndex(List<EntityMention> mentions) {
        this.mentions = mentions;
        Integer[] order = new Integer[mentions.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> a.equals(b) ? 0
                : mentions.get(a).begin() != mentions.get(b).begin()
                ? Integer.compare(mentions.get(a).begin(), mentions.get(b).begin()) : Integer.compare(a, b));
        this.byBegin = new int[order.length];
        this.begins = new int[order.length];
        boolean inOrder = true;
        for (int i = 0; i < order.length; i++) {
            byBegin[i] = order[i];
            begins[i] = mentions.get(order[i]).begin();
            inOrder &= order[i] == i;
        }
        this.sorted = inOrder;
    }

    /** The mentions whose span lies inside {@code span}, in list order. */
    public List<EntityMention> within(Span span) {
        int from = SortedByStart.firstAtLeast(begins, span.begin());
        List<EntityMention> out = new ArrayList<>();
        if (sorted) {
            for (int i = from; i < begins.length && begins[i] <= span.end(); i++) {
                EntityMention m = mentions.get(i);
                if (m.end() <= span.end()) {
                    out.add(m);
                }
            }
            return out;
        }
        List<Integer> hits = new ArrayList<>();
        for (int i = from; i < begins.length && begins[i] <= span.end(); i++) {
            if (mentions.get(byBegin[i]).end() <= span.end()) {
                hits.add(byBegin[i]);
            }
        }
        hits.sort(null);
        for (int h : hits) {
            out.add(mentions.get(h));
        }
        return out;
    }

    /**
     * The number of leading list entries a backward scan for mentions beginning before {@code offset} must look
     * at: when the list is in begin order, only those that begin before it; otherwise all of them.
     */
    public int scanLimitBefore(int offset) {
        return sorted ? SortedByStart.firstAtLeast(begins, offset) : mentions.size();
    }
}
