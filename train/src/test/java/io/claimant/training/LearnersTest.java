package io.claimant.training;

import io.claimant.attribution.learned.model.LinearModel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each learner on one small training set: it learns what separates the labels, trains deterministically, and
 * rules out a label the data never had.
 */
class LearnersTest {

    static Stream<Learner> learners() {
        return Stream.of(LiblinearLearner.logisticRegression(10), OpenNlpLearner.maxent(100), OpenNlpLearner.perceptron(100));
    }

    /** "say" and "argue" begin a cue, "the" and "plan" do not; no row is ever inside a cue. */
    private static TrainingSet data() {
        TrainingSet set = new TrainingSet(new String[] {"O", "B-CUE", "I-CUE"});
        for (int repeat = 0; repeat < 5; repeat++) {
            set.add(List.of("bias", "lemma=say", "tag=VERB"), "B-CUE");
            set.add(List.of("bias", "lemma=argue", "tag=VERB"), "B-CUE");
            set.add(List.of("bias", "lemma=the", "tag=DET"), "O");
            set.add(List.of("bias", "lemma=plan", "tag=NOUN"), "O");
        }
        return set;
    }

    private static double[] probabilities(LinearModel model, String... features) {
        double[] scores = new double[model.labelCount()];
        model.addScores(List.of(features), scores);
        model.toLogProbabilities(scores);
        for (int k = 0; k < scores.length; k++) {
            scores[k] = Math.exp(scores[k]);
        }
        return scores;
    }

    @ParameterizedTest
    @MethodSource("learners")
    void learnsWhatSeparatesTheLabels(Learner learner) {
        LinearModel model = learner.train(data());
        assertEquals(List.of("O", "B-CUE", "I-CUE"), List.of(model.labels()));
        double[] say = probabilities(model, "bias", "lemma=say", "tag=VERB");
        double[] the = probabilities(model, "bias", "lemma=the", "tag=DET");
        assertTrue(say[1] > say[0] && the[0] > the[1], learner.describe());
        assertTrue(say[2] < 0.05 && the[2] < 0.05, learner.describe() + ": a label never seen is ruled out");
    }

    @ParameterizedTest
    @MethodSource("learners")
    void trainsTheSameWeightsTwice(Learner learner) {
        LinearModel first = learner.train(data());
        LinearModel second = learner.train(data());
        assertEquals(first.weights().keySet(), second.weights().keySet());
        first.weights().forEach((feature, w) -> assertArrayEquals(w, second.weights().get(feature), feature));
    }

    @ParameterizedTest
    @MethodSource("learners")
    void describesItselfAsTheCardRecordsIt(Learner learner) {
        assertEquals(learner.settings().describe(), learner.describe());
        assertTrue(List.of("liblinear", "opennlp").contains(learner.settings().learner()), learner.describe());
    }
}
