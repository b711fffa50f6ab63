package io.claimant.quote;

import io.claimant.document.Quotation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.claimant.quote.QuotationAssertions.assertQuotation;
import static io.claimant.quote.QuotationAssertions.quotedTexts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Quote styles, nesting, stray and empty marks, and UTF-16 offsets. */
class QuotationFinderTest {

    private final QuotationFinder finder = new QuotationFinder();

    @Test
    void curlyDoubleQuotes() {
        String text = "The Secretary General has repeatedly stated that the U.S. is “totally committed” to "
                + "NATO’s mutual defense clause.";
        List<Quotation> found = finder.find(text);
        assertEquals(1, found.size());
        assertQuotation(found.get(0), text, 61, 80, 0, true, "totally committed");
    }

    @Test
    void straightDoubleQuotes() {
        String text = "Rutte told reporters in Brussels \"the alliance has never been stronger\" on Monday.";
        List<Quotation> found = finder.find(text);
        assertEquals(1, found.size());
        assertQuotation(found.get(0), text, 33, 71, 0, true, "the alliance has never been stronger");
    }

    @Test
    void curlySingleQuotesInAHeadline() {
        String text = "NATO chief says US ‘totally committed’ to alliance";
        List<Quotation> found = finder.find(text);
        assertEquals(1, found.size());
        assertQuotation(found.get(0), text, 19, 38, 0, true, "totally committed");
    }

    @Test
    void straightSingleQuotesInAHeadline() {
        String text = "Massie calls NATO a 'Cold War relic' in new bill";
        List<Quotation> found = finder.find(text);
        assertEquals(1, found.size());
        assertQuotation(found.get(0), text, 20, 36, 0, true, "Cold War relic");
    }

    @Test
    void guillemetsWithTheSpacesFrenchPutsInsideLeftOutOfThePart() {
        String text = "Le ministre a déclaré « nous restons dans l’alliance » mardi.";
        List<Quotation> found = finder.find(text);
        assertEquals(1, found.size());
        assertQuotation(found.get(0), text, 22, 54, 0, true, "nous restons dans l’alliance");
    }

    @Test
    void guillemetsWithNoBreakSpacesInside() {
        String text = "Il a dit «\u00a0non\u00a0» hier.";
        List<Quotation> found = finder.find(text);
        assertEquals(1, found.size());
        assertQuotation(found.get(0), text, 9, 16, 0, true, "non");
    }

    @Test
    void reversedGuillemets() {
        String text = "Der Minister sagte »wir bleiben« am Dienstag.";
        List<Quotation> found = finder.find(text);
        assertEquals(1, found.size());
        assertQuotation(found.get(0), text, 19, 32, 0, true, "wir bleiben");
    }

    @Test
    void rightGuillemetBetweenSpacesIsABreadcrumbNotAnOpener() {
        assertEquals(List.of(), finder.find("Home » World » Europe"));
    }

    @Test
    void lowNineQuoteClosedByLeftCurlyMark() {
        String text = "Der Minister sagte „wir bleiben“ am Dienstag.";
        List<Quotation> found = finder.find(text);
        assertEquals(1, found.size());
        assertQuotation(found.get(0), text, 19, 32, 0, true, "wir bleiben");
    }

    @Test
    void lowNineQuoteClosedByRightCurlyMark() {
        String text = "Minister powiedział „zostajemy” we wtorek.";
        List<Quotation> found = finder.find(text);
        assertEquals(1, found.size());
        assertQuotation(found.get(0), text, 20, 31, 0, true, "zostajemy");
    }

    @Test
    void straightQuotesOpenAfterBracketsAndDashes() {
        String text = "Asked again (\"Yes\") he paused —\"maybe\" [\"never\"] and {'fine'}.";
        assertEquals(List.of("\"Yes\"", "\"maybe\"", "\"never\"", "'fine'"), quotedTexts(finder.find(text), text));
    }

    @Test
    void singleQuoteNestedInDoubleQuote() {
        String text = "“He said ‘no way’ to me,” the senator recalled.";
        List<Quotation> found = finder.find(text);
        assertEquals(2, found.size());
        assertQuotation(found.get(0), text, 0, 25, 0, true, "He said ‘no way’ to me,");
        assertQuotation(found.get(1), text, 9, 17, 1, true, "no way");
    }

    @Test
    void doubleQuoteNestedInSingleQuoteBritishStyle() {
        String text = "‘Mr Lee called it “a relic” again,’ the aide said.";
        List<Quotation> found = finder.find(text);
        assertEquals(2, found.size());
        assertQuotation(found.get(0), text, 0, 35, 0, true, "Mr Lee called it “a relic” again,");
        assertQuotation(found.get(1), text, 18, 27, 1, true, "a relic");
    }

    @Test
    void straightSingleNestedInStraightDouble() {
        String text = "\"Lee said 'enough is enough' on the floor,\" an aide said.";
        List<Quotation> found = finder.find(text);
        assertEquals(2, found.size());
        assertQuotation(found.get(0), text, 0, 43, 0, true, "Lee said 'enough is enough' on the floor,");
        assertQuotation(found.get(1), text, 10, 28, 1, true, "enough is enough");
    }

    @Test
    void straightDoubleRightAfterStraightSingleOpener() {
        String text = "'\"Freedom\" was his word,' she wrote.";
        List<Quotation> found = finder.find(text);
        assertEquals(2, found.size());
        assertQuotation(found.get(0), text, 0, 25, 0, true, "\"Freedom\" was his word,");
        assertQuotation(found.get(1), text, 1, 10, 1, true, "Freedom");
    }

