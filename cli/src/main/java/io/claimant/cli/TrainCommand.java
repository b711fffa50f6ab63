package io.claimant.cli;

import io.claimant.attribution.learned.model.AttributionModel;
import io.claimant.attribution.learned.model.LinearModel;
import io.claimant.attribution.learned.model.ModelCard;
import io.claimant.attribution.learned.model.ModelFile;
import io.claimant.eval.Counts;
import io.claimant.eval.EvalReport;
import io.claimant.training.Learner;
import io.claimant.training.LiblinearLearner;
import io.claimant.training.OpenNlpLearner;
import io.claimant.training.PreparedText;
import io.claimant.training.Trainer;
import io.claimant.training.ValidationSplit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "train", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
            "Trains the attribution models (cues, then each cue's source and content) from brat gold: PolNeAR's "
                + "layout (text/ + attributions/, every annotator's file is used), Claimant's (NAME.txt + NAME.ann), "
                + "or several together. Writes one model file for 'claimant extract --model'.",
            "Settings are chosen on a validation list drawn from the training texts, never on --dev, which is "
                + "only reported. The same data, settings and seed give the same model bytes."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:trained and written", "2:usage error", "3:gold unreadable, models not loadable, or "
                + "the model not writable"})
final class TrainCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--gold", paramLabel = "PATH", required = true,
            description = "A training corpus folder; repeat to train on several together.")
    private List<Path> gold;

    @Option(names = "--weight", paramLabel = "PATH=N",
            description = "Repeat the rows of the --gold corpus PATH N times (a small corpus next to a large one).")
    private Map<String, Integer> weights = new LinkedHashMap<>();

    @Option(names = {"-o", "--output"}, paramLabel = "MODEL", required = true, description = "The model file to write.")
    private Path output;

    @Option(names = "--validation-list", paramLabel = "FILE",
            description = "Text names (one a line) held out of training to choose settings on. Default: a draw of "
                    + "--validation-fraction of the texts.")
    private Path validationList;

    @Option(names = "--validation-fraction", paramLabel = "F", defaultValue = "0.1",
            description = "Share of texts drawn for validation when no list is given. Default: ${DEFAULT-VALUE}.")
    private double validationFraction;

    @Option(names = "--write-validation-list", paramLabel = "FILE",
            description = "Write the validation texts used to FILE (to commit it and train again the same way).")
    private Path writeValidationList;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Seed of the validation draw. Default: ${DEFAULT-VALUE}.")
    private long seed;

    @Option(names = "--dev", paramLabel = "PATH",
            description = "A corpus to report scores on at the end (never used to choose); repeatable.")
    private List<Path> dev = List.of();

    @Option(names = "--learner", paramLabel = "NAME", split = ",", defaultValue = "liblinear",
            description = "liblinear (logistic regression), maxent (OpenNLP GIS) or perceptron (OpenNLP); several, "
                    + "comma-separated, are each trained and the best on validation is kept. Default: ${DEFAULT-VALUE}.")
    private List<String> learners;

    @Option(names = "--c", paramLabel = "C", split = ",", defaultValue = "0.5",
            description = "liblinear's inverse regularisation strength for the cue model; several values are each "
                    + "tried. Default: ${DEFAULT-VALUE}.")
    private List<Double> cValues;

    @Option(names = "--role-c", paramLabel = "C", split = ",",
            description = "The same for the role model. Default: as --c.")
    private List<Double> roleCValues;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "100",
            description = "Iterations for maxent and perceptron. Default: ${DEFAULT-VALUE}.")
    private int iterations;

    @Option(names = "--cutoff", paramLabel = "N", defaultValue = "2",
            description = "Keep features seen in at least N training rows. Default: ${DEFAULT-VALUE}.")
    private int cutoff;

    @Option(names = "--no-rule-fallback", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Whether the model adds rule candidates that no learned one overlaps. Default: on.")
    private boolean ruleFallback;

    @Option(names = "--cue-bias", paramLabel = "B", split = ",", defaultValue = "0,0.5,1,1.5,2,2.5,3",
            description = "Values added to the cue labels' scores, each tried on validation; the best is kept in the "
                    + "model. Higher finds more cues. Default: ${DEFAULT-VALUE}.")
    private List<Double> cueBiases;

    @Option(names = "--annotators", paramLabel = "WHICH", defaultValue = "all",
            description = "all: train on every annotator's file of an article; first: only the one the scorer "
                    + "uses. Default: ${DEFAULT-VALUE}.")
    private String annotators;

    @Option(names = "--diagnostics", paramLabel = "FILE",
            description = "Write the cues the chosen model misses or invents on validation texts, in context.")
    private Path diagnostics;

    @Option(names = {"-t", "--threads"}, paramLabel = "N",
            description = "Threads for preparing texts and training. Default: ${DEFAULT-VALUE}.")
    private int threads = Runtime.getRuntime().availableProcessors();

    private final CliContext context;

    TrainCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1, got " + threads);
        }
        if (validationList == null && !(validationFraction > 0 && validationFraction < 1)) {
            throw new ParameterException(spec.commandLine(), "--validation-fraction must be between 0 and 1");
        }
        learners(cValues); // a bad learner name is a usage error before any work
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(context.stdout(), StandardCharsets.UTF_8), true);
        Trainer trainer = new Trainer(threads);
        long start = System.nanoTime();
        List<PreparedText> texts;
        List<PreparedText> devTexts = new ArrayList<>();
        try {
            texts = trainer.prepare(gold);
            for (Path d : dev) {
                devTexts.addAll(trainer.prepare(List.of(d)));
            }
        } catch (IOException | RuntimeException e) {
            throw new FatalException("cannot prepare the gold corpus: " + e.getMessage(), e);
        }
        Set<String> validation = validationIds(texts);
        List<PreparedText> train = texts.stream().filter(t -> !validation.contains(t.id())).toList();
        List<PreparedText> held = texts.stream().filter(t -> validation.contains(t.id())).toList();
        if (train.isEmpty() || held.isEmpty()) {
            throw new FatalException("need texts both to train on and to validate on; got " + train.size()
                    + " and " + held.size());
        }
        double prepared = seconds(start);
        out.printf(Locale.ROOT, "prepared %d texts (%d to train on, %d to validate on) in %.1f s%n", texts.size(),
                train.size(), held.size(), prepared);
        for (String corpus : weights.keySet()) {
            if (gold.stream().noneMatch(g -> g.toString().equals(corpus))) {
                throw new ParameterException(spec.commandLine(), "--weight names " + corpus + ", which is not a --gold");
            }
        }
        Trainer.TrainingSets rows = trainer.rows(train, !annotators.equals("first"), weights);
        out.printf(Locale.ROOT, "rows: %d for cues, %d for roles%n", rows.cues().size(), rows.roles().size());

        List<Learner> cueLearners = learners(cValues);
        List<Learner> roleLearners = learners(roleCValues == null ? cValues : roleCValues);
        long t0 = System.nanoTime();
        List<LinearModel> fitted = trainer.fit(rows, cutoff, cueLearners, roleLearners);
        double trainSeconds = seconds(t0);
        out.printf(Locale.ROOT, "trained %d cue and %d role models in %.1f s%n", cueLearners.size(),
                roleLearners.size(), trainSeconds);
        AttributionModel best = null;
        double bestScore = -1;
        out.printf("%-34s %-34s %5s %8s %8s %8s %6s%n", "cue model", "role model", "bias", "content", "exact",
                "attrib.", "MB");
        for (int c = 0; c < cueLearners.size(); c++) {
            for (int r = 0; r < roleLearners.size(); r++) {
                ModelCard card = Trainer.card(cueLearners.get(c), roleLearners.get(r), cutoff, gold, train, validation,
                        ruleFallback);
                AttributionModel model = new AttributionModel(fitted.get(c), fitted.get(cueLearners.size() + r), card);
                double size = bytes(model).length / 1e6;
                for (double bias : cueBiases) {
                    Map<String, String> settings = new LinkedHashMap<>(card.settings());
                    settings.put("cue_bias", String.valueOf(bias));
                    ModelCard chosen = new ModelCard(card.formatVersion(), card.featureFingerprint(), card.learner(),
                            settings, card.corpora(), card.trainingFiles(), card.validationFiles(), card.scores());
                    AttributionModel candidate = model.withCard(chosen);
                    EvalReport v = trainer.score(candidate, held, "validation");
                    out.printf(Locale.ROOT, "%-34s %-34s %5.1f %8.3f %8.3f %8.3f %6.1f%n", cueLearners.get(c).describe(),
                            roleLearners.get(r).describe(), bias, f1(v, EvalReport.CONTENT_OVERLAP),
                            f1(v, EvalReport.CONTENT_EXACT), f1(v, EvalReport.ATTRIBUTION), size);
                    double score = f1(v, EvalReport.CONTENT_OVERLAP) + f1(v, EvalReport.CONTENT_EXACT)
                            + f1(v, EvalReport.ATTRIBUTION);
                    if (score > bestScore) {
                        bestScore = score;
                        best = candidate.withCard(chosen.withScores(scores("validation", v)));
                    }
                }
            }
        }
        List<String> misses = diagnostics == null ? null : new ArrayList<>();
        out.print(trainer.diagnose(best, held, misses));
        if (diagnostics != null) {
            try {
                Files.write(diagnostics, misses, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new FatalException("cannot write " + diagnostics + ": " + e.getMessage(), e);
            }
        }
        Map<String, Double> scores = new LinkedHashMap<>(best.card().scores());
        for (int d = 0; d < dev.size(); d++) {
            List<PreparedText> part = devTexts.stream().filter(t -> true).toList();
            EvalReport r = trainer.score(best, part, "dev");
            scores.putAll(scores("dev", r));
            out.println();
            out.println("dev scores of the chosen model (" + best.card().learner() + "):");
            out.print(io.claimant.eval.ReportFormatter.table(r));
        }
        best = best.withCard(best.card().withScores(scores));
        try {
            ModelFile.write(best, output);
            if (writeValidationList != null) {
                ValidationSplit.write(validation, writeValidationList, "Texts held out of training to choose settings on ("
                        + validation.size() + " of " + texts.size() + ").");
            }
        } catch (IOException e) {
            throw new FatalException("cannot write " + output + ": " + e.getMessage(), e);
        }
        out.printf(Locale.ROOT, "wrote %s (%.1f MB) in %.1f s in all%n", output, sizeOf(output) / 1e6, seconds(start));
        return ExitCodes.OK;
    }

    private Set<String> validationIds(List<PreparedText> texts) {
        if (validationList != null) {
            try {
                return ValidationSplit.read(validationList);
            } catch (IOException e) {
                throw new FatalException("cannot read " + validationList + ": " + e.getMessage(), e);
            }
        }
        return ValidationSplit.draw(texts.stream().map(PreparedText::id).toList(), validationFraction, seed);
    }

    private List<Learner> learners(List<Double> cs) {
        List<Learner> out = new ArrayList<>();
        for (String name : learners) {
            switch (name.trim().toLowerCase(Locale.ROOT)) {
                case "liblinear" -> cs.forEach(c -> out.add(LiblinearLearner.logisticRegression(c)));
                case "maxent" -> out.add(OpenNlpLearner.maxent(iterations));
                case "perceptron" -> out.add(OpenNlpLearner.perceptron(iterations));
                default -> throw new ParameterException(spec.commandLine(), "unknown learner '" + name
                        + "'; expected liblinear, maxent or perceptron");
            }
        }
        return out;
    }

    private static Map<String, Double> scores(String prefix, EvalReport r) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (var e : r.metrics().entrySet()) {
            String key = prefix + "." + e.getKey().replaceAll("[^a-z]+", "_").replaceAll("_$", "");
            Counts c = e.getValue();
            out.put(key + ".p", round(c.precision()));
            out.put(key + ".r", round(c.recall()));
            out.put(key + ".f1", round(c.f1()));
        }
        return out;
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }

    private static double f1(EvalReport r, String metric) {
        Double f = r.f1(metric);
        return f == null ? 0 : f;
    }

    private static byte[] bytes(AttributionModel model) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try {
            ModelFile.write(model, b);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return b.toByteArray();
    }

    private static long sizeOf(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return -1;
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
