package io.claimant.attribution.learned;

import io.claimant.attribution.Candidate;
import io.claimant.attribution.learned.features.LexiconCueVocabulary;
import io.claimant.attribution.learned.table.CueSpan;
import io.claimant.attribution.learned.table.TokenSpan;
import io.claimant.attribution.learned.table.TokenTable;
import io.claimant.attribution.learned.table.WordClusters;
import io.claimant.attribution.learned.tagging.ScoredCue;
import io.claimant.attribution.learned.tagging.TaggedAttribution;
import io.claimant.document.Document;
import io.claimant.document.EntityType;
import io.claimant.lexicon.Lexicon;
import io.claimant.testing.HandBuiltDocument;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Token spans as the taggers give them, turned into candidates in Claimant's conventions. */
class CandidateReaderTest {

    private static final CandidateReader READER = new CandidateReader(new LexiconCueVocabulary(Lexicon.builtIn()),
            Lexicon.builtIn());

    private static Candidate read(Document doc, int cueBegin, int cueEnd, TokenSpan source, TokenSpan... content) {
        TokenTable t = new TokenTable(doc, List.of(), WordClusters.NONE);
        ScoredCue cue = new ScoredCue(CueSpan.of(t, new TokenSpan(cueBegin, cueEnd)), 0.9);
        return READER.read(t, new TaggedAttribution(cue, new TokenSpan(0, t.size), source, List.of(content), 0.8));
    }

    //  0     1   2  3 4  5    6    7 8    9   10
    // Voss said : “ We will stay , and pay . ”
    private static final Document QUOTE = HandBuiltDocument.parse("Voss/PROPN said/VERB/say : “ We/PRON will/AUX "
            + "stay/VERB , and/CCONJ pay/VERB . ”").name("Voss", EntityType.PERSON).build();

    @Test
    void aContentThatStopsInsideAQuotationRunsToItsClose() {
        Candidate c = read(QUOTE, 1, 2, new TokenSpan(0, 1), new TokenSpan(3, 7));
        assertEquals("We will stay, and pay.", QUOTE.text(c.content()), "the whole quotation, without its marks");
        assertEquals("Voss", QUOTE.text(c.source()));
        assertEquals("say", c.cueLemma());
        assertEquals(0.9, c.evidence(), 1e-9, "half way between 0.5 and 1 by the content's probability");
    }

    @Test
    void aContentInSeveralPiecesKeepsTheMarksAtItsSeams() {
        // “We will stay,” Voss said, “and pay.”
        Document doc = HandBuiltDocument.parse("“ We/PRON will/AUX stay/VERB , ” Voss/PROPN said/VERB/say , “ "
                + "and/CCONJ pay/VERB . ”").name("Voss", EntityType.PERSON).build();
        Candidate c = read(doc, 7, 8, new TokenSpan(6, 7), new TokenSpan(0, 6), new TokenSpan(9, 14));
        assertEquals(List.of("“We will stay,”", "“and pay.”"), c.segments().stream().map(doc::text).toList());
    }

    @Test
    void aSourceKeepsWhatTheModelFoundAndGetsItsCore() {
        Document doc = HandBuiltDocument.parse("Halina/PROPN Brzęk/PROPN , a/DET lawyer/NOUN , said/VERB/say "
                + "the/DET rules/NOUN/rule changed/VERB/change .").name("Halina Brzęk", EntityType.PERSON).build();
        Candidate c = read(doc, 6, 7, new TokenSpan(0, 6), new TokenSpan(7, 10));
        assertEquals("Halina Brzęk, a lawyer,", doc.text(c.source()), "made whole, and its comma dropped, later");
        assertEquals("Halina Brzęk", doc.text(c.sourceCore()));
    }

    @Test
    void aPhraseCueIsNamedWhole() {
        Document doc = HandBuiltDocument.parse("According/VERB/accord to/ADP analysts/NOUN/analyst , prices/NOUN/price "
                + "rose/VERB/rise .").build();
        Candidate c = read(doc, 0, 2, new TokenSpan(2, 3), new TokenSpan(4, 6));
        assertEquals("according to", c.cueLemma());
        assertEquals("According to", doc.text(c.cue()));
    }
}
