package io.claimant.training;

import io.claimant.attribution.learned.features.CueFeatures;
import io.claimant.attribution.learned.features.CueVocabulary;
import io.claimant.attribution.learned.features.CueWindow;
import io.claimant.attribution.learned.features.FeatureHash;
import io.claimant.attribution.learned.features.FeatureHashes;
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
import io.claimant.lexicon.Lexicon;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Training reads features as strings and tagging as hashes computed without building them; a weight is only ever
 * found when both give the same number. For every row training makes from the hand-built documents, the hashes
 * tagging computes at the same token, for the same cue and label before, are the hashes of the row's strings,
 * one for one.
 */
class FeatureAgreementTest {

    private static final Lexicon LEXICON = Lexicon.builtIn();
    private static final CueVocabulary VOCABULARY = new LexiconCueVocabulary(LEXICON);

    static List<PreparedText> texts() {
        return HandBuiltTexts.all();
    }

    private static void assertSameFeatures(List<String> strings, FeatureHashes hashes, String where) {
        long[] expected = strings.stream().mapToLong(FeatureHash::of).toArray();
        long[] actual = new long[hashes.size()];
        for (int k = 0; k < actual.length; k++) {
            actual[k] = hashes.get(k);
        }
        assertEquals(Arrays.toString(expected), Arrays.toString(actual), where + ": " + strings);
    }

    @ParameterizedTest
    @MethodSource("texts")
    void cueRowsAgree(PreparedText text) {
        TokenTable t = new TokenTable(text.document(), text.ruleCandidates(), WordClusters.NONE);
        List<TokenAttribution> gold = GoldAlignment.align(text.scoringGold(), text.document());
        String[] labels = new String[t.size];
        Arrays.fill(labels, TagSet.OUTSIDE);
        for (TokenAttribution a : gold) {
            for (int k = a.cue().begin(); k < a.cue().end(); k++) {
                labels[k] = k == a.cue().begin() ? TagSet.CUES.begin(TagSet.Role.CUE) : TagSet.CUES.inside(TagSet.Role.CUE);
            }
        }
        List<Integer> rows = new ArrayList<>();
        new TrainingInstances(text.document(), text.ruleCandidates(), LEXICON, WordClusters.NONE).cueRows(gold,
                (token, strings, label) -> {
                    FeatureHashes hashes = new FeatureHashes();
                    CueFeatures.observed(t, token, VOCABULARY, hashes);
                    CueFeatures.transition(t, token, token == 0 ? TagSet.OUTSIDE : labels[token - 1], hashes);
                    assertSameFeatures(strings, hashes, text.id() + " token " + token);
                    rows.add(token);
                });
        List<Integer> taggable = new ArrayList<>();
        for (int i = 0; i < t.size; i++) {
            if (CueFeatures.canBeCue(t, i)) {
                taggable.add(i);
            }
        }
        assertEquals(taggable, rows, "training has a row for each token the cue tagger scores, and no other");
    }

    @ParameterizedTest
    @MethodSource("texts")
    void roleRowsAgree(PreparedText text) {
        TokenTable t = new TokenTable(text.document(), text.ruleCandidates(), WordClusters.NONE);
        List<TokenAttribution> gold = GoldAlignment.align(text.scoringGold(), text.document());
        List<CueSpan> cues = gold.stream().map(a -> CueSpan.of(t, a.cue())).toList();
        List<RuleSpans.Proposal> proposals = RuleProposals.forCues(new RuleSpans(text.document(), LEXICON), t, cues);
        // The tokens the role tagger scores for each cue, in order: its window without the cue.
        List<int[]> expected = new ArrayList<>();
        for (int g = 0; g < cues.size(); g++) {
            TokenSpan window = CueWindow.of(t, cues.get(g));
            for (int i = window.begin(); i < window.end(); i++) {
                if (!cues.get(g).tokens().contains(i)) {
                    expected.add(new int[] {g, i});
                }
            }
        }
        int[] row = {0};
        String[] previous = {TagSet.OUTSIDE};
        new TrainingInstances(text.document(), text.ruleCandidates(), LEXICON, WordClusters.NONE).roleRows(gold,
                (token, strings, label) -> {
                    int[] at = expected.get(row[0]++);
                    assertEquals(at[1], token);
                    CueSpan cue = cues.get(at[0]);
                    TokenSpan window = CueWindow.of(t, cue);
                    boolean afresh = token == window.begin() || token == cue.end();
                    FeatureHashes hashes = new FeatureHashes();
                    RoleContext context = new RoleContext(t, cue, window, proposals.get(at[0]));
                    RoleFeatures.observed(context, token, hashes);
                    RoleFeatures.transition(context, token, afresh ? TagSet.OUTSIDE : previous[0], hashes);
                    assertSameFeatures(strings, hashes, text.id() + " cue " + cue + " token " + token);
                    previous[0] = label;
                });
        assertEquals(expected.size(), row[0], "one row for each token the role tagger scores");
    }
}
