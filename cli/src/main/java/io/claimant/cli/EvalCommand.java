package io.claimant.cli;

import io.claimant.adapter.corenlp.CoreNlpEntityRecognizer;
import io.claimant.eval.AnnotatedDocument;
import io.claimant.eval.ConllEvaluator;
import io.claimant.eval.Counts;
import io.claimant.eval.EvalReport;
import io.claimant.eval.EvaluationRun;
import io.claimant.eval.Predictions;
import io.claimant.eval.ReportFormatter;
import io.claimant.Claimant;
import io.claimant.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "eval", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
            "Scores claims against gold annotations (brat standoff: Claimant's NAME.txt + NAME.ann, or PolNeAR's "
                + "text/ + attributions/ layout) and prints precision, recall and F1.",
            "Without --pred it runs the pipeline on the gold texts itself."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:scored", "2:usage error", "3:gold or predictions unreadable, or models not loadable"},
        footerHeading = "%nScoring rule:%n",
        footer = {
            "Spans are trimmed of quotation marks, punctuation, spaces and a leading \"that\". A gold and a "
                + "predicted span match (overlap) when their shared characters cover at least half of each, "
                + "paired one-to-one, largest overlaps first; exact means equal trimmed spans. Attribution: the "
                + "content matches and the sources overlap the same way (or both are absent). Entities: CoNLL "
                + "strict (type and boundaries) and overlap. Layers the gold does not annotate are n/a."})
final class EvalCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--gold", paramLabel = "PATH",
            description = "A gold corpus folder, or one annotated NAME.txt (with NAME.ann beside it); repeat to "
                    + "score several together.")
    private List<Path> gold;

    @Option(names = "--pred", paramLabel = "PATH",
            description = "Predictions: JSON Lines from 'claimant extract' (claims or document format), or a "
                    + "folder from 'claimant extract --format brat'.")
    private Path pred;

    @Option(names = "--report", paramLabel = "FILE", description = "Also write the scores as JSON to FILE.")
    private Path report;

    @Option(names = "--errors", description = "List each document's misses and false positives with their text.")
    private boolean errors;

    @Option(names = "--only-predicted",
            description = "Score only the gold documents the predictions cover (e.g. a second annotator's subset).")
    private boolean onlyPredicted;

    @Option(names = "--conll", paramLabel = "FILE",
            description = "Score the named-entity recognizer on a CoNLL-2003 column file (IOB1 or IOB2).")
    private Path conll;

    @Mixin
    private PipelineOptions pipelineOptions;

    @Option(names = {"-t", "--threads"}, paramLabel = "N", description = "Documents processed at once. Default: ${DEFAULT-VALUE}.")
    private int threads = Runtime.getRuntime().availableProcessors();

    private final CliContext context;

    EvalCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (gold == null && conll == null) {
            throw new ParameterException(spec.commandLine(), "name the gold corpus with --gold DIR (or a CoNLL file with --conll)");
        }
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1, got " + threads);
        }
        Claimant.Builder settings = pipelineOptions.builder();
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(context.stdout(), StandardCharsets.UTF_8), true);
        if (conll != null) {
            scoreConll(out);
        }
        if (gold != null) {
            scoreCorpus(out, settings);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private void scoreCorpus(PrintWriter out, Claimant.Builder settings) {
        EvaluationRun run;
        try {
            run = new EvaluationRun(gold);
        } catch (IOException | RuntimeException e) {
            throw new FatalException("cannot read the gold corpus: " + e.getMessage() + whereToGetPolnear(), e);
        }
        Map<String, AnnotatedDocument> predictions;
        try {
            predictions = pred != null ? run.read(pred) : run.predict(pipeline(settings), threads);
        } catch (IOException | RuntimeException e) {
            throw new FatalException("cannot read predictions " + pred + ": " + e.getMessage(), e);
        }
        EvalReport result = run.score(predictions, onlyPredicted);
        boolean claimsFormat = pred != null && !Predictions.haveQuotationsAndEntities(predictions);
        out.print(ReportFormatter.table(result, claimsFormat
                ? "claims format has no quotations/entities; use --format document" : null));
        if (errors) {
            out.println();
            out.print(ReportFormatter.errors(result));
        }
        if (report != null) {
            try {
                Files.writeString(report, ReportFormatter.json(result, errors), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new FatalException("cannot write " + report + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * The README's commands name {@code ../shared/polnear}, which is not in this repository: a user
     * who runs them without it needs to hear where the corpus comes from, not just that a folder is missing.
     */
    private String whereToGetPolnear() {
        boolean missingPolnear = gold.stream().anyMatch(p -> Files.notExists(p)
                && p.toString().toLowerCase(Locale.ROOT).contains("polnear"));
        return missingPolnear ? ". PolNeAR is not shipped with Claimant: clone https://github.com/networkdynamics/PolNeAR"
                + " and give its folder (the one holding text/ and attributions/, or a split of it) to --gold" : "";
    }

    private void scoreConll(PrintWriter out) {
        Counts c;
        try {
            c = ConllEvaluator.evaluate(conll, new CoreNlpEntityRecognizer());
        } catch (IOException e) {
            throw new FatalException("cannot read " + conll + ": " + e.getMessage(), e);
        }
        out.printf(Locale.ROOT, "%s: entities (CoNLL strict) P %.3f R %.3f F1 %.3f (TP %d, FP %d, FN %d)%n",
                conll, c.precision(), c.recall(), c.f1(), c.tp(), c.fp(), c.fn());
    }

    private Pipeline pipeline(Claimant.Builder settings) {
        try {
            return context.pipelines().apply(settings);
        } catch (RuntimeException e) {
            throw new FatalException("cannot load the models: " + e.getMessage(), e);
        }
    }
}
