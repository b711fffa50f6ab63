package io.claimant.training;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import io.claimant.attribution.learned.model.LearnerSettings;
import io.claimant.attribution.learned.model.LinearModel;

import java.util.HashMap;
import java.util.Map;

/**
 * L2-regularised logistic regression (one against the rest) from liblinear, the Java port of the library behind
 * scikit-learn's linear models. Its primal Newton solver is deterministic.
 */
public final class LiblinearLearner implements Learner {

    private final SolverType solver;
    private final double c;
    private final double epsilon;

    public LiblinearLearner(SolverType solver, double c, double epsilon) {
        this.solver = solver;
        this.c = c;
        this.epsilon = epsilon;
    }

    public static LiblinearLearner logisticRegression(double c) {
        return new LiblinearLearner(SolverType.L2R_LR, c, 0.01);
    }

    @Override
    public LearnerSettings settings() {
        return LearnerSettings.liblinear(solver.name(), c, epsilon);
    }

    @Override
    public LinearModel train(TrainingSet data) {
        int n = data.featureCount();
        // Every feature is binary, so one node per feature id serves every row that has it: the problem costs
        // an array of references per row rather than an object per cell.
        FeatureNode[] nodes = new FeatureNode[n];
        for (int k = 0; k < n; k++) {
            nodes[k] = new FeatureNode(k + 1, 1.0);
        }
        Problem problem = new Problem();
        problem.l = data.size();
        problem.n = n;
        problem.bias = -1; // the templates have their own always-on feature, "bias"
        problem.x = new Feature[data.size()][];
        problem.y = new double[data.size()];
        for (int i = 0; i < data.size(); i++) {
            int[] row = data.row(i);
            Feature[] x = new Feature[row.length];
            for (int k = 0; k < row.length; k++) {
                x[k] = nodes[row[k]];
            }
            problem.x[i] = x;
            problem.y[i] = data.label(i);
        }
        Linear.disableDebugOutput();
        Linear.resetRandom();
        Model model = Linear.train(problem, new Parameter(solver, c, epsilon));
        String[] labels = data.labels();
        int[] order = model.getLabels();
        Map<String, float[]> weights = new HashMap<>();
        for (int f = 0; f < n; f++) {
            float[] w = new float[labels.length];
            boolean any = false;
            for (int k = 0; k < labels.length; k++) {
                int position = positionOf(order, k);
                if (position < 0) {
                    w[k] = -30f; // a label never seen in training is never predicted
                    continue;
                }
                w[k] = (float) weight(model, f + 1, position);
                any |= w[k] != 0;
            }
            if (any) {
                weights.put(data.featureName(f), w);
            }
        }
        return new LinearModel(labels, weights, LinearModel.Link.ONE_VS_REST);
    }

    private static int positionOf(int[] order, int label) {
        for (int k = 0; k < order.length; k++) {
            if (order[k] == label) {
                return k;
            }
        }
        return -1;
    }

    /** Weight of feature {@code index} (1-based) for the label at {@code position} of liblinear's order. */
    private static double weight(Model model, int index, int position) {
        if (model.getNrClass() == 2) {
            double w = model.getDecfunCoef(index, 0);
            return position == 0 ? w : -w;
        }
        return model.getDecfunCoef(index, position);
    }
}
