package io.claimant.training;

import io.claimant.attribution.learned.model.LearnerSettings;
import io.claimant.attribution.learned.model.LinearModel;

/**
 * A well-kept learner from Maven Central behind one small interface, so that learners are compared on the same
 * training sets and whatever they learn is shipped as the same kind of weights table.
 */
public interface Learner {

    /** Which learner this is and how it is set, as the model card records it. */
    LearnerSettings settings();

    /** A short name with its settings: "liblinear L2R_LR C=0.5". */
    default String describe() {
        return settings().describe();
    }

    /** Trains deterministically: the same set gives the same weights. */
    LinearModel train(TrainingSet data);
}