    @Test
    void threeLevelsOfNesting() {
        String text = "“She told me ‘he said “go home” twice’ last night,” the witness said.";
        List<Quotation> found = finder.find(text);
        assertEquals(3, found.size());
        assertQuotation(found.get(0), text, 0, 51, 0, true, "She told me ‘he said “go home” twice’ last night,");
        assertQuotation(found.get(1), text, 13, 38, 1, true, "he said “go home” twice");
        assertQuotation(found.get(2), text, 22, 31, 2, true, "go home");
    }

    @Test
    void quotationsComeSortedByBeginWithNestedOnesAfterTheirOuterOne() {
        String text = "“A ‘b’ c,” he said, and then “d.” Later: ‘e’.";
        List<Quotation> found = finder.find(text);
        assertEquals(List.of("“A ‘b’ c,”", "‘b’", "“d.”", "‘e’"), quotedTexts(found, text));
        assertEquals(List.of(0, 1, 0, 0), found.stream().map(Quotation::depth).toList());
    }

    @Test
    void innerQuoteLeftOpenIsCutWhereTheOuterOneCloses() {
        String text = "“They told him \"leave now,” the lawyer said.";
        List<Quotation> found = finder.find(text);
        assertEquals(2, found.size());
        assertQuotation(found.get(0), text, 0, 27, 0, true, "They told him \"leave now,");
        assertQuotation(found.get(1), text, 15, 26, 1, false, "leave now,");
    }

    @Test
    void strayClosingMarksAreIgnored() {
        String text = "The bill” was filed on Tuesday» and Lee agreed.";
        assertEquals(List.of(), finder.find(text));
    }

    @Test
    void strayClosingMarkDoesNotUpsetALaterQuote() {
        String text = "The bill” was filed; Lee called it “overdue” on Tuesday.";
        List<Quotation> found = finder.find(text);
        assertEquals(1, found.size());
        assertQuotation(found.get(0), text, 35, 44, 0, true, "overdue");
    }

    @Test
    void emptyAndBlankQuotesAreSkipped() {
        String text = "He answered \"\" and “ ” and '' before saying “yes”.";
        List<Quotation> found = finder.find(text);
        assertEquals(1, found.size());
        assertQuotation(found.get(0), text, 44, 49, 0, true, "yes");
    }

    @Test
    void emptyStraightQuotesBeforePunctuationDoNotOpenNestedOnes() {
        // The second mark of "" touches text on its right, as an opener would, yet it closes the first.
        String text = "The form read \"\"; Lee typed \"ok\" and ''; then 'done'.";
        List<Quotation> found = finder.find(text);
        assertEquals(2, found.size());
        assertQuotation(found.get(0), text, 28, 32, 0, true, "ok");
        assertQuotation(found.get(1), text, 46, 52, 0, true, "done");
    }

    @Test
    void rightMarksOpenWhereNothingIsOpenToClose() {
        // Swedish and Finnish print ”…”; in English it is a typo for “, common at the start of a paragraph.
        String text = "”Fear. I am afraid,” he wrote.\nShe said “yes” and ”no” in turn.";
        List<Quotation> found = finder.find(text);
        assertEquals(List.of("”Fear. I am afraid,”", "“yes”", "”no”"), quotedTexts(found, text));
        assertEquals(List.of(), finder.find("The poll ended.” Then came the count."));
    }

    @Test
    void emptyTextHasNoQuotations() {
        assertEquals(List.of(), finder.find(""));
    }

    @Test
    void blankTextHasNoQuotations() {
        assertEquals(List.of(), finder.find(" \n\r\n\t \u00a0\r"));
    }

    @Test
    void textOfOnlyMarksHasNoQuotations() {
        assertEquals(List.of(), finder.find("“”‘’\"\"''«»„“"));
        assertEquals(List.of(), finder.find("”’»“““"));
        assertEquals(List.of(), finder.find("\" ' “ ‘ « „"));
    }

    @Test
    void singleMarkAloneIsNotAQuote() {
        assertEquals(List.of(), finder.find("'"));
        assertEquals(List.of(), finder.find("’"));
    }

    @Test
    void offsetsAreUtf16IndicesAfterAnEmoji() {
        String text = "🙂 “Hi there,” she said.";
        List<Quotation> found = finder.find(text);
        assertEquals(1, found.size());
        assertQuotation(found.get(0), text, 3, 14, 0, true, "Hi there,");
    }

    @Test
    void emojiInsideAndAroundStraightQuotes() {
        String text = "Fans 🎉 wrote \"we won 🏆\" and 'again 🙂' online.";
        List<Quotation> found = finder.find(text);
        assertEquals(2, found.size());
        assertQuotation(found.get(0), text, 14, 25, 0, true, "we won 🏆");
        assertQuotation(found.get(1), text, 30, 40, 0, true, "again 🙂");
    }

    @Test
    void mixedStylesDoNotCloseEachOther() {
        String text = "He said “we are ready\" and left.";
        List<Quotation> found = finder.find(text);
        assertEquals(1, found.size());
        assertQuotation(found.get(0), text, 8, 32, 0, false, "we are ready\" and left.");
    }

    @Test
    void nullTextIsRejected() {
        assertThrows(NullPointerException.class, () -> finder.find(null));
    }

    @Test
    void resultCannotBeModified() {
        List<Quotation> found = finder.find("He said “yes”.");
        assertEquals(1, found.size());
        assertThrows(UnsupportedOperationException.class, () -> found.remove(0));
    }
}
