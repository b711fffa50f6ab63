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
    private final DocumentLimits limits;

    private Pipeline(List<Annotator> annotators, Set<Layer> provided, DocumentLimits limits) {
        this.annotators = List.copyOf(annotators);
        this.provided = provided;
        this.limits = limits;
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

    /** The size limit and time budget each document gets. */
    public DocumentLimits limits() {
        return limits;
    }

    /** The same annotators (shared, not copied) with other limits. */
    public Pipeline withLimits(DocumentLimits newLimits) {
        return new Pipeline(annotators, provided, java.util.Objects.requireNonNull(newLimits, "limits"));
    }

    /**
     * Runs every annotator in turn. Each must leave the layers it declared in {@link Annotator#provides()}: the
     * check when the pipeline was built trusted those declarations, so a broken promise fails this document here,
     * naming the annotator, rather than surfacing later as an empty layer or an error in someone else's code.
     *
     * <p>The text must be within {@link #limits()}: over the size limit it fails at once, and past its time budget
     * it stops at the next check, both with a {@link DocumentException} whose code says which.
     */
    public Document annotate(String id, String text) {
        checkedSize(text);
        Deadline outer = Deadline.current();
        Deadline own = limits.budget().deadlineFor(text.length());
        // A caller's own deadline (a batch's, set before reading) wins when it is the earlier one.
        Deadline deadline = outer.isLimited() && (!own.isLimited() || outer.endsBefore(own)) ? outer : own;
        return deadline.run(() -> annotateWithin(id, text));
    }

    private Document annotateWithin(String id, String text) {
        Document doc = Document.of(id, text);
        for (Annotator annotator : annotators) {
            Deadline.check();
            doc = annotator.annotate(doc);
            checkProvided(annotator, doc);
        }
        return doc;
    }

    /** UTF-8 length of {@code text}, counted only as far as one byte past {@code limit}. */
    private static long utf8Length(String text, long limit) {
        if ((long) text.length() * 3 <= limit) {
            return text.length(); // cannot be over the limit: at most three bytes per UTF-16 unit
        }
        long bytes = 0;
        for (int i = 0; i < text.length() && bytes <= limit; i++) {
            char c = text.charAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return bytes;
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

    /**
     * Reads and annotates one input on the calling thread; every failure becomes a failed result with its code,
     * never an exception. For callers that bring their own threads, such as Spark's tasks; the time budget is
     * enforced by the annotators' own checks, as no watchdog stands by.
     */
    public DocumentResult processOne(DocumentInput input) {
        return processOne(input, started -> { });
    }

    /**
     * As {@link #processOne(DocumentInput)}, telling {@code started} the deadline once the text is read (its
     * budget depends on the text's length), so that a watchdog knows how long to wait for this document.
     */
    DocumentResult processOne(DocumentInput input, java.util.function.Consumer<Deadline> started) {
        long start = System.nanoTime();
        String id = input.id();
        try {
            String text = input.readText();
            Deadline deadline = limits.budget().deadlineFor(text.length());
            started.accept(deadline);
            Document doc = deadline.run(() -> annotateWithin(id, checkedSize(text)));
            return DocumentResult.success(doc, (System.nanoTime() - start) / 1e9);
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            // One bad document must not end the batch: record why it failed and go on.
            return failure(id, e, (System.nanoTime() - start) / 1e9);
        }
    }

    /** {@code text}, or a {@code too-large} failure when its UTF-8 form is over the size limit. */
    private String checkedSize(String text) {
        if (utf8Length(text, limits.maxBytes()) > limits.maxBytes()) {
            throw new DocumentException(ErrorCode.TOO_LARGE, "too large: over " + limits.maxBytes()
                    + " bytes as UTF-8 (the size limit)");
        }
        return text;
    }

    private static DocumentResult failure(String id, Throwable e, double seconds) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof CodedFailure coded) {
            return DocumentResult.failure(id, coded.code(), message, seconds);
        }
        if (e instanceof java.io.IOException) {
            return DocumentResult.failure(id, ErrorCode.UNREADABLE, message, seconds);
        }
        LOG.debug("document {} failed", id, e);
        return DocumentResult.failure(id, ErrorCode.INTERNAL,
                "processing failed: " + e.getClass().getSimpleName() + ": " + message, seconds);
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
        private DocumentLimits limits = DocumentLimits.DEFAULT;

        public Builder add(Annotator annotator) {
            annotators.add(Objects.requireNonNull(annotator));
            return this;
        }

        /** The size limit and time budget of each document ({@link DocumentLimits#DEFAULT} unless set). */
        public Builder limits(DocumentLimits newLimits) {
            this.limits = Objects.requireNonNull(newLimits, "limits");
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
            return new Pipeline(annotators, available, limits);
        }
    }
}
