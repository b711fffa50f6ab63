package io.claimant.attribution.learned.model;

import io.claimant.testing.SharedPipeline;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The model the jar ships: it loads with this build's feature code, and it was not trained on anything Claimant is
 * scored on (PolNeAR dev, src-test-data's held-back part) or on the validation texts its settings were chosen on.
 */
class ShippedModelTest {

    private static final ModelCard CARD = ShippedModel.get().card();

    @Test
    void loadsWithTheCurrentFeatureCode() {
        // ModelFile.read refuses a mismatch; this says which side changed when it does.
        assertEquals(FeatureFingerprint.current(), CARD.featureFingerprint(),
                "the feature code changed since the shipped model was trained: retrain it (models/README.md)");
        assertTrue(CARD.trainingFiles().size() > 500, "trained on PolNeAR train: " + CARD.trainingFiles().size());
    }

    @Test
    void noHeldBackArticleWasTrainedOn() throws IOException {
        List<String> heldBack = stems(SharedPipeline.repoDir().resolve("src-test-data/heldout"), ".ann");
        assertFalse(heldBack.isEmpty());
        assertNoneTrainedOn(heldBack);
    }

    @Test
    void noPolnearDevArticleWasTrainedOn() throws IOException {
        Path dev = SharedPipeline.repoDir().resolve("../shared/polnear/dev/text");
        Assumptions.assumeTrue(Files.isDirectory(dev), "PolNeAR dev is not at " + dev + " (../shared); skipping");
        List<String> devTexts = stems(dev, ".txt");
        assertEquals(84, devTexts.size());
        assertNoneTrainedOn(devTexts);
    }

    @Test
    void noValidationTextWasTrainedOn() {
        assertFalse(CARD.validationFiles().isEmpty());
        assertNoneTrainedOn(CARD.validationFiles().stream().map(f -> f.replaceFirst("\\.txt$", "")).toList());
    }

    /** PolNeAR's annotation files are NAME_annotator.ann, Claimant's NAME.ann: both start with the text's name. */
    private static void assertNoneTrainedOn(List<String> stems) {
        for (String trained : CARD.trainingFiles()) {
            String name = Path.of(trained).getFileName().toString();
            for (String stem : stems) {
                assertFalse(name.equals(stem + ".ann") || name.startsWith(stem + "_"), trained + " was trained on");
            }
        }
    }

    private static List<String> stems(Path dir, String extension) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(extension))
                    .map(n -> n.substring(0, n.length() - extension.length())).sorted().toList();
        }
    }
}
