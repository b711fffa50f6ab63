package io.claimant.attribution.learned.tagging;

import io.claimant.attribution.learned.model.LinearModel;
import io.claimant.attribution.learned.model.TagSet;

/**
 * Finds the most probable label sequence under a locally normalised model whose features may read the label
 * before (a maximum-entropy Markov model), by Viterbi search. BIO labels are kept well formed: "I-X" may only
 * follow "B-X" or "I-X". Labels that are fixed in advance (the cue's own tokens) are honoured.
 */
final class SequenceDecoder {

    private SequenceDecoder() {
    }

    /** The best labels, and for each position the log-probability its label had given the label before it. */
    record Decoded(String[] labels, double[] logProbabilities) {
    }

    static Decoded decode(Lattice lattice) {
        LinearModel model = lattice.model;
        int n = lattice.size;
        String[] labels = model.labels();
        int m = labels.length;
        int outside = model.indexOf(TagSet.OUTSIDE);
        String[] result = new String[n];
        double[] logProbabilities = new double[n];
        if (n == 0) {
            return new Decoded(result, logProbabilities);
        }
        boolean[][] allowed = allowedTransitions(lattice.tags, labels);
        double[][] best = new double[n][m];
        int[][] back = new int[n][m];
        double[] scores = new double[m];
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(best[i], Double.NEGATIVE_INFINITY);
            int fixed = lattice.fixed[i];
            for (int prev = 0; prev < m; prev++) {
                double from = i == 0 ? (prev == outside ? 0 : Double.NEGATIVE_INFINITY) : best[i - 1][prev];
                if (from == Double.NEGATIVE_INFINITY) {
                    continue;
                }
                if (fixed >= 0) {
                    // A fixed position takes its label from the best allowed path into it, at no cost.
                    if (allowed[prev][fixed] && from > best[i][fixed]) {
                        best[i][fixed] = from;
                        back[i][fixed] = prev;
                    }
                    continue;
                }
                double[] base = lattice.observed[i];
                double[] transition = lattice.transitions[i][prev];
                for (int y = 0; y < m; y++) {
                    scores[y] = base[y] + transition[y];
                }
                model.toLogProbabilities(scores);
                for (int y = 0; y < m; y++) {
                    double s = from + scores[y];
                    if (allowed[prev][y] && s > best[i][y]) {
                        best[i][y] = s;
                        back[i][y] = prev;
                    }
                }
            }
        }
        int y = 0;
        for (int k = 1; k < m; k++) {
            if (best[n - 1][k] > best[n - 1][y]) {
                y = k;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            result[i] = labels[y];
            int prev = back[i][y];
            logProbabilities[i] = best[i][y] - (i == 0 ? 0 : best[i - 1][prev]);
            y = prev;
        }
        return new Decoded(result, logProbabilities);
    }

    private static boolean[][] allowedTransitions(TagSet tags, String[] labels) {
        int m = labels.length;
        boolean[][] allowed = new boolean[m][m];
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < m; b++) {
                allowed[a][b] = tags.allowed(labels[a], labels[b]);
            }
        }
        return allowed;
    }
}
