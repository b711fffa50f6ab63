package io.claimant.attribution.learned;

import java.util.List;

/**
 * One attribution as the two sequence models found it, in document token indices.
 *
 * @param cueProbability     the cue model's probability for the cue's first label
 * @param contentProbability the role model's mean probability over the content's labels
 * @param source             {@code [begin, end)}, or null
 * @param content            {@code [begin, end)} chunks in order
 */
record Found(CueSpan cue, double cueProbability, int[] source, List<int[]> content, double contentProbability) {

    int contentBegin() {
        return content.get(0)[0];
    }

    int contentEnd() {
        return content.get(content.size() - 1)[1];
    }

    boolean contentHolds(int token) {
        for (int[] c : content) {
            if (c[0] <= token && token < c[1]) {
                return true;
            }
        }
        return false;
    }

    int contentSize() {
        int n = 0;
        for (int[] c : content) {
            n += c[1] - c[0];
        }
        return n;
    }
}
