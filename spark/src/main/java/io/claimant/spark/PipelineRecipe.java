package io.claimant.spark;

import io.claimant.Claimant;
import io.claimant.input.TextDecoder;
import io.claimant.pipeline.DocumentLimits;
import org.apache.spark.broadcast.Broadcast;

import java.io.Serializable;

/**
 * What a task needs to find or build its executor's pipeline: the settings, and the model and lexicon files the
 * stage carries, if any. Carried files travel as a broadcast variable, which an executor fetches once, in the task
 * that builds the pipeline; the pipeline is found again by the files' digests, so the other tasks, and later jobs
 * carrying the same bytes, never fetch them. The recipe itself stays small whatever the files weigh.
 */
final class PipelineRecipe implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ExtractionSettings settings;
    private final Broadcast<CarriedFiles> files;
    private final Key key;

    /**
     * What decides the annotators: the settings that shape them (with no path for a carried part) and the digests
     * of the carried parts (null where none is carried).
     */
    record Key(ExtractionSettings annotators, String modelDigest, String lexiconDigest) implements Serializable {
    }

    private PipelineRecipe(ExtractionSettings settings, Broadcast<CarriedFiles> files, String modelDigest,
                           String lexiconDigest) {
        this.settings = settings;
        this.files = files;
        this.key = new Key(settings.annotatorKey(), modelDigest, lexiconDigest);
    }

    /** The settings alone: a model file or lexicon folder, if set, is read from its path on each executor. */
    static PipelineRecipe reading(ExtractionSettings settings) {
        return new PipelineRecipe(settings, null, null, null);
    }

    /**
     * The settings with the carried parts in place of their paths.
     *
     * @param carried   the files, as the driver holds them (for their digests; the broadcast is what travels)
     * @param broadcast {@code carried} as a broadcast variable
     */
    static PipelineRecipe carrying(ExtractionSettings settings, CarriedFiles carried,
                                   Broadcast<CarriedFiles> broadcast) {
        if (carried.isEmpty()) {
            return reading(settings);
        }
        ExtractionSettings rest = new ExtractionSettings(settings.profile(),
                carried.hasLexicon() ? null : settings.lexicon(), carried.hasModel() ? null : settings.model(),
                settings.maxBytes(), settings.maxSecondsPerDoc());
        return new PipelineRecipe(rest, broadcast, carried.modelDigest(), carried.lexiconDigest());
    }

    Key key() {
        return key;
    }

    /** A builder for this recipe's pipeline; reads files and fetches the broadcast now, so call it to build. */
    Claimant.Builder builder() {
        Claimant.Builder builder = settings.builder();
        if (files != null) {
            files.value().applyTo(builder);
        }
        return builder;
    }

    DocumentLimits limits() {
        return settings.limits();
    }

    TextDecoder decoder() {
        return settings.decoder();
    }

    /** For the log: the profile, and which parts came with the stage. */
    String describe() {
        return "profile " + settings.profile()
                + (key.modelDigest() == null ? "" : ", the stage's model " + abbreviated(key.modelDigest()))
                + (key.lexiconDigest() == null ? "" : ", the stage's lexicon " + abbreviated(key.lexiconDigest()));
    }

    private static String abbreviated(String digest) {
        return "sha256:" + digest.substring(0, 12);
    }
}
