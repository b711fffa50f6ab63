package io.claimant.quote;

import io.claimant.document.Quotation;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static io.claimant.quote.QuotationAssertions.assertQuotation;
import static io.claimant.quote.QuotationAssertions.quotedTexts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * ''…'' (two apostrophes open and close, as the New York Times prints quotations) and ``…'' (LaTeX, Penn
 * Treebank): a quotation's offsets take in both chars of each mark, and single quotes nest inside.
 */
class QuotationFinderDoubleApostropheTest {

    private final QuotationFinder finder = new QuotationFinder();

    @Test
    void doubleApostrophesOpenAndClose() {
        String text = "''This is not a tax cut,'' said Senator Ada Hale.";
        List<Quotation> found = finder.find(text);
        assertEquals(1, found.size());
        assertQuotation(found.get(0), text, 0, 26, 0, true, "This is not a tax cut,");
    }

    @Test
    void doubleApostrophesInsideASentence() {
        String text = "The phrase ''tax relief'' came up twice, and ''10 times the cost'' once.";
        assertEquals(List.of("''tax relief''", "''10 times the cost''"), quotedTexts(finder.find(text), text));
    }

    @Test
    void backticksOpenAndApostrophesClose() {
        String text = "``We will stay,'' she said.";
        List<Quotation> found = finder.find(text);
        assertEquals(1, found.size());
        assertQuotation(found.get(0), text, 0, 17, 0, true, "We will stay,");
    }

    @Test
    void apostrophesInsideTheQuoteStayApostrophes() {
        String text = "''The workers' union isn't moving,'' he said.";
        List<Quotation> found = finder.find(text);
        assertEquals(1, found.size());
        assertQuotation(found.get(0), text, 0, 36, 0, true, "The workers' union isn't moving,");
    }

    @Test
    void singleQuoteNestedInside() {
        String text = "''They call it the 'wrong track,' and they mean it,'' she said.";
        List<Quotation> found = finder.find(text);
        assertEquals(2, found.size());
        assertQuotation(found.get(0), text, 0, 53, 0, true, "They call it the 'wrong track,' and they mean it,");
        assertQuotation(found.get(1), text, 19, 33, 1, true, "wrong track,");
    }

    @Test
    void threeApostrophesCloseTheNestedQuoteThenTheOuterOne() {
        String text = "''He told me, 'No deal.''' she said.";
        List<Quotation> found = finder.find(text);
        assertEquals(2, found.size());
        assertQuotation(found.get(0), text, 0, 26, 0, true, "He told me, 'No deal.'");
        assertQuotation(found.get(1), text, 14, 24, 1, true, "No deal.");
    }

    @Test
    void threeApostrophesOpenTheOuterQuoteThenTheNestedOne() {
        String text = "'''Quiz Night,' of course,'' he replied.";
        List<Quotation> found = finder.find(text);
        assertEquals(2, found.size());
        assertQuotation(found.get(0), text, 0, 28, 0, true, "'Quiz Night,' of course,");
        assertQuotation(found.get(1), text, 2, 15, 1, true, "Quiz Night,");
    }

    @Test
    void nestedQuoteClosedBeforePunctuationAndTheOuterMark() {
        String text = "''They say the country is on the 'wrong track.'.''";
        List<Quotation> found = finder.find(text);
        assertEquals(2, found.size());
        assertQuotation(found.get(0), text, 0, 50, 0, true, "They say the country is on the 'wrong track.'.");
        assertQuotation(found.get(1), text, 33, 47, 1, true, "wrong track.");
    }

    @Test
    void closingMarkAfterASpace() {
        String text = "''We have the votes, '' said Mr. Odell.";
        List<Quotation> found = finder.find(text);
        assertEquals(1, found.size());
        assertQuotation(found.get(0), text, 0, 23, 0, true, "We have the votes,");
    }

    @Test
    void quoteContinuedInTheNextParagraphReopensWithTheSameMarks() {
        String text = "''We stayed late.\n\n''Then we left,'' she said.";
        List<Quotation> found = finder.find(text);
        assertEquals(1, found.size());
        assertQuotation(found.get(0), text, 0, 36, 0, true, "We stayed late.", "Then we left,");
    }

    @Test
    void unclosedQuoteEndsWithItsParagraph() {
        String text = "''We stayed late, she said.\nThe bus '' left at nine.";
        List<Quotation> found = finder.find(text);
        assertEquals(1, found.size());
        assertQuotation(found.get(0), text, 0, 27, 0, false, "We stayed late, she said.");
    }

    @Test
    void twoApostrophesInsideAWordAreNoMark() {
        assertEquals(List.of(), finder.find("Mr. O''Neill arrived."));
    }

    @Test
    void emptyAndStrayPairsQuoteNothing() {
        assertEquals(List.of(), finder.find("'''' and a 12'' screen"));
    }

    @Test
    void curlyQuotesInsideDoubleApostrophesNest() {
        String text = "''The sign said “closed,” so we left,'' he said.";
        List<Quotation> found = finder.find(text);
        assertEquals(2, found.size());
        assertQuotation(found.get(1), text, 16, 25, 1, true, "closed,");
    }

    @Test
    void aParagraphFullOfApostrophePairsIsLinear() {
        String pairs = "''a'' ".repeat(1024 * 1024 / 6);
        List<Quotation> found = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> finder.find(pairs));
        assertEquals(1024 * 1024 / 6, found.size());
        String runs = "''' ".repeat(1024 * 1024 / 4) + "x";
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> finder.find(runs));
    }
}
