package io.claimant.training;

import io.claimant.attribution.learned.table.TokenSpan;
import io.claimant.document.Document;
import io.claimant.testing.HandBuiltDocument;
import org.junit.jupiter.api.Test;

import java.util.BitSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Gold spans in code points turned into token sets, with the cue cut to the words that carry it. */
class GoldAlignmentTest {

    private static BitSet tokens(int... indices) {
        BitSet set = new BitSet();
        for (int i : indices) {
            set.set(i);
        }
        return set;
    }

    @Test
    void codePointOffsetsLandOnTheRightTokensAfterAnEmoji() {
        //  0   1    2   3          4      5   6   7    8
        // 😀 . || Voss has repeatedly called for cuts .
        Document doc = HandBuiltDocument.parse("😀/SYM . || Voss/PROPN has/AUX/have repeatedly/ADV "
                + "called/VERB/call for/ADP cuts/NOUN/cut .").build();
        List<TokenAttribution> aligned = GoldAlignment.align(
                HandBuiltGold.gold(doc, "Voss | has repeatedly called for | cuts"), doc);
        assertEquals(1, aligned.size());
        assertEquals(new TokenSpan(5, 7), aligned.get(0).cue(), "auxiliary and adverb are framing, not the cue");
        assertEquals(tokens(2), aligned.get(0).source());
        assertEquals(tokens(7), aligned.get(0).content());
    }

    @Test
    void aColonAfterTheCueIsNotPartOfIt() {
        Document doc = HandBuiltDocument.parse("Voss/PROPN said/VERB/say : we/PRON stay/VERB .").build();
        List<TokenAttribution> aligned = GoldAlignment.align(HandBuiltGold.gold(doc, "Voss | said: | we stay"), doc);
        assertEquals(new TokenSpan(1, 2), aligned.get(0).cue());
    }

    @Test
    void aCueTokenIsNeverAlsoSourceOrContent() {
        Document doc = HandBuiltDocument.parse("Voss/PROPN said/VERB/say we/PRON stay/VERB .").build();
        List<TokenAttribution> aligned = GoldAlignment.align(
                HandBuiltGold.gold(doc, "Voss said | said | said we stay"), doc);
        assertEquals(tokens(0), aligned.get(0).source());
        assertEquals(tokens(2, 3), aligned.get(0).content());
    }
}
