package io.claimant.attribution.learned.features;

import io.claimant.attribution.learned.table.CueSpan;
import io.claimant.attribution.learned.table.TokenSpan;
import io.claimant.attribution.learned.table.TokenTable;
import io.claimant.attribution.learned.table.WordClusters;
import io.claimant.attribution.rules.RuleSpans;
import io.claimant.document.Document;
import io.claimant.document.EntityType;
import io.claimant.lexicon.Lexicon;
import io.claimant.testing.HandBuiltDocument;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The role features of tokens around one cue, by name. */
class RoleFeaturesTest {

    //  0     1     2     3    4       5    6  7    8
    // Karel Voss said , however , that costs rose .
    private static final Document DOC = HandBuiltDocument.parse(
            "Karel/PROPN Voss/PROPN said/VERB/say , however/ADV , that/SCONJ costs/NOUN/cost rose/VERB/rise .")
            .name("Karel Voss", EntityType.PERSON).build();
    private static final TokenTable TABLE = new TokenTable(DOC, List.of(), WordClusters.NONE);
    private static final CueSpan SAID = CueSpan.of(TABLE, new TokenSpan(2, 3));

    private static List<String> features(RoleContext context, int i) {
        FeatureStrings out = new FeatureStrings();
        RoleFeatures.observed(context, i, out);
        return out.strings();
    }

    private static RoleContext context() {
        RuleSpans.Proposal proposal = RuleProposals.forCues(new RuleSpans(DOC, Lexicon.builtIn()), TABLE,
                List.of(SAID)).get(0);
        return new RoleContext(TABLE, SAID, CueWindow.of(TABLE, SAID), proposal);
    }

    @Test
    void aNameBeforeTheCue() {
        List<String> f = features(context(), 1);
        for (String expected : List.of("side=L", "distance=L1", "sentences-apart=s0", "cue-lemma|side=say|L",
                "mention|side=PERSON|L", "side|tag=L|PROPN", "proposed=source-before", "no-rule-cue:side=L")) {
            assertTrue(f.contains(expected), expected + " in " + f);
        }
    }

    @Test
    void aWordOfTheContentSeesWhatLiesBetween() {
        List<String> f = features(context(), 7);
        for (String expected : List.of("side=R", "distance=R4-5", "right:that-between|sentences-apart=true|s0",
                "side|commas-between=R|2", "right:verb-between|distance=false|4-5", "proposed=content-after")) {
            assertTrue(f.contains(expected), expected + " in " + f);
        }
    }

    @Test
    void distancesFallIntoBuckets() {
        assertEquals("3", RoleFeatures.bucket(3));
        assertEquals("6-10", RoleFeatures.bucket(7));
        assertEquals("21+", RoleFeatures.bucket(40));
    }
}
