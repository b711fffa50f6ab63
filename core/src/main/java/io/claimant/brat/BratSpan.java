package io.claimant.brat;

import java.util.List;

/** One text-bound annotation ("T" line): a type and one or more fragments, in code points, end exclusive. */
public record BratSpan(String id, String type, List<int[]> fragments, String text) {

    public BratSpan {
        fragments = List.copyOf(fragments);
    }

    public int begin() {
        return fragments.get(0)[0];
    }

    public int end() {
        return fragments.get(fragments.size() - 1)[1];
    }
}
