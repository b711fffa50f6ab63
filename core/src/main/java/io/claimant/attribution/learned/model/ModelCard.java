package io.claimant.attribution.learned.model;

import java.util.List;
import java.util.Map;

/**
 * What a model says about itself: the feature code it was trained with (its fingerprint), the learner and its
 * settings, the files it was trained on and the ones it was chosen on, and its scores. Stored in the model file
 * as {@code card.json}; nothing in it varies between two runs on the same data, so training stays byte-for-byte
 * reproducible.
 *
 * @param featureFingerprint {@link FeatureFingerprint#current()} at training time; loading checks it
 * @param learner            e.g. "liblinear L2R_LR C=0.5"
 * @param trainingFiles      the annotation files trained on, as corpus-relative names
 * @param validationFiles    texts held out of training to choose settings on
 * @param scores             named scores, e.g. "validation.content_overlap_f1" → 0.71
 */
public record ModelCard(int formatVersion, String featureFingerprint, String learner, Map<String, String> settings,
                        List<String> corpora, List<String> trainingFiles, List<String> validationFiles,
                        Map<String, Double> scores) {

    public static final int FORMAT_VERSION = 1;

    public ModelCard {
        settings = Map.copyOf(settings);
        corpora = List.copyOf(corpora);
        trainingFiles = List.copyOf(trainingFiles);
        validationFiles = List.copyOf(validationFiles);
        scores = Map.copyOf(scores);
    }

    /** Added to the cue labels' scores when tagging: the balance of precision and recall chosen on validation. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public double cueBias() {
        return Double.parseDouble(settings.getOrDefault("cue_bias", "0"));
    }

    /** The steps after decoding the model was chosen with, in order. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public List<String> steps() {
        boolean fallback = Boolean.parseBoolean(settings.getOrDefault("rule_fallback", "true"));
        return io.claimant.attribution.learned.steps.Steps.DEFAULT.stream()
                .filter(s -> fallback || !s.equals(io.claimant.attribution.learned.steps.Steps.RULE_FALLBACK)).toList();
    }

    public ModelCard withScores(Map<String, Double> newScores) {
        return new ModelCard(formatVersion, featureFingerprint, learner, settings, corpora, trainingFiles,
                validationFiles, newScores);
    }
}
