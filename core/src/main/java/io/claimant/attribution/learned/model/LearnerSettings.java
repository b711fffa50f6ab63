package io.claimant.attribution.learned.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.Locale;

/**
 * Which learner trained one of the two models, with its settings; a field a learner has no use for is null.
 *
 * @param learner    {@code liblinear} or {@code opennlp}
 * @param algorithm  liblinear's solver ({@code L2R_LR}) or OpenNLP's algorithm ({@code MAXENT}, {@code PERCEPTRON})
 * @param c          liblinear's inverse regularisation strength
 * @param epsilon    liblinear's stopping tolerance
 * @param iterations OpenNLP's number of training iterations
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LearnerSettings(String learner, String algorithm, Double c, Double epsilon, Integer iterations) {

    public static LearnerSettings liblinear(String solver, double c, double epsilon) {
        return new LearnerSettings("liblinear", solver, c, epsilon, null);
    }

    public static LearnerSettings opennlp(String algorithm, int iterations) {
        return new LearnerSettings("opennlp", algorithm, null, null, iterations);
    }

    /** A short line for tables and logs: "liblinear L2R_LR C=0.5", "opennlp MAXENT iterations=100". */
    public String describe() {
        StringBuilder sb = new StringBuilder(learner).append(' ').append(algorithm);
        if (c != null) {
            sb.append(" C=").append(c);
        }
        if (iterations != null) {
            sb.append(String.format(Locale.ROOT, " iterations=%d", iterations));
        }
        return sb.toString();
    }
}
