package io.claimant.training;

import io.claimant.attribution.learned.model.FeatureFingerprint;
import io.claimant.attribution.learned.model.ModelCard;
import io.claimant.attribution.learned.model.ModelSettings;
import io.claimant.attribution.learned.steps.Steps;
import io.claimant.lexicon.Lexicon;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Everything that decides a trained model, typed: what it is trained on, how settings are chosen, and which
 * settings are tried. The same configuration on the same data gives the same model bytes; the model card records
 * it ({@link #training}), including the {@code claimant train} arguments that give it ({@link #arguments}).
 *
 * @param corpora        the training corpora (brat gold folders, or one annotated file each)
 * @param weights        how many times a corpus's rows are repeated, by the corpus as given; absent means once
 * @param devCorpora     corpora scored at the end, each on its own; never used to choose
 * @param learners       {@code liblinear}, {@code maxent} or {@code perceptron}; each is tried
 * @param cueC           liblinear's C values tried for the cue model
 * @param roleC          liblinear's C values tried for the role model
 * @param iterations     iterations of OpenNLP's learners
 * @param cutoff         features seen in fewer training rows are dropped
 * @param cueBiases      the cue biases tried on validation
 * @param steps          the steps after decoding the model runs ({@link Steps})
 * @param everyAnnotator whether every annotator's file of an article is trained on, or only the one the scorer uses
 */
public record TrainingConfig(List<Path> corpora, Map<String, Integer> weights, Validation validation,
                             List<Path> devCorpora, List<String> learners, List<Double> cueC, List<Double> roleC,
                             int iterations, int cutoff, List<Double> cueBiases, List<String> steps,
                             boolean everyAnnotator) {

    /** The learners {@link #learners} may name. */
    public static final List<String> LEARNERS = List.of("liblinear", "maxent", "perceptron");

    /** @throws IllegalArgumentException for settings that cannot train: a usage error, found before any work */
    public TrainingConfig {
        corpora = List.copyOf(corpora);
        weights = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(weights));
        devCorpora = List.copyOf(devCorpora);
        learners = learners.stream().map(l -> l.strip().toLowerCase(Locale.ROOT)).toList();
        cueC = List.copyOf(cueC);
        roleC = List.copyOf(roleC);
        cueBiases = List.copyOf(cueBiases);
        steps = List.copyOf(steps);
        if (corpora.isEmpty()) {
            throw new IllegalArgumentException("no training corpus");
        }
        for (String l : learners) {
            if (!LEARNERS.contains(l)) {
                throw new IllegalArgumentException("unknown learner '" + l + "'; expected " + String.join(", ", LEARNERS));
            }
        }
        if (learners.isEmpty() || cueC.isEmpty() || roleC.isEmpty() || cueBiases.isEmpty()) {
            throw new IllegalArgumentException("at least one learner, C, role C and cue bias are needed");
        }
        Set<String> named = corpora.stream().map(Path::toString).collect(Collectors.toSet());
        for (String corpus : weights.keySet()) {
            if (!named.contains(corpus)) {
                throw new IllegalArgumentException("--weight names " + corpus + ", which is not a --gold");
            }
        }
        Steps.named(steps, Lexicon.builtIn()); // an unknown step name fails here, not after training
    }

    /** One learner per learner name, and for liblinear one per C value. */
    public List<Learner> cueLearners() {
        return learners(cueC);
    }

    public List<Learner> roleLearners() {
        return learners(roleC);
    }

    private List<Learner> learners(List<Double> cs) {
        List<Learner> out = new ArrayList<>();
        for (String name : learners) {
            switch (name) {
                case "liblinear" -> cs.forEach(c -> out.add(LiblinearLearner.logisticRegression(c)));
                case "maxent" -> out.add(OpenNlpLearner.maxent(iterations));
                case "perceptron" -> out.add(OpenNlpLearner.perceptron(iterations));
                default -> throw new IllegalStateException(name);
            }
        }
        return out;
    }

    /**
     * The {@code claimant train} arguments that give this configuration: all but {@code -o}, {@code --threads} and
     * {@code --diagnostics}, which do not change the model.
     */
    public List<String> arguments() {
        List<String> out = new ArrayList<>();
        corpora.forEach(c -> out.addAll(List.of("--gold", portable(c))));
        weights.forEach((corpus, n) -> out.addAll(List.of("--weight", corpus.replace('\\', '/') + "=" + n)));
        out.addAll(validation.arguments());
        devCorpora.forEach(d -> out.addAll(List.of("--dev", portable(d))));
        out.addAll(List.of("--learner", String.join(",", learners)));
        out.addAll(List.of("--c", joined(cueC), "--role-c", joined(roleC), "--iterations", String.valueOf(iterations)));
        out.addAll(List.of("--cutoff", String.valueOf(cutoff), "--cue-bias", joined(cueBiases)));
        out.addAll(List.of("--steps", String.join(",", steps), "--annotators", everyAnnotator ? "all" : "first"));
        return out;
    }

    /** What the card says of how a model with these learners was trained. */
    public ModelCard.Training training(Learner cueLearner, Learner roleLearner) {
        return new ModelCard.Training(arguments(), corpora.stream().map(TrainingConfig::portable).toList(), weights,
                everyAnnotator ? "all" : "first", cutoff, cueLearner.settings(), roleLearner.settings(),
                validation.describe());
    }

    /** The card of a model about to be trained with these learners on {@code train}, run with {@code cueBias}. */
    public ModelCard card(Learner cueLearner, Learner roleLearner, List<PreparedText> train, Set<String> validationIds,
                          double cueBias) {
        List<String> files = new ArrayList<>();
        for (PreparedText t : train) {
            files.addAll(t.annotationFiles());
        }
        files.sort(null);
        return new ModelCard(ModelCard.FORMAT_VERSION, FeatureFingerprint.current(), new ModelSettings(cueBias, steps),
                training(cueLearner, roleLearner), files, validationIds.stream().sorted().toList(), Map.of());
    }

    /** A path as the card writes it: as given, with forward slashes, so that cards are the same on every system. */
    static String portable(Path p) {
        return p.toString().replace('\\', '/');
    }

    private static String joined(List<Double> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
