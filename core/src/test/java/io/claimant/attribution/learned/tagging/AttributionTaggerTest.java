package io.claimant.attribution.learned.tagging;

import io.claimant.attribution.learned.features.LexiconCueVocabulary;
import io.claimant.attribution.learned.steps.Steps;
import io.claimant.attribution.learned.table.TokenSpan;
import io.claimant.attribution.learned.table.TokenTable;
import io.claimant.attribution.learned.table.WordClusters;
import io.claimant.document.Document;
import io.claimant.document.EntityType;
import io.claimant.lexicon.Lexicon;
import io.claimant.testing.HandBuiltDocument;
import io.claimant.testing.HandMadeModel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The two taggers with a hand-made model: typed token spans out. */
class AttributionTaggerTest {

    //  0     1    2    3   4    5     6  7    8      9    10
    // Karel Voss said the plan failed . || Lee  argued that ...
    private static final Document DOC = HandBuiltDocument.parse(
            "Karel/PROPN Voss/PROPN said/VERB/say the/DET plan/NOUN failed/VERB/fail . || "
                    + "Lee/PROPN argued/VERB/argue that/SCONJ costs/NOUN rose/VERB/rise .")
            .name("Karel Voss", EntityType.PERSON).name("Lee", EntityType.PERSON).build();

    private static AttributionTagger tagger(double cueBias) {
        return new AttributionTagger(HandMadeModel.withSteps(Steps.DEFAULT), new LexiconCueVocabulary(Lexicon.builtIn()),
                Lexicon.builtIn(), cueBias);
    }

    private static final TokenTable TABLE = new TokenTable(DOC, List.of(), WordClusters.NONE);

    @Test
    void cuesThenTheirSourceAndContent() {
        List<TaggedAttribution> found = tagger(0).tag(TABLE);
        assertEquals(1, found.size());
        TaggedAttribution a = found.get(0);
        assertEquals(new TokenSpan(2, 3), a.cue().cue().tokens());
        assertEquals("say", a.cue().cue().head());
        assertEquals(new TokenSpan(0, 2), a.source());
        assertEquals(List.of(new TokenSpan(3, 6)), a.content());
        assertEquals(new TokenSpan(0, 7), a.window(), "the role model reads the cue's paragraph");
        assertTrue(a.cue().probability() > 0.9, "lemma=say outweighs the bias: " + a);
    }

    @Test
    void aCueBiasFindsMoreCues() {
        // Every word that can be a cue scores 3 for outside and 0 for a cue but "say"; a bias of 4 tips them all.
        List<ScoredCue> cues = tagger(4).cues(TABLE);
        assertTrue(cues.size() > 1, cues.toString());
    }

    @Test
    void aCueWithoutContentReportsNothing() {
        Document alone = HandBuiltDocument.parse("Voss/PROPN said/VERB/say .").name("Voss", EntityType.PERSON).build();
        TokenTable t = new TokenTable(alone, List.of(), WordClusters.NONE);
        assertEquals(List.of(), tagger(0).tag(t));
        assertNull(new RoleTagger(HandMadeModel.withSteps(List.of()).roles())
                .tag(t, tagger(0).cues(t).get(0), null));
    }
}
