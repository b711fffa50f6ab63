package io.claimant.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The fixed pairing rule: a gold and a predicted span match when the characters they share cover at least
 * half of each; pairs are one-to-one and chosen largest overlap first, so one prediction cannot be counted
 * against two gold spans.
 */
public final class OverlapMatcher {

    /** A matched pair: indices into the gold and predicted lists. */
    public record Pair(int gold, int pred) {
    }

    private OverlapMatcher() {
    }

    public static List<Pair> match(List<SpanSet> gold, List<SpanSet> pred) {
        return match(gold, pred, true);
    }

    /** With {@code halfEach} false, any shared character makes a candidate pair (entity overlap scores). */
    public static List<Pair> match(List<SpanSet> gold, List<SpanSet> pred, boolean halfEach) {
        List<int[]> candidates = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            SpanSet gs = gold.get(g);
            if (gs == null || gs.isEmpty()) {
                continue;
            }
            for (int p = 0; p < pred.size(); p++) {
                SpanSet ps = pred.get(p);
                if (ps == null || ps.isEmpty() || ps.end() <= gs.begin() || gs.end() <= ps.begin()) {
                    continue;
                }
                int shared = gs.overlap(ps);
                boolean ok = halfEach ? 2 * shared >= gs.length() && 2 * shared >= ps.length() : shared > 0;
                if (shared > 0 && ok) {
                    candidates.add(new int[] {g, p, shared});
                }
            }
        }
        candidates.sort(Comparator.<int[]>comparingInt(c -> -c[2]).thenComparingInt(c -> c[0]).thenComparingInt(c -> c[1]));
        boolean[] goldUsed = new boolean[gold.size()];
        boolean[] predUsed = new boolean[pred.size()];
        List<Pair> pairs = new ArrayList<>();
        for (int[] c : candidates) {
            if (!goldUsed[c[0]] && !predUsed[c[1]]) {
                goldUsed[c[0]] = true;
                predUsed[c[1]] = true;
                pairs.add(new Pair(c[0], c[1]));
            }
        }
        pairs.sort(Comparator.comparingInt(Pair::gold));
        return pairs;
    }

    /** One-to-one pairs of identical spans. */
    public static List<Pair> exact(List<SpanSet> gold, List<SpanSet> pred) {
        boolean[] predUsed = new boolean[pred.size()];
        List<Pair> pairs = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < pred.size(); p++) {
                if (!predUsed[p] && gold.get(g) != null && pred.get(p) != null && !gold.get(g).isEmpty()
                        && gold.get(g).sameAs(pred.get(p))) {
                    predUsed[p] = true;
                    pairs.add(new Pair(g, p));
                    break;
                }
            }
        }
        return pairs;
    }
}
