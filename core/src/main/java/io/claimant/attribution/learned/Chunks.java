package io.claimant.attribution.learned;

import java.util.ArrayList;
import java.util.List;

/** Reads BIO labels back as chunks. */
final class Chunks {

    private Chunks() {
    }

    /**
     * The {@code [begin, end)} ranges labelled {@code B-type I-type*}, offset by {@code base}. A stray "I-type"
     * (which the decoder never gives, but a hand-built sequence might) starts a chunk too.
     */
    static List<int[]> of(String[] labels, String type, int base) {
        List<int[]> out = new ArrayList<>();
        String b = "B-" + type;
        String in = "I-" + type;
        int start = -1;
        for (int i = 0; i <= labels.length; i++) {
            String l = i < labels.length ? labels[i] : "O";
            boolean continues = l.equals(in) && start >= 0;
            if (!continues && start >= 0) {
                out.add(new int[] {base + start, base + i});
                start = -1;
            }
            if (l.equals(b) || l.equals(in) && start < 0) {
                start = i;
            }
        }
        return out;
    }
}
