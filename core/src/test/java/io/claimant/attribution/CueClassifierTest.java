package io.claimant.attribution;

import io.claimant.attribution.rules.RuleCandidates;
import io.claimant.document.Claim;
import io.claimant.document.Document;
import io.claimant.lexicon.Lexicon;
import io.claimant.testing.HandBuiltDocument;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** cue.class: the verb table's class for a cue's lemma, the classes of the cues the table cannot hold, and null. */
class CueClassifierTest {

    private final CueClassifier classes = new CueClassifier(Lexicon.builtIn());

    @Test
    void verbsTakeTheirClassFromTheTable() {
        assertEquals("speech", classes.classOf("say"));
        assertEquals("belief", classes.classOf("believe"));
        assertEquals("stance", classes.classOf("urge"));
        assertEquals("evidence", classes.classOf("find"));
    }

    @Test
    void aPhraseCueIsClassedByItsVerb() {
        assertEquals("stance", classes.classOf("call for"));
        assertEquals("speech", classes.classOf("point out"));
    }

    @Test
    void accordingToAndPunctuationCuesReportSpeech() {
        assertEquals("speech", classes.classOf("according to"));
        assertEquals("speech", classes.classOf(":"));
        assertEquals("speech", classes.classOf("―"));
    }

    @Test
    void anIngFormTaggedAsANounKeepsItsVerbsClass() {
        assertEquals("speech", classes.classOf("warning"));
        assertEquals("speech", classes.classOf("arguing"));
        assertNull(classes.classOf("building"), "no verb 'build' in the table");
    }

    @Test
    void lemmasNotInTheTableHaveNoClass() {
        assertNull(classes.classOf("decision"));
        assertNull(classes.classOf("concerned"));
        assertNull(classes.classOf(null));
    }

    @Test
    void theAssemblerWritesTheClassOnEachClaim() {
        Document doc = HandBuiltDocument.parse("Voss/PROPN said/VERB/say the/DET plan/NOUN was/AUX/be dead/ADJ . | "
                + "He/PRON urged/VERB/urge allies/NOUN/ally to/PART spend/VERB more/ADJ .").build();
        List<String> found = new AttributionAnnotator(new RuleCandidates()).annotate(doc).claims().stream()
                .map(Claim::cue).map(c -> c.lemma() + " " + c.cueClass()).toList();
        assertEquals(List.of("say speech", "urge stance"), found);
    }
}
