package io.claimant.training;

import io.claimant.attribution.learned.model.ModelCard;
import io.claimant.attribution.learned.steps.Steps;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainingConfigTest {

    private static TrainingConfig config(List<String> learners, Map<String, Integer> weights, List<String> steps) {
        return new TrainingConfig(List.of(Path.of("corpus/train"), Path.of("mine")), weights,
                Validation.listedIn(Path.of("held.txt")), List.of(Path.of("corpus/dev")), learners, List.of(0.5),
                List.of(8.0), 100, 2, List.of(2.0, 2.5), steps, true);
    }

    @Test
    void theArgumentsGiveTheConfigurationBack() {
        TrainingConfig c = config(List.of("liblinear"), Map.of("mine", 5), Steps.DEFAULT);
        assertEquals(List.of("--gold", "corpus/train", "--gold", "mine", "--weight", "mine=5",
                "--validation-list", "held.txt", "--dev", "corpus/dev", "--learner", "liblinear", "--c", "0.5",
                "--role-c", "8.0", "--iterations", "100", "--cutoff", "2", "--cue-bias", "2.0,2.5",
                "--steps", String.join(",", Steps.DEFAULT), "--annotators", "all"), c.arguments());
    }

    @Test
    void oneLearnerPerCValueForLiblinearAndOneForEachOpenNlpLearner() {
        TrainingConfig c = new TrainingConfig(List.of(Path.of("x")), Map.of(), Validation.drawn(0.1, 1), List.of(),
                List.of("liblinear", "maxent"), List.of(0.5, 1.0), List.of(8.0), 50, 2, List.of(0.0), Steps.DEFAULT, true);
        assertEquals(List.of("liblinear L2R_LR C=0.5", "liblinear L2R_LR C=1.0", "opennlp MAXENT iterations=50"),
                c.cueLearners().stream().map(Learner::describe).toList());
        assertEquals(1 + 1, c.roleLearners().size());
    }

    @Test
    void theCardRecordsHowTheModelWasTrained() {
        TrainingConfig c = config(List.of("liblinear"), Map.of("mine", 5), List.of("outermost-only"));
        ModelCard card = c.card(c.cueLearners().get(0), c.roleLearners().get(0), List.of(), java.util.Set.of("b", "a"), 2.5);
        assertEquals(2.5, card.settings().cueBias());
        assertEquals(List.of("outermost-only"), card.settings().steps());
        assertEquals(List.of("a", "b"), card.validationFiles());
        assertEquals(c.arguments(), card.training().arguments());
        assertEquals("list held.txt", card.training().validation());
        assertEquals("cues: liblinear L2R_LR C=0.5; roles: liblinear L2R_LR C=8.0", card.training().describeLearners());
    }

    @Test
    void settingsThatCannotTrainAreRefusedBeforeAnyWork() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> config(List.of("svm"), Map.of(), Steps.DEFAULT))
                .getMessage().contains("liblinear"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> config(List.of("liblinear"), Map.of("other", 2),
                Steps.DEFAULT)).getMessage().contains("other"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> config(List.of("liblinear"), Map.of(),
                List.of("fallback"))).getMessage().contains("rule-fallback"));
        assertThrows(IllegalArgumentException.class, () -> Validation.drawn(1.5, 1));
    }
}
