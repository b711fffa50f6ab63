package io.claimant.training;

import io.claimant.attribution.learned.model.LinearModel;

import java.util.Map;

/**
 * A well-kept learner from Maven Central behind one small interface, so that learners are compared on the same
 * training sets and whatever they learn is shipped as the same kind of weights table.
 */
public interface Learner {

    /** A short name with its settings, recorded in the model card: "liblinear L2R_LR C=0.5". */
    String describe();

    Map<String, String> settings();

    /** Trains deterministically: the same set gives the same weights. */
    LinearModel train(TrainingSet data);
}
