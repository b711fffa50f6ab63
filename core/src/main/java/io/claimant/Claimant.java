package io.claimant;

import io.claimant.adapter.corenlp.CoreNlpEntityRecognizer;
import io.claimant.adapter.corenlp.CoreNlpWordClusters;
import io.claimant.adapter.opennlp.OpenNlpTextAnnotator;
import io.claimant.attribution.encoder.EncoderCandidates;
import io.claimant.attribution.encoder.EncoderModel;
import io.claimant.attribution.encoder.ShippedEncoder;
import io.claimant.attribution.AttributionAnnotator;
import io.claimant.attribution.CandidateGenerator;
import io.claimant.attribution.learned.model.AttributionModel;
import io.claimant.attribution.learned.LearnedCandidates;
import io.claimant.attribution.learned.model.ModelFile;
import io.claimant.attribution.learned.model.ShippedModel;
import io.claimant.attribution.learned.steps.Steps;
import io.claimant.attribution.rules.RuleCandidates;
import io.claimant.document.Claim;
import io.claimant.document.Document;
import io.claimant.entity.EntityGrouper;
import io.claimant.lexicon.Lexicon;
import io.claimant.pipeline.Pipeline;
import io.claimant.quote.QuotationAnnotator;

import java.nio.file.Path;
import java.util.List;

/**
 * The library's front door: text in, claims out.
 *
 * <pre>{@code
 * try (Claimant claimant = Claimant.create()) {
 *     for (Claim claim : claimant.extract(text)) { ... }
 * }
 * }</pre>
 *
 * Creating one loads the models (a few seconds); reuse it. It is thread-safe.
 */
public final class Claimant implements AutoCloseable {

    private final Pipeline pipeline;

