package io.claimant.training;

import io.claimant.Claimant;
import io.claimant.adapter.corenlp.CoreNlpWordClusters;
import io.claimant.attribution.AttributionAnnotator;
import io.claimant.attribution.Candidate;
import io.claimant.attribution.learned.model.AttributionModel;
import io.claimant.attribution.learned.LearnedCandidates;
import io.claimant.attribution.learned.model.LinearModel;
import io.claimant.attribution.learned.model.TagSet;
import io.claimant.attribution.learned.table.TokenSpan;
import io.claimant.attribution.learned.table.WordClusters;
import io.claimant.attribution.rules.RuleCandidates;
import io.claimant.document.Document;
import io.claimant.eval.AnnotatedDocument;
import io.claimant.eval.EvalReport;
import io.claimant.eval.Evaluator;
import io.claimant.eval.GoldCorpus;
import io.claimant.eval.Predictions;
import io.claimant.lexicon.Lexicon;
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

    private final Lexicon lexicon;
    private final WordClusters clusters;
    private final RuleCandidates rules;
    private final int threads;

    public Trainer(int threads) {
        this(threads, Lexicon.builtIn(), CoreNlpWordClusters.shared());
    }

    /** With the word lists the rules and the feature templates read; the same ones must serve extraction. */
    public Trainer(int threads, Lexicon lexicon, WordClusters clusters) {
        this.threads = Math.max(1, threads);
        this.lexicon = lexicon;
        this.clusters = clusters;
        this.rules = new RuleCandidates(lexicon);
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
        try (Pipeline pipeline = Claimant.builder().lexicon(lexicon).buildPreprocessing()) {
            pipeline.process(inputs, threads, r -> {
                if (r.failed()) {
                    throw new IllegalStateException(r.id() + ": " + r.error());
                }
                Document doc = r.document();
                List<GoldCorpus.GoldFile> files = byText.get(r.id());
                out.add(new PreparedText(corpusOf.get(r.id()), doc, rules.found(doc),
                        files.stream().map(GoldCorpus.GoldFile::document).toList(),
                        files.stream().map(GoldCorpus.GoldFile::annotationFile).toList()));
            });
        }
        return out;
    }

    /** Rows for both models from every annotation file of the given texts. */
    public TrainingSets rows(List<PreparedText> texts) {
        return rows(texts, true);
    }

    /** As {@link #rows(List)}; with {@code everyAnnotator} false, only the annotation the scorer uses. */
    public TrainingSets rows(List<PreparedText> texts, boolean everyAnnotator) {
        return rows(texts, everyAnnotator, Map.of());
    }

    /**
     * As {@link #rows(List, boolean)}, with the rows of the texts of a corpus repeated as many times as
     * {@code weights} says (by the corpus path as given), so that a small corpus written to Claimant's own
     * guidelines is not drowned by a large one written to PolNeAR's.
     */
    public TrainingSets rows(List<PreparedText> texts, boolean everyAnnotator, Map<String, Integer> weights) {
        TrainingSet cues = new TrainingSet(TagSet.CUES.labels());
        TrainingSet roles = new TrainingSet(TagSet.ROLES.labels());
        for (PreparedText t : texts) {
            TrainingInstances instances = new TrainingInstances(t.document(), t.ruleCandidates(), lexicon, clusters);
            int repeat = weights.getOrDefault(t.corpus(), 1);
            for (AnnotatedDocument gold : everyAnnotator ? t.annotations() : List.of(t.scoringGold())) {
                List<TokenAttribution> aligned = GoldAlignment.align(gold, t.document());
                for (int r = 0; r < repeat; r++) {
                    instances.cueRows(aligned, (token, features, label) -> cues.add(features, label));
                    instances.roleRows(aligned, (token, features, label) -> roles.add(features, label));
                }
            }
        }
        return new TrainingSets(cues, roles);
    }

    /** Training rows for the cue model and the role model. */
    public record TrainingSets(TrainingSet cues, TrainingSet roles) {
    }

    /**
     * Trains one model per learner for each of the two tasks, up to two at a time. The results keep the
     * learners' order: cue models first, then role models.
     */
    public List<LinearModel> fit(TrainingSets sets, int cutoff, List<Learner> cueLearners, List<Learner> roleLearners) {
        TrainingSet cues = sets.cues().withCutoff(cutoff);
        TrainingSet roles = sets.roles().withCutoff(cutoff);
        LOG.info("features after the cutoff: {} for cues, {} for roles", cues.featureCount(), roles.featureCount());
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(2, threads));
        try {
            List<Future<LinearModel>> futures = new ArrayList<>();
            for (Learner l : cueLearners) {
                futures.add(pool.submit(() -> l.train(cues)));
            }
            for (Learner l : roleLearners) {
                futures.add(pool.submit(() -> l.train(roles)));
            }
            List<LinearModel> out = new ArrayList<>();
            for (Future<LinearModel> f : futures) {
                out.add(f.get());
            }
            return out;
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
    public EvalReport score(AttributionModel model, List<PreparedText> texts, String name) {
        AttributionAnnotator attribution = new AttributionAnnotator(LearnedCandidates.of(model, lexicon, clusters), lexicon);
        List<AnnotatedDocument> gold = new ArrayList<>();
        Map<String, AnnotatedDocument> predicted = new LinkedHashMap<>();
        for (PreparedText t : texts) {
            gold.add(t.scoringGold());
            predicted.put(t.id(), Predictions.fromDocument(t.id(), attribution.annotate(t.document())));
        }
        return Evaluator.evaluate(name, gold, predicted);
    }

    /**
     * Each model measured alone on prepared texts: cue spans against gold cues (token ranges, exact and
     * overlapping), and the scores the role model reaches when given the gold cues; the cues it misses or invents
     * are listed in context in {@code misses}, when given.
     */
    public String diagnose(AttributionModel model, List<PreparedText> texts, List<String> misses) {
        LearnedCandidates learned = LearnedCandidates.of(model, lexicon, clusters);
        int gold = 0;
        int predicted = 0;
        int exact = 0;
        int overlap = 0;
        List<AnnotatedDocument> golds = new ArrayList<>();
        Map<String, AnnotatedDocument> oracle = new LinkedHashMap<>();
        for (PreparedText t : texts) {
            List<TokenAttribution> aligned = GoldAlignment.align(t.scoringGold(), t.document());
            List<TokenSpan> found = learned.cueTokens(t.document());
            gold += aligned.size();
            predicted += found.size();
            for (TokenAttribution a : aligned) {
                boolean e = false;
                boolean o = false;
                for (TokenSpan f : found) {
                    e |= f.equals(a.cue());
                    o |= f.overlaps(a.cue());
                }
                exact += e ? 1 : 0;
                overlap += o ? 1 : 0;
                if (!o && misses != null) {
                    misses.add("MISS\t" + inContext(t.document(), a.cue()));
                }
            }
            if (misses != null) {
                for (TokenSpan f : found) {
                    if (aligned.stream().noneMatch(a -> f.overlaps(a.cue()))) {
                        misses.add("FP\t" + inContext(t.document(), f));
                    }
                }
            }
            List<TokenSpan> goldCues = aligned.stream().map(TokenAttribution::cue).toList();
            List<Candidate> candidates = learned.candidatesForCues(t.document(), goldCues);
            AttributionAnnotator assemble = new AttributionAnnotator(doc -> candidates, lexicon);
            golds.add(t.scoringGold());
            oracle.put(t.id(), Predictions.fromDocument(t.id(), assemble.annotate(t.document())));
        }
        EvalReport withGoldCues = Evaluator.evaluate("gold cues", golds, oracle);
        if (misses != null) {
            for (EvalReport.DocumentErrors e : withGoldCues.errors()) {
                e.missed().forEach(m -> misses.add("ROLE-MISS\t" + e.doc() + "\t" + m));
                e.falsePositives().forEach(m -> misses.add("ROLE-FP\t" + e.doc() + "\t" + m));
            }
        }
        return String.format(java.util.Locale.ROOT,
                "cue model: %d gold cues, %d found; exact recall %.3f, overlap recall %.3f, precision (overlap, approx.) %.3f%n"
                        + "role model with gold cues: content overlap F1 %.3f, exact F1 %.3f, attribution F1 %.3f%n",
                gold, predicted, exact / (double) gold, overlap / (double) gold, overlap / (double) Math.max(1, predicted),
                withGoldCues.f1(EvalReport.CONTENT_OVERLAP), withGoldCues.f1(EvalReport.CONTENT_EXACT),
                withGoldCues.f1(EvalReport.ATTRIBUTION));
    }

    private static String inContext(Document doc, TokenSpan span) {
        int begin = span.begin();
        int end = span.end();
        var tokens = doc.tokens();
        int sentence = tokens.get(begin).sentence();
        StringBuilder sb = new StringBuilder();
        sb.append(doc.text().substring(tokens.get(begin).begin(), tokens.get(end - 1).end())).append('\t');
        for (var tok : doc.tokens(doc.sentences().get(sentence))) {
            boolean in = tok.index() >= begin && tok.index() < end;
            sb.append(in ? "[[" : "").append(tok.text()).append(in ? "]]" : "").append(' ');
        }
        return sb.toString().replace('\n', ' ');
    }
}
