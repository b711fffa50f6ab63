package io.claimant.quote;

import io.claimant.document.Quotation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static io.claimant.quote.QuotationAssertions.assertQuotation;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Apostrophes and elisions share their marks with single quotes and must not open or close one. */
class QuotationFinderApostropheTest {

    private final QuotationFinder finder = new QuotationFinder();

    @ParameterizedTest
    @ValueSource(strings = {
            "Massie’s bill criticizes NATO’s role and the alliance’s cost.",
            "O'Neill said he doesn't know and won't guess.",
            "NATO Secretary General Mark Rutte has publicly defended the United States’ continued membership.",
            "The Joneses' house and the Smiths' barn were sold.",
            "'Tis the season, Lee joked.",
            "’Tis the season, Lee joked.",
            "‘Tis the season, Lee joked.",
            "Back in the '90s the alliance had 16 members.",
            "Back in the ’90s the alliance had 16 members.",
            "Back in the ‘90s the alliance had 16 members.",
            "He loves rock 'n' roll and 'em old records.",
            "The ‘ lonely mark and the ' other one stay put.",
    })
    void apostrophesAloneMakeNoQuotation(String text) {
        assertEquals(List.of(), finder.find(text));
    }

    @Test
    void apostrophesInsideWordsDoNotCloseAnOpenSingleQuote() {
        String text = "‘Massie’s bill won’t pass,’ Lee said.";
        List<Quotation> found = finder.find(text);
        assertEquals(1, found.size());
        assertQuotation(found.get(0), text, 0, 27, 0, true, "Massie’s bill won’t pass,");
    }

    @Test
    void straightApostrophesInsideWordsDoNotCloseAnOpenSingleQuote() {
        String text = "'O'Neill doesn't care,' she said.";
        List<Quotation> found = finder.find(text);
        assertEquals(1, found.size());
        assertQuotation(found.get(0), text, 0, 23, 0, true, "O'Neill doesn't care,");
    }

    @Test
    void pluralPossessiveInsideASingleQuoteDoesNotCloseIt() {
        String text = "‘The States’ continued membership is vital,’ Rutte said.";
        List<Quotation> found = finder.find(text);
        assertEquals(1, found.size());
        assertQuotation(found.get(0), text, 0, 44, 0, true, "The States’ continued membership is vital,");
    }

    @Test
    void straightPluralPossessiveInsideASingleQuoteDoesNotCloseIt() {
        String text = "'The Joneses' house was never for sale,' the agent said.";
        List<Quotation> found = finder.find(text);
        assertEquals(1, found.size());
        assertQuotation(found.get(0), text, 0, 40, 0, true, "The Joneses' house was never for sale,");
    }

    @Test
    void wordEndingInSBeforeAnotherQuoteStillCloses() {
        // freeloaders’ looks possessive, but the next mark opens a quote, so this one must close.
        String text = "Massie called them ‘freeloaders’ and ‘cheats’ in a post.";
        List<Quotation> found = finder.find(text);
        assertEquals(2, found.size());
        assertQuotation(found.get(0), text, 19, 32, 0, true, "freeloaders");
        assertQuotation(found.get(1), text, 37, 45, 0, true, "cheats");
    }

    @Test
    void elisionAfterAClosedQuoteIsNoQuote() {
        String text = "Lee said the allies were ‘free riders’ in the ’90s.";
        List<Quotation> found = finder.find(text);
        assertEquals(1, found.size());
        assertQuotation(found.get(0), text, 25, 38, 0, true, "free riders");
    }

    @Test
    void straightElisionInsideASingleQuoteDoesNotOpenANestedOne() {
        String text = "'I grew up in the '90s,' she said.";
        List<Quotation> found = finder.find(text);
        assertEquals(1, found.size());
        assertQuotation(found.get(0), text, 0, 24, 0, true, "I grew up in the '90s,");
    }

    @Test
    void apostrophesInsideADoubleQuote() {
        String text = "“It’s the ’90s all over again,” said O’Neill.";
        List<Quotation> found = finder.find(text);
        assertEquals(1, found.size());
        assertQuotation(found.get(0), text, 0, 31, 0, true, "It’s the ’90s all over again,");
    }

    @Test
    void apostropheFromTheNatoArticle() {
        String text = "Both lawmakers argue that the U.S. should not act as the “world’s security blanket” and should "
                + "reassess.";
        List<Quotation> found = finder.find(text);
        assertEquals(1, found.size());
        assertQuotation(found.get(0), text, 57, 83, 0, true, "world’s security blanket");
    }

    @Test
    void rockAndRollElisionInsideASingleQuote() {
        String text = "'I love rock 'n' roll,' he said.";
        List<Quotation> found = finder.find(text);
        assertEquals(1, found.size());
        assertQuotation(found.get(0), text, 0, 23, 0, true, "I love rock 'n' roll,");
    }

    @Test
    void fourDigitYearAfterAMarkIsQuoted() {
        String text = "'2020 was hard,' the mayor said.";
        List<Quotation> found = finder.find(text);
        assertEquals(1, found.size());
        assertQuotation(found.get(0), text, 0, 16, 0, true, "2020 was hard,");
    }

    @Test
    void unclosedSingleMarkIsNotAQuote() {
        assertEquals(List.of(), finder.find("Lee said 'wait and left the room."));
        assertEquals(List.of(), finder.find("Lee said ‘wait and left the room."));
    }

    @Test
    void apostropheTakenForAnOpenerDoesNotDeepenTheNextQuote() {
        String text = "He grew up in the 'burbs and said “hi” to me.";
        List<Quotation> found = finder.find(text);
        assertEquals(1, found.size());
        assertQuotation(found.get(0), text, 34, 38, 0, true, "hi");
    }

    @Test
    void possessivesAndApostrophesAroundAClosedQuote() {
        String text = "Critics said Lee’s ‘plan’ is the Joneses’ idea.";
        List<Quotation> found = finder.find(text);
        assertEquals(1, found.size());
        assertQuotation(found.get(0), text, 19, 25, 0, true, "plan");
    }

    @Test
    void singleMarksInsideAnUnclosedDoubleQuoteStayText() {
        // A single quote must close inside the double one; this one never does and is dropped.
        String text = "“We are not leaving,’ he said, ‘and that is final.”";
        List<Quotation> found = finder.find(text);
        assertEquals(1, found.size());
        assertQuotation(found.get(0), text, 0, 51, 0, true, "We are not leaving,’ he said, ‘and that is final.");
    }
}
