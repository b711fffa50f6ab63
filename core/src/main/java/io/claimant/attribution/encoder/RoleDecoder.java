package io.claimant.attribution.encoder;

import io.claimant.attribution.learned.model.TagSet;

/**
 * The best well-formed label sequence over a document's tokens, given each token's label log-probabilities from
 * the encoder (Viterbi): "I-X" only continues a span of X, so a span never starts in the middle. The encoder
 * scores each token on its own; the decoder adds only this constraint.
 */
public final class RoleDecoder {

    /** The labels, and the probability the encoder gave each chosen label. */
    public record Decoded(String[] labels, double[] probabilities) {
    }

    private final TagSet tags;
    private final String[] labels;
    private final boolean[][] allowed;
    private final float[] bias;

    public RoleDecoder(TagSet tags) {
        this(tags, new float[tags.labels().length]);
    }

    /** @param bias added to each label's log-probability before the search, in the order of the labels */
    public RoleDecoder(TagSet tags, float[] bias) {
        this.tags = tags;
        this.bias = bias.clone();
        this.labels = tags.labels();
        allowed = new boolean[labels.length][labels.length];
        for (int a = 0; a < labels.length; a++) {
            for (int b = 0; b < labels.length; b++) {
                allowed[a][b] = tags.allowed(labels[a], labels[b]);
            }
        }
    }

    public TagSet tags() {
        return tags;
    }

    /** @param logProbabilities one row per token, in the order of {@link TagSet#labels()} */
    public Decoded decode(float[][] logProbabilities) {
        int n = logProbabilities.length;
        int m = labels.length;
        String[] out = new String[n];
        double[] probabilities = new double[n];
        if (n == 0) {
            return new Decoded(out, probabilities);
        }
        double[][] best = new double[n][m];
        int[][] back = new int[n][m];
        for (int y = 0; y < m; y++) {
            best[0][y] = allowed[0][y] ? logProbabilities[0][y] + bias[y] : Double.NEGATIVE_INFINITY;
        }
        for (int i = 1; i < n; i++) {
            for (int y = 0; y < m; y++) {
                best[i][y] = Double.NEGATIVE_INFINITY;
                for (int prev = 0; prev < m; prev++) {
                    double s = best[i - 1][prev];
                    if (allowed[prev][y] && s > best[i][y]) {
                        best[i][y] = s;
                        back[i][y] = prev;
                    }
                }
                best[i][y] += logProbabilities[i][y] + bias[y];
            }
        }
        int y = 0;
        for (int k = 1; k < m; k++) {
            if (best[n - 1][k] > best[n - 1][y]) {
                y = k;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            out[i] = labels[y];
            probabilities[i] = Math.exp(logProbabilities[i][y]);
            y = back[i][y];
        }
        return new Decoded(out, probabilities);
    }
}
