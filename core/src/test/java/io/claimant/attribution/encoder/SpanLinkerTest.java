package io.claimant.attribution.encoder;

import io.claimant.attribution.learned.table.TokenSpan;
import io.claimant.attribution.learned.table.TokenTable;
import io.claimant.attribution.learned.table.WordClusters;
import io.claimant.attribution.learned.tagging.TaggedAttribution;
import io.claimant.attribution.Candidate;
import io.claimant.document.Document;
import io.claimant.document.Span;
import io.claimant.testing.HandBuiltDocument;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SpanLinkerTest {

    private final SpanLinker linker = new SpanLinker();

    /** Labels one per token, separated by spaces, decoded with probability 1. */
    private static RoleDecoder.Decoded labels(String labels) {
        String[] l = labels.trim().split("\\s+");
        double[] p = new double[l.length];
        java.util.Arrays.fill(p, 1.0);
        return new RoleDecoder.Decoded(l, p);
    }

    private static TokenTable table(String description) {
        Document doc = HandBuiltDocument.parse(description).build();
        return new TokenTable(doc, List.of(), WordClusters.NONE);
    }

    @Test
    void twoCuesInOneSentenceEachTakeTheirNearestContentAndSource() {
        TokenTable t = table("Smith/PROPN said/VERB/say taxes/NOUN/tax rose/VERB/rise , and/CCONJ Jones/PROPN "
                + "argued/VERB/argue wages/NOUN/wage fell/VERB/fall . |");
        List<TaggedAttribution> found = linker.link(t, labels("B-S B-CUE B-C I-C O O B-S B-CUE B-C I-C O"));
        assertEquals(2, found.size());
        assertEquals(new TokenSpan(0, 1), found.get(0).source());
        assertEquals(List.of(new TokenSpan(2, 4)), found.get(0).content());
        assertEquals(new TokenSpan(6, 7), found.get(1).source());
        assertEquals(List.of(new TokenSpan(8, 10)), found.get(1).content());
    }

    @Test
    void aQuoteSplitByItsSpeechTagIsOneClaimWithTwoSegments() {
        TokenTable t = table("“ We/PRON stay/VERB , ” she/PRON said/VERB/say , “ and/CCONJ we/PRON fight/VERB . ” |");
        List<TaggedAttribution> found = linker.link(t,
                labels("B-C I-C I-C I-C I-C B-S B-CUE O B-C I-C I-C I-C I-C I-C"));
        assertEquals(1, found.size());
        assertEquals(List.of(new TokenSpan(0, 5), new TokenSpan(8, 14)), found.get(0).content());
        assertEquals(new TokenSpan(5, 6), found.get(0).source());
    }

    @Test
    void aQuoteOnlyParagraphCarriesOnTheClaimBeforeItAndEachPartLosesItsMarks() {
        TokenTable t = table("Smith/PROPN said/VERB/say : “ We/PRON stay/VERB . ” || “ We/PRON fight/VERB . ” ||");
        List<TaggedAttribution> found = linker.link(t, labels("B-S B-CUE O B-C I-C I-C I-C I-C B-C I-C I-C I-C I-C"));
        assertEquals(1, found.size());
        // one segment per paragraph, written as the quote's parts (R1b), as the rules write them
        assertEquals(List.of(new TokenSpan(4, 7), new TokenSpan(9, 12)), found.get(0).content());
    }

    @Test
    void aContentWithoutACueInItsParagraphThatIsNoQuoteIsDropped() {
        TokenTable t = table("Smith/PROPN said/VERB/say taxes/NOUN/tax rose/VERB/rise . || Wages/NOUN/wage fell/VERB/fall . ||");
        List<TaggedAttribution> found = linker.link(t, labels("B-S B-CUE B-C I-C O B-C I-C O"));
        assertEquals(1, found.size());
        assertEquals(List.of(new TokenSpan(2, 4)), found.get(0).content());
    }

    @Test
    void aSourceInTheSentenceBeforeIsTakenOnlyWhenTheCuesSentenceHasNone() {
        TokenTable t = table("Smith/PROPN spoke/VERB/speak . | Later/ADV ,/PUNCT argued/VERB/argue taxes/NOUN/tax rose/VERB/rise . |");
        List<TaggedAttribution> found = linker.link(t, labels("B-S O O O O B-CUE B-C I-C O"));
        assertEquals(new TokenSpan(0, 1), found.get(0).source());
        TokenTable alone = table("Argued/VERB/argue taxes/NOUN/tax rose/VERB/rise . |");
        assertNull(linker.link(alone, labels("B-CUE B-C I-C O")).get(0).source());
    }

    @Test
    void aContentGoesToTheCueTheRulesPairedItWithBeforeANearerOne() {
        Document doc = HandBuiltDocument.parse("Smith/PROPN said/VERB/say on/ADP Tuesday/PROPN that/SCONJ taxes/NOUN/tax "
                + "rose/VERB/rise , according/VERB to/ADP aides/NOUN/aide . |").build();
        List<io.claimant.document.Token> tokens = doc.tokens();
        Candidate rule = new Candidate(new Span(tokens.get(0).begin(), tokens.get(0).end()),
                new Span(tokens.get(1).begin(), tokens.get(1).end()), "say",
                List.of(new Span(tokens.get(4).begin(), tokens.get(6).end())), 0, 1.0, 1.0);
        String labels = "B-S B-CUE O O B-C I-C I-C O B-CUE I-CUE B-S O";
        TokenTable withRules = new TokenTable(doc, List.of(rule), WordClusters.NONE);
        List<TaggedAttribution> found = linker.link(withRules, labels(labels));
        assertEquals(1, found.size());
        assertEquals(new TokenSpan(1, 2), found.get(0).cue().cue().tokens());
        // without the rules' pairing, the nearer cue ("according to", one comma away) takes it
        TokenTable alone = new TokenTable(doc, List.of(), WordClusters.NONE);
        assertEquals(new TokenSpan(8, 10), linker.link(alone, labels(labels)).get(0).cue().cue().tokens());
    }

    @Test
    void contentsOnlyPunctuationSeparatesAreOneSegment() {
        TokenTable t = table("Polls/NOUN/poll showed/VERB/show Trump/PROPN had/VERB/have 37/NUM , Clinton/PROPN "
                + "had/VERB/have 36/NUM . |");
        List<TaggedAttribution> found = linker.link(t, labels("B-S B-CUE B-C I-C I-C O B-C I-C I-C O"));
        assertEquals(List.of(new TokenSpan(2, 9)), found.get(0).content());
    }

    @Test
    void ofTheContentsInTheCuesParagraphOnlyTheNearestOnEachSideStay() {
        // "and" separates the two contents after the cue: the second is another claim whose cue was missed
        TokenTable t = table("“ Taxes/NOUN/tax rose/VERB/rise , ” Smith/PROPN said/VERB/say , “ wages/NOUN/wage "
                + "fell/VERB/fall ” and/CCONJ prices/NOUN/price climbed/VERB/climb . |");
        List<TaggedAttribution> found = linker.link(t,
                labels("O B-C I-C O O B-S B-CUE O O B-C I-C O O B-C I-C O"));
        assertEquals(1, found.size());
        assertEquals(List.of(new TokenSpan(1, 3), new TokenSpan(9, 11)), found.get(0).content());
    }

    @Test
    void aContentTheEncoderRanOverAParagraphEndStopsThereUnlessAQuoteGoesOn() {
        TokenTable t = table("Smith/PROPN said/VERB/say taxes/NOUN/tax rose/VERB/rise , || wages/NOUN/wage fell/VERB/fall . ||");
        List<TaggedAttribution> found = linker.link(t, labels("B-S B-CUE B-C I-C I-C I-C I-C I-C"));
        // the next paragraph has no cue and opens no quote: its words are no part of Smith's claim; and the comma
        // that ends the first part is not the statement's
        assertEquals(List.of(new TokenSpan(2, 4)), found.get(0).content());
        TokenTable quoted = table("Smith/PROPN said/VERB/say : “ Taxes/NOUN/tax rose/VERB/rise . || “ Wages/NOUN/wage "
                + "fell/VERB/fall . ” ||");
        found = linker.link(quoted, labels("B-S B-CUE O B-C I-C I-C I-C I-C I-C I-C I-C I-C"));
        assertEquals(List.of(new TokenSpan(4, 7), new TokenSpan(8, 11)), found.get(0).content());
    }

    @Test
    void aContentFarBeforeItsCueIsAnotherClaimsAndIsLeftOut() {
        TokenTable t = table("Taxes/NOUN/tax rose/VERB/rise in/ADP May/PROPN and/CCONJ then/ADV Smith/PROPN "
                + "said/VERB/say wages/NOUN/wage fell/VERB/fall . |");
        List<TaggedAttribution> found = linker.link(t, labels("B-C I-C O O O O B-S B-CUE B-C I-C O"));
        assertEquals(List.of(new TokenSpan(8, 10)), found.get(0).content());
    }

    @Test
    void withoutATaggedSourceTheNounPhraseBeforeAVerbCueIsTheSource() {
        TokenTable t = table("European/ADJ/european leaders/NOUN/leader have/AUX/have long/ADV voiced/VERB/voice "
                + "concern/NOUN . |");
        List<TaggedAttribution> found = linker.link(t, labels("O O O O B-CUE B-C O"));
        assertEquals(new TokenSpan(0, 2), found.get(0).source());
    }

    @Test
    void aPerfectsHaveIsNoPartOfTheCue() {
        TokenTable t = table("Leaders/NOUN/leader have/VERB/have expressed/VERB/express concern/NOUN about/ADP "
                + "the/DET exit/NOUN . |");
        List<TaggedAttribution> found = linker.link(t, labels("B-S B-CUE I-CUE I-CUE I-CUE B-C I-C O"));
        assertEquals(new TokenSpan(2, 5), found.get(0).cue().cue().tokens());
        // and without a tagged source, the subject before that "have" is the source
        found = linker.link(t, labels("O B-CUE I-CUE I-CUE I-CUE B-C I-C O"));
        assertEquals(new TokenSpan(0, 1), found.get(0).source());
    }

    @Test
    void aCueWithoutContentProposesNothing() {
        TokenTable t = table("Smith/PROPN said/VERB/say nothing/PRON . |");
        assertEquals(List.of(), linker.link(t, labels("B-S B-CUE O O")));
    }
}
