package io.claimant.brat;

import java.util.ArrayList;
import java.util.List;

/**
 * A quotation as brat and the guidelines mark it: with its marks, one fragment per paragraph. Each
 * paragraph after the first starts at its reopening mark, just before its text.
 */
public final class QuotationFragments {

    private QuotationFragments() {
    }

    /** {@code parts} are the quoted texts without marks, in code points; begin/end include the outer marks. */
    public static List<int[]> of(int begin, int end, List<int[]> parts) {
        List<int[]> fragments = new ArrayList<>();
        if (parts.size() <= 1) {
            fragments.add(new int[] {begin, end});
            return fragments;
        }
        for (int i = 0; i < parts.size(); i++) {
            int b = i == 0 ? begin : parts.get(i)[0] - 1;
            int e = i == parts.size() - 1 ? end : parts.get(i)[1];
            fragments.add(new int[] {b, e});
        }
        return fragments;
    }
}
