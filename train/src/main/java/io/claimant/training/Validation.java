package io.claimant.training;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Which training texts are held out to choose settings on: the ids listed in a file, or a seeded draw of a
 * fraction of the texts. Dev corpora are for reporting only, so choices are made on texts drawn from train.
 *
 * @param list     a file of text ids ({@link ValidationSplit#read}), or null to draw
 * @param fraction the share of texts drawn when there is no list, in (0, 1)
 * @param seed     the seed of the draw
 */
public record Validation(Path list, double fraction, long seed) {

    public Validation {
        if (list == null && !(fraction > 0 && fraction < 1)) {
            throw new IllegalArgumentException("the validation fraction must be between 0 and 1, got " + fraction);
        }
    }

    public static Validation listedIn(Path file) {
        return new Validation(file, 0.1, 1);
    }

    public static Validation drawn(double fraction, long seed) {
        return new Validation(null, fraction, seed);
    }

    /** The held-out ids among {@code ids}: those listed, or the draw. */
    public Set<String> ids(List<String> ids) throws IOException {
        return list != null ? ValidationSplit.read(list) : ValidationSplit.draw(ids, fraction, seed);
    }

    /** How the model card records it: "list models/training/x.txt" or "fraction 0.1, seed 1". */
    public String describe() {
        return list != null ? "list " + TrainingConfig.portable(list) : "fraction " + fraction + ", seed " + seed;
    }

    /** The {@code claimant train} arguments that give this validation. */
    List<String> arguments() {
        return list != null ? List.of("--validation-list", TrainingConfig.portable(list))
                : List.of("--validation-fraction", String.valueOf(fraction), "--seed", String.valueOf(seed));
    }
}
