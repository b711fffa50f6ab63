package io.claimant.training;

import io.claimant.attribution.Candidate;
import io.claimant.attribution.SourceSpans;
import io.claimant.attribution.learned.features.CueFeatures;
import io.claimant.attribution.learned.features.CueVocabulary;
import io.claimant.attribution.learned.features.CueWindow;
import io.claimant.attribution.learned.features.FeatureStrings;
import io.claimant.attribution.learned.features.LexiconCueVocabulary;
import io.claimant.attribution.learned.features.RoleContext;
import io.claimant.attribution.learned.features.RoleFeatures;
import io.claimant.attribution.learned.features.RuleProposals;
import io.claimant.attribution.learned.model.TagSet;
import io.claimant.attribution.learned.table.CueSpan;
import io.claimant.attribution.learned.table.TokenSpan;
import io.claimant.attribution.learned.table.TokenTable;
import io.claimant.attribution.learned.table.WordClusters;
import io.claimant.attribution.rules.RuleSpans;
import io.claimant.document.Document;
import io.claimant.document.Span;
import io.claimant.document.Token;
import io.claimant.lexicon.Lexicon;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Turns one annotated document and its gold attributions into training rows for the two models, with exactly
 * the feature templates and positions the taggers use. The label before each position is the gold one (the usual
 * way to train a Markov model of this kind).
 */
public final class TrainingInstances {

    /** Receives one row: the token it describes, its features and its gold label. */
    public interface Sink {
        void accept(int token, List<String> features, String label);
    }

    private final TokenTable table;
    private final CueVocabulary vocabulary;
    private final RuleSpans spans;

    public TrainingInstances(Document doc, List<Candidate> ruleCandidates, Lexicon lexicon, WordClusters clusters) {
        this.table = new TokenTable(doc, ruleCandidates, clusters);
        this.vocabulary = new LexiconCueVocabulary(lexicon);
        this.spans = new RuleSpans(doc, lexicon);
    }

    /** One row per token that can be a cue, labelled by {@link TagSet#CUES}; the others are outside without a row. */
    public void cueRows(List<TokenAttribution> gold, Sink sink) {
        String[] labels = new String[table.size];
        Arrays.fill(labels, TagSet.OUTSIDE);
        for (TokenAttribution a : gold) {
            for (int k = a.cue().begin(); k < a.cue().end(); k++) {
                labels[k] = k == a.cue().begin() ? TagSet.CUES.begin(TagSet.Role.CUE) : TagSet.CUES.inside(TagSet.Role.CUE);
            }
        }
        FeatureStrings features = new FeatureStrings();
        for (int i = 0; i < table.size; i++) {
            if (!CueFeatures.canBeCue(table, i)) {
                continue; // labelled outside when tagging too, without features
            }
            features.clear();
            CueFeatures.observed(table, i, vocabulary, features);
            CueFeatures.transition(table, i, i == 0 ? TagSet.OUTSIDE : labels[i - 1], features);
            sink.accept(i, features.strings(), labels[i]);
        }
    }

    /**
     * For each gold attribution, one row per token of its cue's window except the cue itself, labelled by
     * {@link TagSet#ROLES}. The gold source is cut to its core first ({@link SourceSpans#core}), the span the
     * shipped model was trained to find: the candidates make it whole again.
     */
    public void roleRows(List<TokenAttribution> gold, Sink sink) {
        FeatureStrings features = new FeatureStrings();
        List<CueSpan> cues = gold.stream().map(a -> CueSpan.of(table, a.cue())).toList();
        List<RuleSpans.Proposal> proposals = RuleProposals.forCues(spans, table, cues);
        for (int g = 0; g < gold.size(); g++) {
            TokenAttribution a = gold.get(g);
            BitSet source = sourceCore(a.source());
            CueSpan cue = cues.get(g);
            TokenSpan window = CueWindow.of(table, cue);
            RoleContext context = new RoleContext(table, cue, window, proposals.get(g));
            String previous = TagSet.OUTSIDE;
            for (int i = window.begin(); i < window.end(); i++) {
                if (cue.tokens().contains(i)) {
                    previous = TagSet.OUTSIDE;
                    continue;
                }
                String label = source.get(i) ? TagSet.ROLES.continuing(TagSet.Role.SOURCE, previous)
                        : a.content().get(i) ? TagSet.ROLES.continuing(TagSet.Role.CONTENT, previous)
                        : TagSet.OUTSIDE;
                features.clear();
                RoleFeatures.observed(context, i, features);
                RoleFeatures.transition(context, i, previous, features);
                sink.accept(i, features.strings(), label);
                previous = label;
            }
        }
    }

    /** The core of the gold source's first run of tokens. */
    private BitSet sourceCore(BitSet source) {
        BitSet core = new BitSet();
        int begin = source.nextSetBit(0);
        if (begin >= 0) {
            List<Token> tokens = table.doc.tokens();
            Span whole = new TokenSpan(begin, source.nextClearBit(begin)).characters(tokens);
            Span c = SourceSpans.core(table.doc, whole);
            for (int k = begin; k < source.nextClearBit(begin) && tokens.get(k).begin() < c.end(); k++) {
                core.set(k);
            }
        }
        return core;
    }
}
