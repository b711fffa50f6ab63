package io.claimant.attribution.learned.table;

import io.claimant.attribution.Candidate;
import io.claimant.document.Document;
import io.claimant.document.EntityType;
import io.claimant.document.Span;
import io.claimant.testing.HandBuiltDocument;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the token table says of each token of a hand-built document. */
class TokenTableTest {

    // 0 1  2    3    4 5 6    7    8    9        10  11 12     13
    // “ We will stay , ” Voss said . || Analysts say 2  things .
    private static final Document DOC = HandBuiltDocument.parse(
            "“ We/PRON will/AUX stay/VERB , ” Voss/PROPN said/VERB/say . || "
                    + "Analysts/NOUN/analyst say/VERB 2/NUM things/NOUN/thing .")
            .name("Voss", EntityType.PERSON).build();

    private static TokenTable table(List<Candidate> rules) {
        return new TokenTable(DOC, rules, word -> word.equals("said") ? "C7" : null);
    }

    @Test
    void wordsLemmasTagsAndShapes() {
        TokenTable t = table(List.of());
        assertEquals(14, t.size);
        assertEquals("voss", t.word[6], "words are lower-cased");
        assertEquals("say", t.lemma[7]);
        assertEquals("NUM", t.pos[11]);
        assertArrayEquals(new String[] {"q", "Xx", "x", "x", "p", "q", "Xx", "x", "p"},
                java.util.Arrays.copyOfRange(t.shape, 0, 9));
        assertEquals("d", t.shape[11]);
        assertEquals("C7", t.cluster[7]);
        assertEquals("?", t.cluster[6], "a word without a class");
    }

    @Test
    void sentencesParagraphsAndBoundaries() {
        TokenTable t = table(List.of());
        assertEquals(0, t.paragraph[8]);
        assertEquals(1, t.paragraph[9]);
        assertEquals(9, t.paragraphStart[12]);
        assertEquals(14, t.paragraphEnd[12]);
        assertEquals(2, t.inParagraph[11]);
        assertEquals("<s>", t.wordIn(8, 9), "context does not cross a sentence");
        assertEquals("analysts", t.wordIn(9, 10));
        assertEquals("</s>", t.word(14));
    }

    @Test
    void quotationsAndTheirMarks() {
        TokenTable t = table(List.of());
        assertTrue(t.openMark[0]);
        assertTrue(t.closeMark[5]);
        assertTrue(t.isQuoteMark(5));
        assertTrue(t.inQuote(2));
        assertEquals(t.quote[1], t.quote[4]);
        assertFalse(t.inQuote(7), "the tag is outside the quotation");
    }

    @Test
    void mentionsAndRuleCues() {
        Span said = new Span(DOC.tokens().get(7).begin(), DOC.tokens().get(7).end());
        Candidate rule = new Candidate(DOC.tokens().get(6).span(), said, "say", List.of(new Span(1, 13)), 0, 1, 1);
        TokenTable t = table(List.of(rule));
        assertEquals("PERSON", t.mention[6]);
        assertEquals(TokenTable.OUTSIDE, t.mention[7]);
        assertEquals(0, t.ruleCue[7]);
        assertEquals(-1, t.ruleCue[10], "the rules took only the first 'say'");
    }
}
