package io.claimant.quote;

import io.claimant.document.Quotation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.claimant.quote.QuotationAssertions.assertQuotation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Quotations continued over paragraphs, and open ones cut at a paragraph end. */
class QuotationFinderParagraphTest {

    private final QuotationFinder finder = new QuotationFinder();

    @Test
    void quotationContinuedOverThreeParagraphs() {
        String text = "Rutte was blunt. “The alliance is not a relic.\n"
                + "“It keeps Americans safe.\n"
                + "“And it will endure,” he said in Berlin.\n"
                + "Massie disagreed.";
        List<Quotation> found = finder.find(text);
        assertEquals(1, found.size());
        assertQuotation(found.get(0), text, 17, 94, 0, true,
                "The alliance is not a relic.", "It keeps Americans safe.", "And it will endure,");
        assertTrue(found.get(0).isMultiParagraph());
    }

    @Test
    void blankLinesBetweenContinuedParagraphsAreSkipped() {
        String text = "“The alliance is not a relic.\n\n“It keeps Americans safe,” he said.";
        List<Quotation> found = finder.find(text);
        assertEquals(1, found.size());
        assertQuotation(found.get(0), text, 0, 57, 0, true,
                "The alliance is not a relic.", "It keeps Americans safe,");
    }

    @Test
    void unclosedQuoteFollowedByAnOrdinaryParagraphEndsWithItsParagraph() {
        String text = "Lee said: “We will withdraw.\nThe bill was filed on Tuesday, and “nothing” changed.";
        List<Quotation> found = finder.find(text);
        assertEquals(2, found.size());
        assertQuotation(found.get(0), text, 10, 28, 0, false, "We will withdraw.");
        assertQuotation(found.get(1), text, 64, 73, 0, true, "nothing");
    }

    @Test
    void unclosedStraightQuoteEndsWithItsParagraph() {
        String text = "Lee said \"we leave.\nNext paragraph.";
        List<Quotation> found = finder.find(text);
        assertEquals(1, found.size());
        assertQuotation(found.get(0), text, 9, 19, 0, false, "we leave.");
    }

    @Test
    void cutQuoteEndsBeforeTrailingSpaces() {
        String text = "Lee said: “We will withdraw.   \nThe bill was filed.";
        List<Quotation> found = finder.find(text);
        assertEquals(1, found.size());
        assertQuotation(found.get(0), text, 10, 28, 0, false, "We will withdraw.");
    }

    @Test
    void unclosedQuoteAtTheEndOfTheText() {
        String text = "“We will withdraw,” Lee said. Then: “No more.";
        List<Quotation> found = finder.find(text);
        assertEquals(2, found.size());
        assertQuotation(found.get(0), text, 0, 19, 0, true, "We will withdraw,");
        assertQuotation(found.get(1), text, 36, 45, 0, false, "No more.");
    }

    @Test
    void continuedQuoteLeftOpenEndsWithItsLastParagraph() {
        String text = "“First part.\n“Second part.\nNo reopening here.";
        List<Quotation> found = finder.find(text);
        assertEquals(1, found.size());
        assertQuotation(found.get(0), text, 0, 26, 0, false, "First part.", "Second part.");
    }

    @Test
    void closingMarkInTheNextParagraphDoesNotReachBack() {
        String text = "“The alliance matters.\nLee disagreed.” Then he left.";
        List<Quotation> found = finder.find(text);
        assertEquals(1, found.size());
        assertQuotation(found.get(0), text, 0, 22, 0, false, "The alliance matters.");
    }

    @Test
    void aDifferentMarkDoesNotContinueTheQuote() {
        String text = "“The alliance matters.\n\"It keeps us safe,\" he said.";
        List<Quotation> found = finder.find(text);
        assertEquals(2, found.size());
        assertQuotation(found.get(0), text, 0, 22, 0, false, "The alliance matters.");
        assertQuotation(found.get(1), text, 23, 42, 0, true, "It keeps us safe,");
    }

    @Test
    void singleQuotesDoNotContinueOverParagraphs() {
        String text = "‘The alliance matters.\n‘It keeps us safe,’ he said.";
        List<Quotation> found = finder.find(text);
        assertEquals(1, found.size());
        assertQuotation(found.get(0), text, 23, 42, 0, true, "It keeps us safe,");
    }

    @Test
    void innerQuoteOpenAtTheParagraphEndIsDroppedWhileTheOuterOneContinues() {
        String text = "“Keep ‘the promise\n“and the alliance,” Rutte said.";
        List<Quotation> found = finder.find(text);
        assertEquals(1, found.size());
        assertQuotation(found.get(0), text, 0, 38, 0, true, "Keep ‘the promise", "and the alliance,");
    }

    @Test
    void innerDoubleQuoteOpenAtTheParagraphEndIsCutThere() {
        String text = "“He told me \"go\n“and I went,” she said.";
        List<Quotation> found = finder.find(text);
        assertEquals(2, found.size());
        assertQuotation(found.get(0), text, 0, 29, 0, true, "He told me \"go", "and I went,");
        assertQuotation(found.get(1), text, 12, 15, 1, false, "go");
    }

    @Test
    void windowsLineEnds() {
        String text = "Rutte said: “The alliance matters.\r\n“It keeps Americans safe,” he added.\r\n"
                + "Lee disagreed, calling it “a relic.”";
        List<Quotation> found = finder.find(text);
        assertEquals(2, found.size());
        assertQuotation(found.get(0), text, 12, 62, 0, true, "The alliance matters.", "It keeps Americans safe,");
        assertQuotation(found.get(1), text, 100, 110, 0, true, "a relic.");
    }

    @Test
    void windowsLineEndsCutAnUnclosedQuoteBeforeTheCarriageReturn() {
        String text = "Lee said: “We will withdraw.\r\nThe bill was filed.";
        List<Quotation> found = finder.find(text);
        assertEquals(1, found.size());
        assertQuotation(found.get(0), text, 10, 28, 0, false, "We will withdraw.");
    }

    @Test
    void oldMacLineEndsWithStraightQuotes() {
        String text = "Rutte said: \"The alliance matters.\r\"It keeps Americans safe,\" he added.";
        List<Quotation> found = finder.find(text);
        assertEquals(1, found.size());
        assertQuotation(found.get(0), text, 12, 61, 0, true, "The alliance matters.", "It keeps Americans safe,");
    }

    @Test
    void strayOpeningMarkNeverSwallowsTheRestOfTheArticle() {
        String text = "He said “we stay.\nParagraph two.\nParagraph three with a “real quote” in it.";
        List<Quotation> found = finder.find(text);
        assertEquals(2, found.size());
        assertQuotation(found.get(0), text, 8, 17, 0, false, "we stay.");
        assertQuotation(found.get(1), text, 56, 68, 0, true, "real quote");
    }
}
