package io.claimant.attribution.learned.model;

import io.claimant.attribution.learned.steps.Steps;

import java.util.List;

/**
 * What tagging and the steps after it read from a model's card: the settings chosen on validation texts along
 * with the weights, so that a model always runs as it was chosen.
 *
 * @param cueBias added to the cue labels' scores: higher finds more cues, at some precision
 * @param steps   the steps after decoding, by name, in the order they run ({@link Steps})
 */
public record ModelSettings(double cueBias, List<String> steps) {

    public ModelSettings {
        steps = List.copyOf(steps);
    }

    public ModelSettings withCueBias(double newBias) {
        return new ModelSettings(newBias, steps);
    }
}
