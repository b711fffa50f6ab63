package io.claimant.training;

import io.claimant.Claimant;
import io.claimant.attribution.AttributionAnnotator;
import io.claimant.attribution.Candidate;
import io.claimant.attribution.CandidateGenerator;
import io.claimant.attribution.learned.AttributionModel;
import io.claimant.attribution.learned.CueVocabulary;
import io.claimant.attribution.learned.FeatureFingerprint;
import io.claimant.attribution.learned.LearnedCandidates;
import io.claimant.attribution.learned.LinearModel;
import io.claimant.attribution.learned.ModelCard;
import io.claimant.attribution.learned.TokenAttribution;
import io.claimant.attribution.learned.TrainingInstances;
import io.claimant.attribution.rules.RuleCandidates;
import io.claimant.attribution.rules.RuleVocabulary;
import io.claimant.document.Document;
import io.claimant.eval.AnnotatedDocument;
import io.claimant.eval.EvalReport;
import io.claimant.eval.Evaluator;
import io.claimant.eval.GoldCorpus;
import io.claimant.eval.Predictions;
import io.claimant.pipeline.DocumentInput;
import io.claimant.pipeline.Pipeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Trains the attribution models from brat gold: runs the pipeline up to quotations on every text, turns each
 * annotation file into rows for the cue model and the role model, trains both with the given learners, and
 * scores the result on the validation texts (held out of training) and, if given, on a dev corpus.
 */
public final class Trainer {

    private static final Logger LOG = LoggerFactory.getLogger(Trainer.class);

    private final CandidateGenerator rules = new RuleCandidates();
    private final CueVocabulary vocabulary = new RuleVocabulary();
    private final int threads;

    public Trainer(int threads) {
        this.threads = Math.max(1, threads);
    }

    /** Texts of the training corpora, each with every annotation file made for it. */
    public List<PreparedText> prepare(List<Path> corpora) throws IOException {
        Map<String, List<GoldCorpus.GoldFile>> byText = new LinkedHashMap<>();
        Map<String, String> corpusOf = new LinkedHashMap<>();
        for (Path corpus : corpora) {
            for (GoldCorpus.GoldFile f : GoldCorpus.readEveryAnnotation(corpus)) {
                String id = f.document().id();
                String previous = corpusOf.putIfAbsent(id, corpus.toString());
                if (previous != null && !previous.equals(corpus.toString())) {
                    throw new IOException("two training corpora have a text named " + id + ": " + previous
                            + " and " + corpus);
                }
                byText.computeIfAbsent(id, k -> new ArrayList<>()).add(f);
            }
        }
        List<DocumentInput> inputs = new ArrayList<>();
        for (var e : byText.entrySet()) {
            inputs.add(DocumentInput.ofText(e.getKey(), e.getValue().get(0).document().text().string()));
        }
        LOG.info("preparing {} texts ({} annotation files) with {} threads", inputs.size(),
                byText.values().stream().mapToInt(List::size).sum(), threads);
        List<PreparedText> out = new ArrayList<>();
        try (Pipeline pipeline = Claimant.builder().buildPreprocessing()) {
            pipeline.process(inputs, threads, r -> {
                if (r.failed()) {
                    throw new IllegalStateException(r.id() + ": " + r.error());
                }
                Document doc = r.document();
                List<GoldCorpus.GoldFile> files = byText.get(r.id());
                out.add(new PreparedText(corpusOf.get(r.id()), doc, rules.candidates(doc),
                        files.stream().map(GoldCorpus.GoldFile::document).toList(),
                        files.stream().map(GoldCorpus.GoldFile::annotationFile).toList()));
            });
        }
        return out;
    }

    /** Rows for both models from every annotation file of the given texts. */
    public TrainingSets rows(List<PreparedText> texts) {
        TrainingSet cues = new TrainingSet(cueLabels());
        TrainingSet roles = new TrainingSet(roleLabels());
        for (PreparedText t : texts) {
            TrainingInstances instances = new TrainingInstances(t.document(), t.ruleCandidates(), vocabulary);
            for (AnnotatedDocument gold : t.annotations()) {
                List<TokenAttribution> aligned = GoldAlignment.align(gold, t.document());
                instances.cueRows(aligned, cues::add);
                instances.roleRows(aligned, roles::add);
            }
        }
        return new TrainingSets(cues, roles);
    }

    /** Training rows for the cue model and the role model. */
    public record TrainingSets(TrainingSet cues, TrainingSet roles) {
    }

    /** Trains the two models side by side (one thread each when there are two). */
    public AttributionModel fit(TrainingSets sets, int cutoff, Learner cueLearner, Learner roleLearner,
                                ModelCard card) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(2, threads));
        try {
            Future<LinearModel> cues = pool.submit(() -> cueLearner.train(sets.cues().withCutoff(cutoff)));
            Future<LinearModel> roles = pool.submit(() -> roleLearner.train(sets.roles().withCutoff(cutoff)));
            return new AttributionModel(cues.get(), roles.get(), card);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("training interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("training failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Scores a model on prepared texts against the annotation the scorer uses. */
    public EvalReport score(AttributionModel model, List<PreparedText> texts, String name, boolean ruleFallback) {
        AttributionAnnotator attribution = new AttributionAnnotator(
                new LearnedCandidates(model, rules, vocabulary, ruleFallback));
        List<AnnotatedDocument> gold = new ArrayList<>();
        Map<String, AnnotatedDocument> predicted = new LinkedHashMap<>();
        for (PreparedText t : texts) {
            gold.add(t.scoringGold());
            predicted.put(t.id(), Predictions.fromDocument(t.id(), attribution.annotate(t.document())));
        }
        return Evaluator.evaluate(name, gold, predicted);
    }

    public static String[] cueLabels() {
        return new String[] {"O", "B-CUE", "I-CUE"};
    }

    public static String[] roleLabels() {
        return new String[] {"O", "B-S", "I-S", "B-C", "I-C"};
    }

    /** The card of a model about to be trained: what it was trained on and with what. */
    public static ModelCard card(Learner cueLearner, Learner roleLearner, int cutoff, List<Path> corpora,
                                 List<PreparedText> train, Set<String> validation, boolean ruleFallback) {
        Map<String, String> settings = new LinkedHashMap<>();
        cueLearner.settings().forEach((k, v) -> settings.put("cues." + k, v));
        roleLearner.settings().forEach((k, v) -> settings.put("roles." + k, v));
        settings.put("cutoff", String.valueOf(cutoff));
        settings.put("rule_fallback", String.valueOf(ruleFallback));
        List<String> files = new ArrayList<>();
        for (PreparedText t : train) {
            files.addAll(t.annotationFiles());
        }
        files.sort(null);
        return new ModelCard(ModelCard.FORMAT_VERSION, FeatureFingerprint.current(),
                "cues: " + cueLearner.describe() + "; roles: " + roleLearner.describe(), settings,
                corpora.stream().map(p -> p.getFileName() == null ? p.toString() : p.getFileName().toString()).toList(),
                files, validation.stream().sorted().toList(), Map.of());
    }

    /** The rule candidates of a prepared text, for callers that score rules alone. */
    static List<Candidate> ruleCandidates(PreparedText t) {
        return t.ruleCandidates();
    }
}
