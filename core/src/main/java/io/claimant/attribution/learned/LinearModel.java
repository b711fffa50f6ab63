package io.claimant.attribution.learned;

import java.util.List;
import java.util.Map;

/**
 * A trained linear classifier over string features: one weight per (feature, label). Immutable and thread-safe.
 * How scores turn into probabilities depends on how it was trained: a softmax for a multinomial model
 * (maximum entropy), or normalised one-against-the-rest sigmoids (liblinear's logistic regression).
 */
public final class LinearModel {

    /** How the learner meant its scores to be read as probabilities. */
    public enum Link { SOFTMAX, ONE_VS_REST }

    private final String[] labels;
    private final Map<String, float[]> weights;
    private final Link link;

    public LinearModel(String[] labels, Map<String, float[]> weights, Link link) {
        this.labels = labels.clone();
        this.weights = Map.copyOf(weights);
        this.link = link;
        for (var e : weights.entrySet()) {
            if (e.getValue().length != labels.length) {
                throw new IllegalArgumentException("feature " + e.getKey() + " has " + e.getValue().length
                        + " weights for " + labels.length + " labels");
            }
        }
    }

    public String[] labels() {
        return labels.clone();
    }

    public int labelCount() {
        return labels.length;
    }

    public String label(int index) {
        return labels[index];
    }

    public int indexOf(String label) {
        for (int k = 0; k < labels.length; k++) {
            if (labels[k].equals(label)) {
                return k;
            }
        }
        throw new IllegalArgumentException("no label " + label);
    }

    public Map<String, float[]> weights() {
        return weights;
    }

    public Link link() {
        return link;
    }

    /** Adds the weights of {@code features} to {@code scores}; unknown features weigh nothing. */
    public void addScores(List<String> features, double[] scores) {
        for (int f = 0, n = features.size(); f < n; f++) {
            float[] w = weights.get(features.get(f));
            if (w != null) {
                for (int k = 0; k < w.length; k++) {
                    scores[k] += w[k];
                }
            }
        }
    }

    /** Log-probabilities of each label from summed scores, in place. */
    public void toLogProbabilities(double[] scores) {
        if (link == Link.SOFTMAX) {
            double max = Double.NEGATIVE_INFINITY;
            for (double s : scores) {
                max = Math.max(max, s);
            }
            double sum = 0;
            for (double s : scores) {
                sum += Math.exp(s - max);
            }
            double log = max + Math.log(sum);
            for (int k = 0; k < scores.length; k++) {
                scores[k] -= log;
            }
        } else {
            double sum = 0;
            for (int k = 0; k < scores.length; k++) {
                scores[k] = 1 / (1 + Math.exp(-scores[k]));
                sum += scores[k];
            }
            for (int k = 0; k < scores.length; k++) {
                scores[k] = Math.log(scores[k] / sum);
            }
        }
    }
}
