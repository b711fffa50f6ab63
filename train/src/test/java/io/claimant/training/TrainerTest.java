package io.claimant.training;

import io.claimant.attribution.learned.model.AttributionModel;
import io.claimant.attribution.learned.model.LinearModel;
import io.claimant.attribution.learned.steps.Steps;
import io.claimant.attribution.learned.table.WordClusters;
import io.claimant.document.Document;
import io.claimant.eval.EvalReport;
import io.claimant.lexicon.Lexicon;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The trainer's parts after preparation (which needs the models): rows, fitting, scoring and diagnosis. */
class TrainerTest {

    private static final Trainer TRAINER = new Trainer(2, Lexicon.builtIn(), WordClusters.NONE);

    @Test
    void aCorpusWeightRepeatsItsRowsAndOnlyItsRows() {
        List<PreparedText> texts = HandBuiltTexts.all();
        Trainer.TrainingSets once = TRAINER.rows(texts);
        Trainer.TrainingSets thrice = TRAINER.rows(texts, true, Map.of("hand", 3));
        Trainer.TrainingSets other = TRAINER.rows(texts, true, Map.of("elsewhere", 3));
        assertEquals(3 * once.cues().size(), thrice.cues().size());
        assertEquals(3 * once.roles().size(), thrice.roles().size());
        assertEquals(once.roles().size(), other.roles().size());
    }

    @Test
    void everyAnnotatorsFileOrOnlyTheScoredOne() {
        PreparedText one = HandBuiltTexts.all().get(0);
        // A second annotator who marked only the first attribution.
        PreparedText two = new PreparedText(one.corpus(), one.document(), one.ruleCandidates(),
                List.of(one.scoringGold(), HandBuiltGold.gold(one.document(),
                        "Karel Voss | said | that the alliance would hold")), List.of("a_1.ann", "a_2.ann"));
        int scoredOnly = TRAINER.rows(List.of(two), false).roles().size();
        int every = TRAINER.rows(List.of(two), true).roles().size();
        assertEquals(TRAINER.rows(List.of(one)).roles().size(), scoredOnly);
        assertTrue(every > scoredOnly, every + " against " + scoredOnly);
    }

    @Test
    void fittedModelsComeCueModelsFirstInTheLearnersOrder() {
        Trainer.TrainingSets rows = TRAINER.rows(HandBuiltTexts.all());
        List<Learner> cueLearners = List.of(LiblinearLearner.logisticRegression(1), LiblinearLearner.logisticRegression(50));
        List<LinearModel> fitted = TRAINER.fit(rows, 1, cueLearners, List.of(OpenNlpLearner.maxent(20)));
        assertEquals(3, fitted.size());
        assertEquals(LinearModel.Link.ONE_VS_REST, fitted.get(0).link());
        assertEquals(LinearModel.Link.ONE_VS_REST, fitted.get(1).link());
        assertEquals(LinearModel.Link.SOFTMAX, fitted.get(2).link(), "the role model, from OpenNLP");
        assertEquals(List.of("O", "B-S", "I-S", "B-C", "I-C"), List.of(fitted.get(2).labels()));
    }

    @Test
    void aModelThatFitsItsTextsScoresPerfectlyOnThemAndItsDiagnosisSaysSo() {
        List<PreparedText> texts = HandBuiltTexts.all();
        TrainingConfig config = new TrainingConfig(List.of(Path.of("hand")), Map.of(), Validation.drawn(0.5, 1),
                List.of(), List.of("liblinear"), List.of(100.0), List.of(100.0), 100, 1, List.of(0.0), Steps.DEFAULT,
                true);
        List<LinearModel> fitted = TRAINER.fit(TRAINER.rows(texts), 1, config.cueLearners(), config.roleLearners());
        AttributionModel model = new AttributionModel(fitted.get(0), fitted.get(1),
                config.card(config.cueLearners().get(0), config.roleLearners().get(0), texts, Set.of(), 0));
        EvalReport report = TRAINER.score(model, texts, "hand");
        assertEquals(1.0, report.f1(EvalReport.CONTENT_EXACT));
        assertEquals(1.0, report.f1(EvalReport.ATTRIBUTION));
        List<String> misses = new ArrayList<>();
        String diagnosis = TRAINER.diagnose(model, texts, misses);
        assertTrue(diagnosis.startsWith("cue model: 7 gold cues, 7 found; exact recall 1.000"), diagnosis);
        assertTrue(diagnosis.contains("role model with gold cues: content overlap F1 1.000"), diagnosis);
        assertEquals(List.of(), misses);
        Document first = texts.get(0).document();
        assertEquals("alliance.txt", first.id());
    }
}
