package io.claimant.attribution.learned.steps;

import io.claimant.attribution.Candidate;

import java.util.List;

/**
 * One step after decoding: it takes the candidates the learned stage has so far and returns them corrected,
 * filtered or completed. Each step has one job and a name; the model card lists the steps a model runs, in order
 * ({@link Steps}), so that an experiment can drop one by name. Steps are stateless and thread-safe.
 */
public interface Step {

    /** The name the model card and {@code Claimant.Builder#steps} use, e.g. {@code outermost-only}. */
    String name();

    /** The candidates after this step, in any order; {@code candidates} is not changed. */
    List<Candidate> apply(List<Candidate> candidates, StepContext context);
}
