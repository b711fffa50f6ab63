package io.claimant.pipeline;

import io.claimant.document.Document;
import io.claimant.document.Layer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * An ordered chain of annotators, checked when it is built. Thread-safe: {@link #annotate} may be called from
 * many threads, and {@link #process} runs a batch on a thread pool while handing results back in input order.
 */
public final class Pipeline implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

    private final List<Annotator> annotators;
    private final Set<Layer> provided;

    private Pipeline(List<Annotator> annotators, Set<Layer> provided) {
        this.annotators = List.copyOf(annotators);
        this.provided = provided;
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<Annotator> annotators() {
        return annotators;
    }

    /** The layers a document has once this pipeline has run. */
    public Set<Layer> layers() {
        return provided;
    }

    /**
     * Runs every annotator in turn. Each must leave the layers it declared in {@link Annotator#provides()}: the
     * check when the pipeline was built trusted those declarations, so a broken promise fails this document here,
     * naming the annotator, rather than surfacing later as an empty layer or an error in someone else's code.
     */
    public Document annotate(String id, String text) {
        Document doc = Document.of(id, text);
        for (Annotator annotator : annotators) {
            doc = annotator.annotate(doc);
            checkProvided(annotator, doc);
        }
        return doc;
    }

    private static void checkProvided(Annotator annotator, Document doc) {
        if (doc == null) {
            throw new MissingLayersException(annotator.name() + " returned no document");
        }
        EnumSet<Layer> missing = EnumSet.noneOf(Layer.class);
        missing.addAll(annotator.provides());
        missing.removeAll(doc.layers());
        if (!missing.isEmpty()) {
            throw new MissingLayersException(annotator.name() + " declares " + annotator.provides()
                    + " but did not add " + missing);
        }
    }

    /**
     * Processes the inputs with {@code threads} worker threads and gives each result to {@code sink} in input
     * order, on the calling thread. A document that fails is reported as a failed result; the batch goes on.
     */
    public void process(Iterable<? extends DocumentInput> inputs, int threads, Consumer<DocumentResult> sink) {
        new OrderedBatch(this, threads).run(inputs, sink);
    }

    /** Convenience for small batches: all results, in input order. */
    public List<DocumentResult> processAll(List<? extends DocumentInput> inputs, int threads) {
        List<DocumentResult> results = new ArrayList<>(inputs.size());
        process(inputs, threads, results::add);
        return results;
    }

    DocumentResult processOne(DocumentInput input) {
        long start = System.nanoTime();
        String id = input.id();
        try {
            String text = input.readText();
            Document doc = annotate(id, text);
            return DocumentResult.success(doc, (System.nanoTime() - start) / 1e9);
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            // One bad document must not end the batch: record why it failed and go on.
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (!(e instanceof java.io.IOException)) {
                LOG.debug("document {} failed", id, e);
                message = "processing failed: " + e.getClass().getSimpleName() + ": " + message;
            }
            return DocumentResult.failure(id, message, (System.nanoTime() - start) / 1e9);
        }
    }

    @Override
    public void close() {
        for (Annotator annotator : annotators) {
            try {
                annotator.close();
            } catch (RuntimeException e) {
                LOG.warn("closing {} failed", annotator.name(), e);
            }
        }
    }

    /** Collects annotators and checks, when built, that each one's required layers come before it. */
    public static final class Builder {
        private final List<Annotator> annotators = new ArrayList<>();

        public Builder add(Annotator annotator) {
            annotators.add(Objects.requireNonNull(annotator));
            return this;
        }

        public Pipeline build() {
            EnumSet<Layer> available = EnumSet.noneOf(Layer.class);
            for (Annotator annotator : annotators) {
                EnumSet<Layer> missing = EnumSet.noneOf(Layer.class);
                missing.addAll(annotator.requires());
                missing.removeAll(available);
                if (!missing.isEmpty()) {
                    throw new PipelineConfigurationException(annotator.name() + " needs " + missing
                            + " but the annotators before it only add " + available);
                }
                available.addAll(annotator.provides());
            }
            return new Pipeline(annotators, available);
        }
    }
}
