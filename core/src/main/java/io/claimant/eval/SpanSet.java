package io.claimant.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A possibly discontinuous span as scored: sorted, non-overlapping fragments in code points, end exclusive.
 * Gold and predicted spans of every kind are compared as SpanSets.
 */
public record SpanSet(List<int[]> fragments) {

    public SpanSet {
        List<int[]> sorted = new ArrayList<>();
        for (int[] f : fragments) {
            if (f[1] > f[0]) {
                sorted.add(new int[] {f[0], f[1]});
            }
        }
        sorted.sort(Comparator.comparingInt(f -> f[0]));
        fragments = List.copyOf(sorted);
    }

    public static SpanSet of(int begin, int end) {
        return new SpanSet(List.of(new int[] {begin, end}));
    }

    public boolean isEmpty() {
        return fragments.isEmpty();
    }

    public int begin() {
        return fragments.get(0)[0];
    }

    public int end() {
        return fragments.get(fragments.size() - 1)[1];
    }

    public int length() {
        int n = 0;
        for (int[] f : fragments) {
            n += f[1] - f[0];
        }
        return n;
    }

    /** Characters the two sets share. */
    public int overlap(SpanSet other) {
        int shared = 0;
        for (int[] a : fragments) {
            for (int[] b : other.fragments) {
                shared += Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
            }
        }
        return shared;
    }

    public String text(CodePointText text) {
        StringBuilder sb = new StringBuilder();
        for (int[] f : fragments) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(text.slice(f[0], f[1]));
        }
        return sb.toString();
    }

    public boolean sameAs(SpanSet other) {
        if (fragments.size() != other.fragments.size()) {
            return false;
        }
        for (int i = 0; i < fragments.size(); i++) {
            if (fragments.get(i)[0] != other.fragments.get(i)[0] || fragments.get(i)[1] != other.fragments.get(i)[1]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int[] f : fragments) {
            sb.append(sb.length() == 0 ? "" : ";").append(f[0]).append('-').append(f[1]);
        }
        return sb.toString();
    }
}
