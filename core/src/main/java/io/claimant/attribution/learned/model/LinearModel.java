package io.claimant.attribution.learned.model;

import io.claimant.attribution.learned.features.FeatureHashes;

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
    /** Feature strings in sorted order, and their weights row after row: compact, and written as they are. */
    private final String[] features;
    private final float[] weights;
    private final FeatureTable table;
    private final Link link;

    /**
     * From features already in sorted order with their weights row after row, as a model file holds them: no map
     * and no sort, so a model loads in a fraction of the time.
     */
    LinearModel(String[] labels, String[] sortedFeatures, float[] weights, Link link) {
        if (weights.length != sortedFeatures.length * labels.length) {
            throw new IllegalArgumentException(sortedFeatures.length + " features but " + weights.length + " weights");
        }
        for (int f = 1; f < sortedFeatures.length; f++) {
            if (sortedFeatures[f - 1].compareTo(sortedFeatures[f]) >= 0) {
                throw new IllegalArgumentException("features not in sorted order at " + sortedFeatures[f]);
            }
        }
        this.labels = labels.clone();
        this.link = link;
        this.features = sortedFeatures;
        this.weights = weights;
        this.table = new FeatureTable(sortedFeatures);
    }

    public LinearModel(String[] labels, Map<String, float[]> weights, Link link) {
        this.labels = labels.clone();
        this.link = link;
        this.features = weights.keySet().toArray(new String[0]);
        java.util.Arrays.sort(features);
        this.weights = new float[features.length * labels.length];
        for (int f = 0; f < features.length; f++) {
            float[] w = weights.get(features[f]);
            if (w.length != labels.length) {
                throw new IllegalArgumentException("feature " + features[f] + " has " + w.length
                        + " weights for " + labels.length + " labels");
            }
            System.arraycopy(w, 0, this.weights, f * labels.length, labels.length);
        }
        this.table = new FeatureTable(features);
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

    /** Every feature with its weights, in sorted order of the features (a copy). */
    public Map<String, float[]> weights() {
        Map<String, float[]> out = new java.util.LinkedHashMap<>();
        for (int f = 0; f < features.length; f++) {
            out.put(features[f], java.util.Arrays.copyOfRange(weights, f * labels.length, (f + 1) * labels.length));
        }
        return out;
    }

    public int featureCount() {
        return features.length;
    }

    public Link link() {
        return link;
    }

    /** Adds the weights of {@code active} to {@code scores}; unknown features weigh nothing. */
    public void addScores(FeatureHashes active, double[] scores) {
        for (int f = 0, n = active.size(); f < n; f++) {
            addRow(table.row(active.get(f)), scores);
        }
    }

    /** Adds the weights of {@code features} to {@code scores}; unknown features weigh nothing. */
    public void addScores(List<String> active, double[] scores) {
        for (int f = 0, n = active.size(); f < n; f++) {
            addRow(table.row(active.get(f)), scores);
        }
    }

    private void addRow(int row, double[] scores) {
        if (row < 0) {
            return;
        }
        int m = labels.length;
        int base = row * m;
        for (int k = 0; k < m; k++) {
            scores[k] += weights[base + k];
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
