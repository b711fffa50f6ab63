package io.claimant.attribution.learned;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the most probable label sequence under a locally normalised model whose features may read the label
 * before (a maximum-entropy Markov model), by Viterbi search. BIO labels are kept well formed: "I-X" may only
 * follow "B-X" or "I-X". Labels that are fixed in advance (the cue's own tokens) are honoured.
 */
final class SequenceDecoder {

    /** Features of one position: those that do not read the label before, and those that do. */
    interface Positions {
        int size();

        void observed(int position, List<String> out);

        void transition(int position, String previous, List<String> out);

        /** A label the position must take, or null. */
        default String fixed(int position) {
            return null;
        }
    }

    private SequenceDecoder() {
    }

    /** The best labels, and for each position the log-probability its label had given the label before it. */
    record Decoded(String[] labels, double[] logProbabilities) {
    }

    static String[] decode(LinearModel model, Positions positions) {
        return decode(model, positions, null).labels();
    }

    /**
     * As {@link #decode(LinearModel, Positions)}, with {@code bias} added to each label's score before
     * normalising: a prior that trades precision for recall on a rare label, chosen on validation data.
     */
    static Decoded decode(LinearModel model, Positions positions, double[] bias) {
        int n = positions.size();
        String[] labels = model.labels();
        int m = labels.length;
        int outside = model.indexOf("O");
        String[] result = new String[n];
        double[] logProbabilities = new double[n];
        if (n == 0) {
            return new Decoded(result, logProbabilities);
        }
        boolean[][] allowed = allowedTransitions(labels);
        double[][] best = new double[n][m];
        int[][] back = new int[n][m];
        List<String> features = new ArrayList<>(64);
        double[] base = new double[m];
        double[] scores = new double[m];
        for (int i = 0; i < n; i++) {
            features.clear();
            positions.observed(i, features);
            if (bias == null) {
                java.util.Arrays.fill(base, 0);
            } else {
                System.arraycopy(bias, 0, base, 0, m);
            }
            model.addScores(features, base);
            String fixed = positions.fixed(i);
            int fixedIndex = fixed == null ? -1 : model.indexOf(fixed);
            for (int y = 0; y < m; y++) {
                best[i][y] = Double.NEGATIVE_INFINITY;
            }
            for (int prev = 0; prev < m; prev++) {
                double from = i == 0 ? (prev == outside ? 0 : Double.NEGATIVE_INFINITY) : best[i - 1][prev];
                if (from == Double.NEGATIVE_INFINITY) {
                    continue;
                }
                features.clear();
                positions.transition(i, labels[prev], features);
                System.arraycopy(base, 0, scores, 0, m);
                model.addScores(features, scores);
                model.toLogProbabilities(scores);
                for (int y = 0; y < m; y++) {
                    if (!allowed[prev][y] || fixedIndex >= 0 && y != fixedIndex) {
                        continue;
                    }
                    double s = from + (fixedIndex >= 0 ? 0 : scores[y]);
                    if (s > best[i][y]) {
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

    private static boolean[][] allowedTransitions(String[] labels) {
        int m = labels.length;
        boolean[][] allowed = new boolean[m][m];
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < m; b++) {
                String to = labels[b];
                allowed[a][b] = !to.startsWith("I") || labels[a].length() > 1
                        && labels[a].substring(1).equals(to.substring(1));
            }
        }
        return allowed;
    }
}
