package io.claimant.attribution.learned.features;

import io.claimant.attribution.learned.table.TokenTable;
import io.claimant.attribution.learned.table.WordClusters;
import io.claimant.document.Document;
import io.claimant.document.EntityType;
import io.claimant.lexicon.Lexicon;
import io.claimant.testing.HandBuiltDocument;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cue features of single tokens of hand-built documents, by name. */
class CueFeaturesTest {

    //  0    1      2    3    4       5   6    7  8   9   10 11 12  13  14
    // Voss argued that the alliance holds . || “ We stay , ” he said .
    private static final Document DOC = HandBuiltDocument.parse(
            "Voss/PROPN argued/VERB/argue that/SCONJ the/DET alliance/NOUN holds/VERB/hold . || "
                    + "“ We/PRON stay/VERB , ” he/PRON said/VERB/say .")
            .name("Voss", EntityType.PERSON).build();
    private static final TokenTable TABLE = new TokenTable(DOC, List.of(), WordClusters.NONE);
    private static final CueVocabulary VOCABULARY = new LexiconCueVocabulary(Lexicon.builtIn());

    private static List<String> features(int i) {
        FeatureStrings out = new FeatureStrings();
        CueFeatures.observed(TABLE, i, VOCABULARY, out);
        return out.strings();
    }

    @Test
    void aVerbBeforeAThatClause() {
        List<String> f = features(1);
        for (String expected : List.of("bias", "word=argued", "lemma=argue", "tag=VERB", "lemma|tag=argue|VERB",
                "tag-1|tag|tag+1=PROPN|VERB|SCONJ", "follower=that", "follower|lemma=that|argue", "verb-class=speech",
                "rule-verb:tag=VERB", "rule-verb:follower=that", "mention-left|tag=PERSON|VERB",
                "subject|lemma=PERSON|argue", "that-ahead|tag=near|VERB", "quoted=false", "headline:tag=VERB")) {
            assertTrue(f.contains(expected), expected + " in " + f);
        }
    }

    @Test
    void aSpeechTagAfterAQuote() {
        List<String> f = features(13);
        assertTrue(f.contains("after-closing-quote:distance=2"), f.toString());
        assertTrue(f.contains("after-closing-quote:lemma=say"), f.toString());
        assertTrue(f.contains("quote-behind|tag=true|VERB"), f.toString());
        assertTrue(f.contains("follower=."), "a tag that ends its sentence: " + f);
        assertTrue(f.contains("mention-left|tag=pron|VERB"), f.toString());
        assertFalse(f.stream().anyMatch(s -> s.startsWith("headline")), "not in the first paragraph: " + f);
    }

    @Test
    void whichTokensCanBeCues() {
        assertTrue(CueFeatures.canBeCue(TABLE, 1));
        assertFalse(CueFeatures.canBeCue(TABLE, 6), "a full stop");
        assertFalse(CueFeatures.canBeCue(TABLE, 9), "a word inside a quotation");
        assertTrue(CueFeatures.canBeCue(TABLE, 13));
    }

    @Test
    void transitionsReadTheLabelBefore() {
        FeatureStrings out = new FeatureStrings();
        CueFeatures.transition(TABLE, 1, "B-CUE", out);
        assertTrue(out.strings().containsAll(List.of("label-1=B-CUE", "label-1|lemma=B-CUE|argue", "label-1|tag=B-CUE|VERB")),
                out.strings().toString());
    }
}
