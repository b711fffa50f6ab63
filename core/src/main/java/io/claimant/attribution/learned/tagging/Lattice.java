package io.claimant.attribution.learned.tagging;

import io.claimant.attribution.learned.features.FeatureHashes;
import io.claimant.attribution.learned.model.LinearModel;
import io.claimant.attribution.learned.model.TagSet;

import java.util.HashMap;
import java.util.Map;

/**
 * The scores a sequence model gives one sequence, ready for {@link SequenceDecoder}: for each position the
 * scores of its observed features (or a label fixed in advance), and the scores its transition features add
 * for each label before. Positions whose transition features are the same share one array of them, so those
 * features are scored once per distinct key rather than once per position.
 *
 * <p>Feature extraction fills the lattice and the decoder only does arithmetic on it: kept apart, each is
 * small enough for the JIT compiler to compile once, where one method doing both was recompiled over and over.
 */
final class Lattice {

    final LinearModel model;
    final TagSet tags;
    final int size;
    final int labels;
    final double[][] observed;
    final int[] fixed;
    final double[][][] transitions;
    private final Map<Long, double[][]> shared = new HashMap<>();
    private final FeatureHashes scratch = new FeatureHashes();

    Lattice(LinearModel model, TagSet tags, int size) {
        this.model = model;
        this.tags = tags;
        this.size = size;
        this.labels = model.labelCount();
        this.observed = new double[size][];
        this.fixed = new int[size];
        this.transitions = new double[size][][];
        java.util.Arrays.fill(fixed, -1);
    }

    /** An empty feature buffer to fill for the next call. */
    FeatureHashes features() {
        scratch.clear();
        return scratch;
    }

    /** Fixes {@code position} to the outside label: a token the model is not asked about. */
    void fixOutside(int position) {
        fixed[position] = model.indexOf(TagSet.OUTSIDE);
    }

    /** Scores the features in {@code features} for {@code position}, starting from {@code bias} (or zero). */
    void observe(int position, FeatureHashes features, double[] bias) {
        double[] scores = bias == null ? new double[labels] : bias.clone();
        model.addScores(features, scores);
        observed[position] = scores;
    }

    /** The transition scores already computed for {@code key}, or null; 0 is never shared. */
    double[][] shared(long key) {
        return key == 0 ? null : shared.get(key);
    }

    /** Records the transition scores of {@code position} (one row per label before), shared under {@code key}. */
    void transitions(int position, long key, double[][] scores) {
        transitions[position] = scores;
        if (key != 0) {
            shared.put(key, scores);
        }
    }

    /** Fills the transition features of one position for one label before it. */
    interface TransitionFeatures {
        void fill(String previousLabel, FeatureHashes out);
    }

    /**
     * Records the transition scores of {@code position}: those already computed for {@code key}, or else one row per
     * label before, scored from {@code features} and shared under {@code key}.
     */
    void transitions(int position, long key, TransitionFeatures features) {
        double[][] scores = shared(key);
        if (scores == null) {
            scores = new double[labels][];
            for (int prev = 0; prev < labels; prev++) {
                FeatureHashes f = features();
                features.fill(model.label(prev), f);
                scores[prev] = score(f);
            }
        }
        transitions(position, key, scores);
    }

    /** Scores {@code features} alone, for one transition row. */
    double[] score(FeatureHashes features) {
        double[] scores = new double[labels];
        model.addScores(features, scores);
        return scores;
    }
}
