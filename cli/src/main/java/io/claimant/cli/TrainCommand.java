package io.claimant.cli;

import io.claimant.attribution.learned.model.AttributionModel;
import io.claimant.attribution.learned.model.ModelFile;
import io.claimant.attribution.learned.steps.Steps;
import io.claimant.eval.EvalReport;
import io.claimant.eval.ReportFormatter;
import io.claimant.training.ModelSelection;
import io.claimant.training.Trainer;
import io.claimant.training.TrainingConfig;
import io.claimant.training.Validation;
import io.claimant.training.ValidationSplit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    @Option(names = "--steps", paramLabel = "NAME", split = ",",
            description = "The steps after decoding the model runs, in order; the card records them. Default: every "
                    + "step, in the default order (relative-pronoun-source, source-from-rules, "
                    + "quote-continuation-from-rules, split-coordinated-claims, outermost-only, rule-fallback).")
    private List<String> steps;

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
        if (!annotators.equals("all") && !annotators.equals("first")) {
            throw new ParameterException(spec.commandLine(), "--annotators takes all or first, not " + annotators);
        }
        TrainingConfig config = config();
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(context.stdout(), StandardCharsets.UTF_8), true);
        long start = System.nanoTime();
        ModelSelection.Result result;
        try {
            result = new ModelSelection(config, new Trainer(threads), new Report(out)).run();
        } catch (IOException | RuntimeException e) {
            throw new FatalException("cannot train: " + e.getMessage(), e);
        }
        try {
            if (diagnostics != null) {
                Files.write(diagnostics, result.misses(), StandardCharsets.UTF_8);
            }
            ModelFile.write(result.model(), output);
            if (writeValidationList != null) {
                ValidationSplit.write(result.validationIds(), writeValidationList, "Texts held out of training to "
                        + "choose settings on (" + result.validationIds().size() + " of " + result.texts() + ").");
            }
        } catch (IOException e) {
            throw new FatalException("cannot write: " + e.getMessage(), e);
        }
        out.printf(Locale.ROOT, "wrote %s (%.1f MB) in %.1f s in all%n", output, sizeOf(output) / 1e6, seconds(start));
        return ExitCodes.OK;
    }

    /** The options as a typed configuration; settings that cannot train are usage errors, before any work. */
    private TrainingConfig config() {
        try {
            Validation validation = validationList != null ? Validation.listedIn(validationList)
                    : Validation.drawn(validationFraction, seed);
            return new TrainingConfig(gold, weights, validation, dev, learners, cValues,
                    roleCValues == null ? cValues : roleCValues, iterations, cutoff, cueBiases,
                    steps == null ? Steps.DEFAULT : steps.stream().filter(name -> !name.isBlank()).toList(),
                    annotators.equals("all"));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** Prints the selection as it goes: counts, then one row per combination tried, then the chosen model. */
    private static final class Report implements ModelSelection.Listener {
        private final PrintWriter out;

        Report(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void prepared(int texts, int trainTexts, int validationTexts, double seconds) {
            out.printf(Locale.ROOT, "prepared %d texts (%d to train on, %d to validate on) in %.1f s%n", texts,
                    trainTexts, validationTexts, seconds);
        }

        @Override
        public void rows(int cueRows, int roleRows) {
            out.printf(Locale.ROOT, "rows: %d for cues, %d for roles%n", cueRows, roleRows);
        }

        @Override
        public void trained(int cueModels, int roleModels, double seconds) {
            out.printf(Locale.ROOT, "trained %d cue and %d role models in %.1f s%n", cueModels, roleModels, seconds);
            out.printf("%-34s %-34s %5s %8s %8s %8s %6s%n", "cue model", "role model", "bias", "content", "exact",
                    "attrib.", "MB");
        }

        @Override
        public void tried(ModelSelection.Tried t) {
            out.printf(Locale.ROOT, "%-34s %-34s %5.1f %8.3f %8.3f %8.3f %6.1f%n", t.cueLearner(), t.roleLearner(),
                    t.cueBias(), t.f1(EvalReport.CONTENT_OVERLAP), t.f1(EvalReport.CONTENT_EXACT),
                    t.f1(EvalReport.ATTRIBUTION),
                    t.megabytes());
        }

        @Override
        public void chosen(AttributionModel model, String diagnostics) {
            out.print(diagnostics);
        }

        @Override
        public void dev(String corpus, EvalReport report) {
            out.println();
            out.println("scores of the chosen model on " + corpus + ":");
            out.print(ReportFormatter.table(report));
        }
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