    private Claimant(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** The full English pipeline with the default profile: OpenNLP tokens, POS and lemmas, CoreNLP's CRF names, quotes, claims. */
    public static Claimant create() {
        return builder().build();
    }

    /** The default profile's pipeline, for batches ({@link Pipeline#process}). */
    public static Pipeline defaultPipeline() {
        return builder().buildPipeline();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Typed settings for a pipeline; the command line, the server and Spark set the same ones. */
    public static final class Builder {
        /**
         * The profile a builder starts with: the one place that says which profile is the default. The command line,
         * the server and Spark read it from here. Still the fast profile: the accurate one reached issue 15's
         * quality and speed bars but not yet its seed-article bar (see the README's Profiles).
         */
        public static final Profile DEFAULT_PROFILE = Profile.FAST;

        private Profile profile = DEFAULT_PROFILE;
        private EncoderModel encoder;
        private AttributionModel model;
        /** The learned stage's steps after decoding, or null for those the model card lists. */
        private List<String> steps;
        private Lexicon lexicon = Lexicon.builtIn();
        private io.claimant.pipeline.DocumentLimits limits = io.claimant.pipeline.DocumentLimits.DEFAULT;

        private Builder() {
        }

        /**
         * The largest document accepted, in bytes (UTF-8 for text handed in as a string); default 10 MiB. A larger
         * one fails with {@code too-large} before any work is done.
         */
        public Builder maxBytes(long bytes) {
            this.limits = limits.withMaxBytes(bytes);
            return this;
        }

        /**
         * How long one document may take before it is stopped with {@code time-limit}. The default,
         * {@link io.claimant.pipeline.TimeBudget#DEFAULT}, is 30 s plus 1 s per 10,000 characters;
         * {@link io.claimant.pipeline.TimeBudget#NONE} turns the limit off.
         */
        public Builder timeBudget(io.claimant.pipeline.TimeBudget budget) {
            this.limits = limits.withBudget(java.util.Objects.requireNonNull(budget, "budget"));
            return this;
        }

        /** The same number of seconds for every document, whatever its size; 0 for no limit. */
        public Builder maxSecondsPerDoc(double seconds) {
            return timeBudget(io.claimant.pipeline.TimeBudget.fixed(seconds));
        }

        public io.claimant.pipeline.DocumentLimits limits() {
            return limits;
        }

        public Builder profile(Profile newProfile) {
            this.profile = java.util.Objects.requireNonNull(newProfile, "profile");
            return this;
        }

        public Profile profile() {
            return profile;
        }

        /**
         * The built-in word lists changed by the files in {@code folder}: {@code cue-verbs.tsv} replaces the verb
         * table, {@code cue-verbs.add.tsv} adds rows to it, and so on for every list (see {@link Lexicon#load}).
         * Read and checked now, so a bad folder fails here rather than when the pipeline runs.
         *
         * @throws io.claimant.lexicon.LexiconException naming the file and line at fault
         */
        public Builder lexicon(Path folder) {
            return lexicon(Lexicon.load(java.util.Objects.requireNonNull(folder, "folder")));
        }

        public Builder lexicon(Lexicon newLexicon) {
            this.lexicon = java.util.Objects.requireNonNull(newLexicon, "lexicon");
            return this;
        }

        public Lexicon lexicon() {
            return lexicon;
        }

        /**
         * An attribution model file to use instead of the shipped one (for the fast profile), for instance one
         * written by {@code claimant train}. Read and checked now: a model trained with other feature code is refused.
         *
         * @throws java.io.UncheckedIOException when the file cannot be read or does not fit this build
         */
        public Builder model(Path file) {
            try {
                return model(ModelFile.read(java.util.Objects.requireNonNull(file, "file")));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e.getMessage(), e);
            }
        }

        /**
         * A fine-tuned encoder to use instead of the shipped one (for the accurate profile): a folder with
         * {@code encoder.json}, {@code encoder.onnx} and {@code tokenizer.json}, as
         * {@code models/training/encoder/export.py} writes it.
         *
         * @throws java.io.UncheckedIOException when a file is missing or cannot be read
         */
        public Builder encoder(Path folder) {
            java.util.Objects.requireNonNull(folder, "folder");
            try (java.io.InputStream card = java.nio.file.Files.newInputStream(folder.resolve("encoder.json"));
                 java.io.InputStream onnx = java.nio.file.Files.newInputStream(folder.resolve("encoder.onnx"));
                 java.io.InputStream tokenizer = java.nio.file.Files.newInputStream(folder.resolve("tokenizer.json"))) {
                return encoder(EncoderModel.read(card, onnx, tokenizer));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot read the encoder in " + folder + ": " + e.getMessage(), e);
            }
        }

        public Builder encoder(EncoderModel newEncoder) {
            this.encoder = java.util.Objects.requireNonNull(newEncoder, "encoder");
            return this;
        }

        public Builder model(AttributionModel newModel) {
            this.model = java.util.Objects.requireNonNull(newModel, "model");
            return this;
        }

        /**
         * The steps after decoding the fast profile runs, by name and in order, instead of those its model card
         * lists (see {@link Steps}): for an experiment that leaves one out without retraining.
         *
         * @throws IllegalArgumentException naming a step that does not exist
         */
        public Builder steps(List<String> names) {
            Steps.named(java.util.Objects.requireNonNull(names, "names"), Lexicon.builtIn()); // checks the names now
            this.steps = List.copyOf(names);
            return this;
        }

        /**
         * Whether every setting that shapes the annotators is the default: such builders all build the same
         * annotators (limits aside, which {@link Pipeline#withLimits} sets on a shared pipeline).
         */
        public boolean isDefault() {
            return profile == DEFAULT_PROFILE && model == null && encoder == null && steps == null
                    && lexicon == Lexicon.builtIn();
        }

        public Pipeline buildPipeline() {
            // The attribution model or encoder reads while the tagging and name models load: on two cores it costs
            // no wall time.
            java.util.concurrent.CompletableFuture<AttributionModel> attribution = profile != Profile.FAST ? null
                    : model != null ? java.util.concurrent.CompletableFuture.completedFuture(model)
                    : java.util.concurrent.CompletableFuture.supplyAsync(ShippedModel::get);
            java.util.concurrent.CompletableFuture<EncoderModel> encoding = profile != Profile.ACCURATE ? null
                    : encoder != null ? java.util.concurrent.CompletableFuture.completedFuture(encoder)
                    : java.util.concurrent.CompletableFuture.supplyAsync(ShippedEncoder::get);
            return Pipeline.builder()
                    .add(new OpenNlpTextAnnotator(lexicon))
                    .add(new CoreNlpEntityRecognizer())
                    .add(new EntityGrouper(lexicon))
                    .add(new QuotationAnnotator(lexicon))
                    .add(new AttributionAnnotator(candidates(attribution, encoding), lexicon))
                    .limits(limits)
                    .build();
        }

        private CandidateGenerator candidates(java.util.concurrent.CompletableFuture<AttributionModel> attribution,
                                              java.util.concurrent.CompletableFuture<EncoderModel> encoding) {
            try {
                if (encoding != null) {
                    EncoderModel chosen = encoding.join();
                    return new EncoderCandidates(chosen, lexicon, CoreNlpWordClusters.shared(),
                            steps != null ? steps : chosen.card().steps());
                }
                if (attribution == null) {
                    return new RuleCandidates(lexicon);
                }
                AttributionModel loaded = attribution.join();
                return new LearnedCandidates(loaded, lexicon, CoreNlpWordClusters.shared(),
                        steps != null ? steps : loaded.card().settings().steps());
            } catch (java.util.concurrent.CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }

        /** Everything before attribution: sentences, tokens, tags, lemmas, names, entities, quotations. Training runs this once per text. */
        public Pipeline buildPreprocessing() {
            return Pipeline.builder()
                    .add(new OpenNlpTextAnnotator(lexicon))
                    .add(new CoreNlpEntityRecognizer())
                    .add(new EntityGrouper(lexicon))
                    .add(new QuotationAnnotator(lexicon))
                    .build();
        }

        public Claimant build() {
            return new Claimant(buildPipeline());
        }
    }

    /** Claims in document order. */
    public List<Claim> extract(String text) {
        return annotate("text", text).claims();
    }

    /** The whole document: sentences, tokens, entities, quotations and claims. */
    public Document annotate(String id, String text) {
        return pipeline.annotate(id, text);
    }

    public Pipeline pipeline() {
        return pipeline;
    }

    @Override
    public void close() {
        pipeline.close();
    }
}
