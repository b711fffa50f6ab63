package io.claimant.training;

import io.claimant.attribution.learned.model.LearnerSettings;
import io.claimant.attribution.learned.model.LinearModel;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.TrainingParameters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * OpenNLP's own learners (already a dependency for tagging): maximum entropy trained by GIS, or the averaged
 * perceptron. The trained parameters are read back into a weights table, so the shipped model does not depend on
 * OpenNLP's model format.
 */
public final class OpenNlpLearner implements Learner {

    private final String algorithm;
    private final int iterations;

    private OpenNlpLearner(String algorithm, int iterations) {
        this.algorithm = algorithm;
        this.iterations = iterations;
    }

    public static OpenNlpLearner maxent(int iterations) {
        return new OpenNlpLearner("MAXENT", iterations);
    }

    public static OpenNlpLearner perceptron(int iterations) {
        return new OpenNlpLearner("PERCEPTRON", iterations);
    }

    @Override
    public LearnerSettings settings() {
        return LearnerSettings.opennlp(algorithm, iterations);
    }

    @Override
    public LinearModel train(TrainingSet data) {
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
        params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        params.put(TrainingParameters.CUTOFF_PARAM, 0); // the training set is already cut off
        params.put(TrainingParameters.THREADS_PARAM, 1); // one thread keeps the sums, and so the weights, reproducible
        EventTrainer trainer = TrainerFactory.getEventTrainer(params, null);
        MaxentModel model;
        try {
            model = trainer.train(events(data));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Both of OpenNLP's models turn their scores into probabilities by a softmax.
        return weightsOf((AbstractModel) model, data.labels(), LinearModel.Link.SOFTMAX);
    }

    private static ObjectStream<Event> events(TrainingSet data) {
        String[] names = new String[data.featureCount()];
        for (int k = 0; k < names.length; k++) {
            names[k] = data.featureName(k);
        }
        String[] labels = data.labels();
        return new ObjectStream<>() {
            private int next;

            @Override
            public Event read() {
                if (next >= data.size()) {
                    return null;
                }
                int[] row = data.row(next);
                String[] context = new String[row.length];
                for (int k = 0; k < row.length; k++) {
                    context[k] = names[row[k]];
                }
                return new Event(labels[data.label(next++)], context);
            }

            @Override
            public void reset() {
                next = 0;
            }
        };
    }

    @SuppressWarnings("unchecked")
    private static LinearModel weightsOf(AbstractModel model, String[] labels, LinearModel.Link link) {
        Object[] parts = model.getDataStructures();
        Map<String, Context> predicates = (Map<String, Context>) parts[1];
        String[] outcomes = (String[]) parts[2];
        int[] toLabel = new int[outcomes.length];
        for (int o = 0; o < outcomes.length; o++) {
            toLabel[o] = indexOf(labels, outcomes[o]);
        }
        boolean[] seen = new boolean[labels.length];
        for (int o : toLabel) {
            seen[o] = true;
        }
        Map<String, float[]> weights = new HashMap<>();
        for (var e : predicates.entrySet()) {
            float[] w = new float[labels.length];
            Context c = e.getValue();
            boolean any = false;
            for (int k = 0; k < c.getOutcomes().length; k++) {
                w[toLabel[c.getOutcomes()[k]]] = (float) c.getParameters()[k];
                any |= c.getParameters()[k] != 0;
            }
            if (any) {
                // A label the data never had gets a weight on every feature that rules it out, as liblinear's
                // does: the templates' bias feature cannot be relied on by name.
                for (int k = 0; k < labels.length; k++) {
                    if (!seen[k]) {
                        w[k] = -30f;
                    }
                }
                weights.put(e.getKey(), w);
            }
        }
        return new LinearModel(labels, weights, link);
    }

    private static int indexOf(String[] labels, String label) {
        for (int k = 0; k < labels.length; k++) {
            if (labels[k].equals(label)) {
                return k;
            }
        }
        throw new IllegalStateException("the learner returned an unknown label " + label);
    }
}
