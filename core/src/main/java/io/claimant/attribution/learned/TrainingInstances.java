package io.claimant.attribution.learned;

import io.claimant.attribution.Candidate;
import io.claimant.attribution.rules.RuleSpans;
import io.claimant.document.Document;
import io.claimant.lexicon.Lexicon;

import java.util.List;

/**
 * Turns one annotated document and its gold attributions into training rows for the two models, with exactly
 * the feature templates the decoder uses. The label before each position is the gold one (the usual way to train
 * a Markov model of this kind).
 */
public final class TrainingInstances {

    /** Receives one row: its features and its gold label. */
    public interface Sink {
        void accept(List<String> features, String label);
    }

    private final TokenTable table;
    private final CueVocabulary vocabulary;
    private final RuleSpans spans;

    public TrainingInstances(Document doc, List<Candidate> ruleCandidates, Lexicon lexicon, WordClusters clusters) {
        this.table = new TokenTable(doc, ruleCandidates, clusters);
        this.vocabulary = new VerbTableVocabulary(lexicon.cueVerbs());
        this.spans = new RuleSpans(doc, lexicon);
    }

    /** One row per token of the document, labelled B-CUE, I-CUE or O. */
    public void cueRows(List<TokenAttribution> gold, Sink sink) {
        String[] labels = new String[table.size];
        java.util.Arrays.fill(labels, "O");
        for (TokenAttribution a : gold) {
            for (int k = a.cueBegin(); k < a.cueEnd(); k++) {
                labels[k] = k == a.cueBegin() ? "B-CUE" : "I-CUE";
            }
        }
        FeatureStrings features = new FeatureStrings();
        for (int i = 0; i < table.size; i++) {
            if (!CueFeatures.canBeCue(table, i)) {
                continue; // labelled O when tagging too, without features
            }
            features.clear();
            CueFeatures.observed(table, i, vocabulary, features);
            CueFeatures.transition(table, i, i == 0 ? "O" : labels[i - 1], features);
            sink.accept(features.strings(), labels[i]);
        }
    }

    /** The gold source cut to Claimant's convention: its first run of tokens, without apposition or clause. */
    private java.util.BitSet sourceCore(java.util.BitSet source) {
        java.util.BitSet core = new java.util.BitSet();
        int begin = source.nextSetBit(0);
        if (begin >= 0) {
            int end = source.nextClearBit(begin);
            int[] c = SourceCore.of(table, begin, end);
            core.set(c[0], c[1]);
        }
        return core;
    }

    /**
     * For each gold attribution, one row per token of its cue's window except the cue itself, labelled B-S, I-S,
     * B-C, I-C or O.
     */
    public void roleRows(List<TokenAttribution> gold, Sink sink) {
        FeatureStrings features = new FeatureStrings();
        List<CueSpan> cues = gold.stream().map(a -> new CueSpan(a.cueBegin(), a.cueEnd(),
                LearnedCandidates.headLemma(table, a.cueBegin(), a.cueEnd()))).toList();
        List<RuleSpans.Proposal> proposals = LearnedCandidates.proposals(spans, table, cues);
        for (int g = 0; g < gold.size(); g++) {
            TokenAttribution a = gold.get(g);
            java.util.BitSet source = sourceCore(a.source());
            CueSpan cue = cues.get(g);
            int[] w = LearnedCandidates.window(table, cue);
            RoleFeatures.Context context = new RoleFeatures.Context(table, cue, w[0], w[1], proposals.get(g));
            String previous = "O";
            for (int i = w[0]; i < w[1]; i++) {
                String label;
                if (i >= cue.begin() && i < cue.end()) {
                    previous = "O";
                    continue;
                }
                if (source.get(i)) {
                    label = previous.endsWith("-S") ? "I-S" : "B-S";
                } else if (a.content().get(i)) {
                    label = previous.endsWith("-C") ? "I-C" : "B-C";
                } else {
                    label = "O";
                }
                features.clear();
                RoleFeatures.observed(context, i, features);
                RoleFeatures.transition(context, i, previous, features);
                sink.accept(features.strings(), label);
                previous = label;
            }
        }
    }
}
