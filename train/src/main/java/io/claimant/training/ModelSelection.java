package io.claimant.training;

import io.claimant.attribution.learned.model.AttributionModel;
import io.claimant.attribution.learned.model.LinearModel;
import io.claimant.attribution.learned.model.ModelCard;
import io.claimant.attribution.learned.model.ModelFile;
import io.claimant.eval.Counts;
import io.claimant.eval.EvalReport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Trains every model a {@link TrainingConfig} asks for and keeps the best on the validation texts: each cue
 * learner with each role learner, each run with each cue bias, scored by the sum of content overlap, content exact
 * and attribution F1. The dev corpora are scored once the choice is made, each on its own, and recorded in the
 * card; they never take part in it.
 */
public final class ModelSelection {

    /** What a selection reports as it goes; every method does nothing unless overridden. */
    public interface Listener {
        default void prepared(int texts, int trainTexts, int validationTexts, double seconds) {
        }

        default void rows(int cueRows, int roleRows) {
        }

        default void trained(int cueModels, int roleModels, double seconds) {
        }

        default void tried(Tried tried) {
        }

        default void chosen(AttributionModel model, String diagnostics) {
        }

        default void dev(String corpus, EvalReport report) {
        }
    }

    /** One combination tried on the validation texts. */
    public record Tried(String cueLearner, String roleLearner, double cueBias, EvalReport validation, double megabytes) {
        /** The validation F1 of {@code metric} (an {@link EvalReport} name), 0 where the report has none. */
        public double f1(String metric) {
            Double f = validation.f1(metric);
            return f == null ? 0 : f;
        }

        double score() {
            return f1(EvalReport.CONTENT_OVERLAP) + f1(EvalReport.CONTENT_EXACT) + f1(EvalReport.ATTRIBUTION);
        }
    }

    /**
     * @param misses the cues the chosen model misses or invents on the validation texts, in context
     */
    public record Result(AttributionModel model, Set<String> validationIds, int texts, List<String> misses) {
    }

    private final TrainingConfig config;
    private final Trainer trainer;
    private final Listener listener;

    public ModelSelection(TrainingConfig config, Trainer trainer, Listener listener) {
        this.config = config;
        this.trainer = trainer;
        this.listener = listener;
    }

    /**
     * @throws IOException              when a corpus cannot be read
     * @throws IllegalArgumentException when there are not texts both to train on and to validate on
     */
    public Result run() throws IOException {
        long start = System.nanoTime();
        List<PreparedText> texts = trainer.prepare(config.corpora());
        Map<Path, List<PreparedText>> dev = new LinkedHashMap<>();
        for (Path d : config.devCorpora()) {
            dev.put(d, trainer.prepare(List.of(d)));
        }
        Set<String> validation = config.validation().ids(texts.stream().map(PreparedText::id).toList());
        List<PreparedText> train = texts.stream().filter(t -> !validation.contains(t.id())).toList();
        List<PreparedText> held = texts.stream().filter(t -> validation.contains(t.id())).toList();
        if (train.isEmpty() || held.isEmpty()) {
            throw new IllegalArgumentException("need texts both to train on and to validate on; got " + train.size()
                    + " and " + held.size());
        }
        listener.prepared(texts.size(), train.size(), held.size(), seconds(start));

        Trainer.TrainingSets rows = trainer.rows(train, config.everyAnnotator(), config.weights());
        listener.rows(rows.cues().size(), rows.roles().size());
        List<Learner> cueLearners = config.cueLearners();
        List<Learner> roleLearners = config.roleLearners();
        long fitStart = System.nanoTime();
        List<LinearModel> fitted = trainer.fit(rows, config.cutoff(), cueLearners, roleLearners);
        listener.trained(cueLearners.size(), roleLearners.size(), seconds(fitStart));

        AttributionModel best = null;
        double bestScore = -1;
        for (int c = 0; c < cueLearners.size(); c++) {
            for (int r = 0; r < roleLearners.size(); r++) {
                Learner cueLearner = cueLearners.get(c);
                Learner roleLearner = roleLearners.get(r);
                ModelCard card = config.card(cueLearner, roleLearner, train, validation, 0);
                AttributionModel model = new AttributionModel(fitted.get(c), fitted.get(cueLearners.size() + r), card);
                double megabytes = sizeOf(model) / 1e6;
                for (double bias : config.cueBiases()) {
                    AttributionModel candidate = model.withCard(card.withSettings(card.settings().withCueBias(bias)));
                    Tried tried = new Tried(cueLearner.describe(), roleLearner.describe(), bias,
                            trainer.score(candidate, held, "validation"), megabytes);
                    listener.tried(tried);
                    if (tried.score() > bestScore) {
                        bestScore = tried.score();
                        best = candidate.withCard(candidate.card().withScores(scores("validation", tried.validation())));
                    }
                }
            }
        }
        List<String> misses = new ArrayList<>();
        listener.chosen(best, trainer.diagnose(best, held, misses));

        Map<String, Double> scores = new LinkedHashMap<>(best.card().scores());
        for (Map.Entry<Path, List<PreparedText>> d : dev.entrySet()) {
            // One dev corpus keeps the plain "dev." prefix; several are told apart by their folder's name.
            String prefix = dev.size() == 1 ? "dev" : "dev." + TrainingConfig.portable(d.getKey().getFileName());
            EvalReport report = trainer.score(best, d.getValue(), prefix);
            scores.putAll(scores(prefix, report));
            listener.dev(TrainingConfig.portable(d.getKey()), report);
        }
        return new Result(best.withCard(best.card().withScores(scores)), validation, texts.size(), misses);
    }

    /** Every metric's precision, recall and F1 under {@code prefix}, rounded to four places. */
    static Map<String, Double> scores(String prefix, EvalReport r) {
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

    private static long sizeOf(AttributionModel model) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try {
            ModelFile.write(model, b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.size();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
