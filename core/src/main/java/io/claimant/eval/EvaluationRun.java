package io.claimant.eval;

import io.claimant.pipeline.DocumentInput;
import io.claimant.pipeline.DocumentResult;
import io.claimant.pipeline.Pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One evaluation: a gold corpus against predictions that are either made now by a pipeline, or read from what
 * {@code claimant extract} wrote (JSON Lines, or a brat folder).
 */
public final class EvaluationRun {

    private final String name;
    private final List<AnnotatedDocument> gold;
    /** The tagged documents of the last {@link #predict} run, to score content by kind. */
    private final Map<String, io.claimant.document.Document> tagged = new java.util.concurrent.ConcurrentHashMap<>();

    /** Gold from one or more folders or single annotated files, read in the order given. */
    public EvaluationRun(List<Path> goldPaths) throws IOException {
        this.name = String.join(" + ", goldPaths.stream().map(Path::toString).toList());
        List<AnnotatedDocument> all = new java.util.ArrayList<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (Path p : goldPaths) {
            for (AnnotatedDocument d : GoldCorpus.read(p)) {
                if (!ids.add(d.id())) {
                    throw new IOException("two gold documents share the id " + d.id() + " (from " + name + ")");
                }
                all.add(d);
            }
        }
        if (all.isEmpty()) {
            throw new IOException("no annotated articles in " + name + " (expected NAME.txt with NAME.ann, "
                    + "or PolNeAR's text/ and attributions/ folders)");
        }
        this.gold = List.copyOf(all);
    }

    public EvaluationRun(Path goldDir) throws IOException {
        this(List.of(goldDir));
    }

    public List<AnnotatedDocument> gold() {
        return gold;
    }

    /** Runs the pipeline on the gold texts (exactly as decoded for the gold offsets). */
    public Map<String, AnnotatedDocument> predict(Pipeline pipeline, int threads) {
        List<DocumentInput> inputs = new ArrayList<>();
        for (AnnotatedDocument g : gold) {
            inputs.add(DocumentInput.ofText(g.id(), g.text().string()));
        }
        Map<String, AnnotatedDocument> out = new LinkedHashMap<>();
        pipeline.process(inputs, threads, (DocumentResult r) -> {
            if (r.failed()) {
                throw new IllegalStateException(r.id() + ": " + r.error());
            }
            out.put(r.id(), Predictions.fromDocument(r.id(), r.document()));
            tagged.put(r.id(), r.document());
        });
        return out;
    }

    /** Reads a brat folder (a directory) or JSON Lines (a file). */
    public Map<String, AnnotatedDocument> read(Path predictions) throws IOException {
        if (Files.isDirectory(predictions)) {
            Map<String, AnnotatedDocument> brat = Predictions.readBrat(predictions, gold);
            if (brat.isEmpty()) {
                // Every gold document would score as all misses: far more likely the wrong folder than a result.
                throw new IOException("no .ann file in " + predictions + " matches a gold document (expected NAME.ann"
                        + " beside NAME.txt for gold documents such as " + gold.get(0).id() + ")");
            }
            return brat;
        }
        Map<String, CodePointText> texts = new LinkedHashMap<>();
        gold.forEach(g -> texts.put(g.id(), g.text()));
        return Predictions.readJsonLines(predictions, texts);
    }

    /**
     * Scores; with {@code onlyPredicted}, gold documents that have no predictions at all are left out (for
     * comparing two annotators on a subset, not for scoring a system, where a missing document is all misses).
     */
    public EvalReport score(Map<String, AnnotatedDocument> predictions, boolean onlyPredicted) {
        List<AnnotatedDocument> scored = onlyPredicted
                ? gold.stream().filter(g -> predictions.containsKey(g.id())).toList() : gold;
        return Evaluator.evaluate(name, scored, predictions, tagged);
    }
}
