package io.claimant.attribution.learned;

import io.claimant.attribution.Candidate;
import io.claimant.attribution.CandidateGenerator;
import io.claimant.attribution.SourceSpans;
import io.claimant.attribution.learned.features.CueVocabulary;
import io.claimant.attribution.learned.features.LexiconCueVocabulary;
import io.claimant.attribution.learned.model.AttributionModel;
import io.claimant.attribution.learned.steps.StepContext;
import io.claimant.attribution.learned.steps.Steps;
import io.claimant.attribution.learned.table.CueSpan;
import io.claimant.attribution.learned.table.TokenSpan;
import io.claimant.attribution.learned.table.TokenTable;
import io.claimant.attribution.learned.table.WordClusters;
import io.claimant.attribution.learned.tagging.AttributionTagger;
import io.claimant.attribution.learned.tagging.ScoredCue;
import io.claimant.attribution.learned.tagging.TaggedAttribution;
import io.claimant.attribution.rules.RuleCandidates;
import io.claimant.document.Document;
import io.claimant.lexicon.Lexicon;
import io.claimant.pipeline.Deadline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The learned attribution stage. In order:
 * <ol>
 *   <li>the rules run: what they propose is a feature of both models, and the steps compare against it;</li>
 *   <li>the tagger marks cues across the document, then each cue's source and content among the tokens of its
 *       paragraph ({@link AttributionTagger});</li>
 *   <li>the tagged token spans become candidates in Claimant's span conventions ({@link CandidateReader});</li>
 *   <li>the steps after decoding run in the order the model card lists them ({@link Steps});</li>
 *   <li>each source is made whole around the span found ({@link SourceSpans#withWholeSources}), its core kept;</li>
 *   <li>the candidates are put in document order.</li>
 * </ol>
 * Thread-safe: one instance serves every thread.
 */
public final class LearnedCandidates implements CandidateGenerator {

    private final AttributionModel model;
    private final WordClusters clusters;
    private final RuleCandidates rules;
    private final AttributionTagger tagger;
    private final CandidateReader reader;
    private final Steps steps;

    /**
     * @param lexicon  the word lists the rules, the feature templates and the steps read
     * @param clusters the word classes the model was trained with
     * @param steps    the names of the steps after decoding, in the order to run them
     */
    public LearnedCandidates(AttributionModel model, Lexicon lexicon, WordClusters clusters, List<String> steps) {
        this.model = model;
        this.clusters = clusters;
        this.rules = new RuleCandidates(lexicon);
        CueVocabulary vocabulary = new LexiconCueVocabulary(lexicon);
        this.tagger = new AttributionTagger(model, vocabulary, lexicon, model.card().settings().cueBias());
        this.reader = new CandidateReader(vocabulary, lexicon);
        this.steps = Steps.named(steps, lexicon);
    }

    /** With the steps the model was chosen with, as its card lists them. */
    public static LearnedCandidates of(AttributionModel model, Lexicon lexicon, WordClusters clusters) {
        return new LearnedCandidates(model, lexicon, clusters, model.card().settings().steps());
    }

    public AttributionModel model() {
        return model;
    }

    /** The steps after decoding this stage runs, in order. */
    public List<String> steps() {
        return steps.names();
    }

    @Override
    public List<Candidate> candidates(Document doc) {
        List<Candidate> fromRules = rules.found(doc);
        TokenTable table = new TokenTable(doc, fromRules, clusters);
        List<Candidate> learned = read(table, tagger.tag(table));
        learned = new ArrayList<>(SourceSpans.withWholeSources(doc, steps.apply(learned, new StepContext(doc, fromRules))));
        learned.sort(Comparator.comparingInt(Candidate::firstOffset));
        return learned;
    }

    /**
     * Source and content for given cues, skipping cue detection and the steps after decoding: for measuring the
     * role model alone, as if cues were found perfectly.
     */
    public List<Candidate> candidatesForCues(Document doc, List<TokenSpan> cueTokens) {
        TokenTable table = new TokenTable(doc, rules.found(doc), clusters);
        List<ScoredCue> cues = cueTokens.stream().map(c -> new ScoredCue(CueSpan.of(table, c), 1.0)).toList();
        List<Candidate> out = new ArrayList<>(SourceSpans.withWholeSources(doc, read(table, tagger.rolesOf(table, cues))));
        out.sort(Comparator.comparingInt(Candidate::firstOffset));
        return out;
    }

    /** The cue tokens the cue model finds, for measuring it alone. */
    public List<TokenSpan> cueTokens(Document doc) {
        TokenTable table = new TokenTable(doc, rules.found(doc), clusters);
        return tagger.cues(table).stream().map(c -> c.cue().tokens()).toList();
    }

    private List<Candidate> read(TokenTable table, List<TaggedAttribution> tagged) {
        List<Candidate> out = new ArrayList<>(tagged.size());
        for (TaggedAttribution a : tagged) {
            Deadline.check();
            out.add(reader.read(table, a));
        }
        return out;
    }
}
