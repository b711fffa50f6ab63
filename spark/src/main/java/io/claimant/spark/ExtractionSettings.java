package io.claimant.spark;

import io.claimant.Claimant;
import io.claimant.Profile;
import io.claimant.input.TextDecoder;
import io.claimant.pipeline.DocumentLimits;
import io.claimant.pipeline.TimeBudget;

import java.io.Serializable;
import java.nio.file.Path;

/**
 * The settings a task needs to build its executor's pipeline: the same ones as the command line's
 * {@code --profile}, {@code --model}, {@code --lexicon}, {@code --max-bytes} and {@code --max-seconds-per-doc}.
 * This small record travels with every task, inside a {@link PipelineRecipe}; the models do not.
 *
 * @param lexicon          a folder on every executor's file system, or null for the built-in lists
 * @param model            an attribution model file on every executor's file system, or null for the shipped one
 * @param maxSecondsPerDoc the time budget of every document; negative for the default (30 s plus 1 s per 10,000
 *                         characters), 0 for none
 */
public record ExtractionSettings(String profile, String lexicon, String model, long maxBytes,
                                 double maxSecondsPerDoc) implements Serializable {

    public ExtractionSettings {
        // Both fail early, on the driver: the profile with the valid names, the limits by core's own checks. A
        // former name ("learned") becomes the current one, so that both share one pipeline on an executor.
        profile = Profile.of(profile).id();
        if (Double.isNaN(maxSecondsPerDoc)) {
            throw new IllegalArgumentException("maxSecondsPerDoc must be a number");
        }
        limited(Claimant.builder(), maxBytes, maxSecondsPerDoc);
    }

    /** What decides the annotators; pipelines built from equal keys are the same, whatever their limits. */
    ExtractionSettings annotatorKey() {
        return new ExtractionSettings(profile, lexicon, model, DocumentLimits.DEFAULT_MAX_BYTES, -1);
    }

    /** A builder with these settings; reads the lexicon and model files now, so call it where they are. */
    Claimant.Builder builder() {
        Claimant.Builder builder = Claimant.builder().profile(Profile.of(profile));
        if (lexicon != null && !lexicon.isEmpty()) {
            builder.lexicon(Path.of(lexicon));
        }
        if (model != null && !model.isEmpty()) {
            builder.model(Path.of(model));
        }
        return limited(builder, maxBytes, maxSecondsPerDoc);
    }

    DocumentLimits limits() {
        return limited(Claimant.builder(), maxBytes, maxSecondsPerDoc).limits();
    }

    private static Claimant.Builder limited(Claimant.Builder builder, long maxBytes, double maxSecondsPerDoc) {
        builder.maxBytes(maxBytes);
        if (maxSecondsPerDoc >= 0) {
            builder.maxSecondsPerDoc(maxSecondsPerDoc);
        } else {
            builder.timeBudget(TimeBudget.DEFAULT);
        }
        return builder;
    }

    /** The strict decoder for text that arrives as bytes, with the same size limit. */
    TextDecoder decoder() {
        return new TextDecoder(maxBytes);
    }
}
