package io.claimant.attribution.learned.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Map;

/**
 * What a model says about itself: the feature code it was trained with (its fingerprint), the settings it runs
 * with, how it was trained and on which files, which texts its settings were chosen on, and its scores. Stored in
 * the model file as {@code card.json}; nothing in it varies between two runs on the same data and arguments, so
 * training stays byte-for-byte reproducible.
 *
 * @param featureFingerprint {@link FeatureFingerprint#current()} at training time; loading checks it
 * @param trainingFiles      the annotation files trained on, as corpus-relative names
 * @param validationFiles    texts held out of training to choose settings on
 * @param scores             named scores, e.g. "validation.content_overlap.f1" → 0.71
 */
public record ModelCard(int formatVersion, String featureFingerprint, ModelSettings settings, Training training,
                        List<String> trainingFiles, List<String> validationFiles, Map<String, Double> scores) {

    /** 2: typed settings and training record. 1 (a map of strings) is no longer read. */
    public static final int FORMAT_VERSION = 2;

    /**
     * How the model was trained.
     *
     * @param arguments   the {@code claimant train} arguments that train this model again, byte for byte, but for
     *                    {@code -o}, {@code --threads} and {@code --diagnostics}, which do not change it
     * @param corpora     the training corpora, as given
     * @param weights     how many times a corpus's rows were repeated, by corpus as given (absent: once)
     * @param annotators  {@code all}: every annotator's file of an article; {@code first}: the one the scorer uses
     * @param cutoff      features seen in fewer training rows were dropped
     * @param validation  how the validation texts were drawn: the list file, or the fraction and seed
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Training(List<String> arguments, List<String> corpora, Map<String, Integer> weights,
                           String annotators, int cutoff, LearnerSettings cueLearner, LearnerSettings roleLearner,
                           String validation) {

        public Training {
            arguments = List.copyOf(arguments);
            corpora = List.copyOf(corpora);
            weights = Map.copyOf(weights);
        }

        /** "cues: liblinear L2R_LR C=0.5; roles: liblinear L2R_LR C=8.0". */
        public String describeLearners() {
            return "cues: " + cueLearner.describe() + "; roles: " + roleLearner.describe();
        }
    }

    public ModelCard {
        trainingFiles = List.copyOf(trainingFiles);
        validationFiles = List.copyOf(validationFiles);
        scores = Map.copyOf(scores);
    }

    public ModelCard withSettings(ModelSettings newSettings) {
        return new ModelCard(formatVersion, featureFingerprint, newSettings, training, trainingFiles, validationFiles,
                scores);
    }

    public ModelCard withScores(Map<String, Double> newScores) {
        return new ModelCard(formatVersion, featureFingerprint, settings, training, trainingFiles, validationFiles,
                newScores);
    }
}
