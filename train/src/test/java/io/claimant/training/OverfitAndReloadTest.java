package io.claimant.training;

import io.claimant.attribution.Candidate;
import io.claimant.attribution.learned.LearnedCandidates;
import io.claimant.attribution.learned.model.AttributionModel;
import io.claimant.attribution.learned.model.LinearModel;
import io.claimant.attribution.learned.model.ModelFile;
import io.claimant.attribution.learned.steps.Steps;
import io.claimant.attribution.learned.table.WordClusters;
import io.claimant.document.Document;
import io.claimant.lexicon.Lexicon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The whole learned round trip on three hand-built articles: rows, training with little regularisation, the model
 * file written and read back, and the learned stage running the reloaded model. A model that can fit three
 * articles must give their gold back exactly; if it does not, training and tagging disagree somewhere. (The quote's
 * gold carries its marks, as PolNeAR's does; the candidate is its words, as Claimant writes a whole quotation.)
 */
class OverfitAndReloadTest {

    private static List<String> described(Document doc, List<Candidate> candidates) {
        List<String> out = new ArrayList<>();
        for (Candidate c : candidates) {
            out.add((c.source() == null ? "-" : doc.text(c.source())) + " | " + doc.text(c.cue()) + " | "
                    + doc.text(c.content()));
        }
        return out;
    }

    @Test
    void aModelTrainedOnThreeArticlesGivesTheirGoldBackAfterReloading(@TempDir Path tmp) throws Exception {
        List<PreparedText> texts = HandBuiltTexts.all();
        TrainingConfig config = new TrainingConfig(List.of(Path.of("hand")), Map.of(), Validation.drawn(0.5, 1),
                List.of(), List.of("liblinear"), List.of(100.0), List.of(100.0), 100, 1, List.of(0.0), Steps.DEFAULT,
                true);
        Trainer trainer = new Trainer(1, Lexicon.builtIn(), WordClusters.NONE);
        Learner cueLearner = config.cueLearners().get(0);
        Learner roleLearner = config.roleLearners().get(0);
        List<LinearModel> fitted = trainer.fit(trainer.rows(texts), config.cutoff(), List.of(cueLearner),
                List.of(roleLearner));
        AttributionModel trained = new AttributionModel(fitted.get(0), fitted.get(1),
                config.card(cueLearner, roleLearner, texts, Set.of(), 0));

        Path file = tmp.resolve("hand.model");
        ModelFile.write(trained, file);
        AttributionModel reloaded = ModelFile.read(file);
        assertEquals(trained.card(), reloaded.card());
        trained.roles().weights().forEach((f, w) -> assertArrayEquals(w, reloaded.roles().weights().get(f), f));

        LearnedCandidates stage = LearnedCandidates.of(reloaded, Lexicon.builtIn(), WordClusters.NONE);
        List<String> expected = List.of(
                "Karel Voss | said | that the alliance would hold",
                "the minister | said | We will stay,",
                "Analysts | argued | the plan was too costly",
                "Lee and Massie | called for | a vote",
                "the ministry | According to | prices rose sharply",
                "The union | warned | that members were tired",
                "the council | insisted | that budgets were fixed");
        List<String> found = new ArrayList<>();
        for (PreparedText t : texts) {
            found.addAll(described(t.document(), stage.candidates(t.document())));
        }
        assertEquals(expected, found);
        assertArrayEquals(Files.readAllBytes(file), bytesOf(reloaded), "writing the reloaded model gives the same bytes");
    }

    private static byte[] bytesOf(AttributionModel model) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        ModelFile.write(model, out);
        return out.toByteArray();
    }
}
