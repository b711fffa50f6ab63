package io.claimant.quote;

import io.claimant.document.Quotation;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static io.claimant.quote.QuotationAssertions.assertQuotation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Megabyte inputs, ordinary and hostile. A quadratic step anywhere (a rescan per mark, a search per
 * paragraph) takes hours on these, so generous time limits catch it and still pass on a loaded machine.
 * Inputs that yield a quotation every few chars are kept to one megabyte: there the time goes to building
 * results, not to finding them.
 */
class QuotationFinderPerformanceTest {

    private static final int ONE_MB = 1024 * 1024;
    private static final int FIVE_MB = 5 * ONE_MB;
    private static final Duration LIMIT = Duration.ofSeconds(5);

    private final QuotationFinder finder = new QuotationFinder();

    /** 227 chars holding five quotations, one of them over two paragraphs. */
    private static final String BLOCK = "Rutte said the U.S. is “totally committed” to NATO’s defense clause.\n"
            + "Massie’s bill calls NATO a 'Cold War relic' and the States’ role \"outdated.\"\n"
            + "“We stand together.\n"
            + "“Always,” he said, adding ‘no way’ twice in the ’90s style.\n\n";

    @Test
    void fiveMegabytesOfNewsTextIsLinear() {
        int blocks = FIVE_MB / BLOCK.length() + 1;
        String text = BLOCK.repeat(blocks);
        List<Quotation> found = assertTimeoutPreemptively(LIMIT, () -> finder.find(text));
        assertEquals(5 * blocks, found.size());
        int lastBlock = (blocks - 1) * BLOCK.length();
        assertQuotation(found.get(found.size() - 2), text, lastBlock + 146, lastBlock + 175, 0, true,
                "We stand together.", "Always,");
        assertQuotation(found.get(found.size() - 1), text, lastBlock + 192, lastBlock + 200, 0, true, "no way");
    }

    @Test
    void oneHugeParagraphOfPossessivesInsideASingleQuote() {
        // Every Joneses’ asks what the next single mark does; answering by rescanning would be quadratic.
        int repeats = FIVE_MB / 20;
        String text = "‘" + "the Joneses’ house ".repeat(repeats) + "end’";
        List<Quotation> found = assertTimeoutPreemptively(LIMIT, () -> finder.find(text));
        assertEquals(1, found.size());
        assertEquals(0, found.get(0).begin());
        assertEquals(text.length(), found.get(0).end());
    }

    @Test
    void oneHugeParagraphOfOpeningMarks() {
        String text = "“".repeat(FIVE_MB);
        assertEquals(List.of(), assertTimeoutPreemptively(LIMIT, () -> finder.find(text)));
    }

    @Test
    void oneHugeParagraphOfOpenersEachFollowedByAWord() {
        // The open-quotation stack is capped, so this yields at most that many (all cut) quotations.
        String text = "“word ".repeat(FIVE_MB / 6);
        List<Quotation> found = assertTimeoutPreemptively(LIMIT, () -> finder.find(text));
        assertEquals(OpenQuotes.MAX_DEPTH, found.size());
        assertTrue(found.stream().noneMatch(Quotation::closed));
        assertEquals(OpenQuotes.MAX_DEPTH - 1, found.get(found.size() - 1).depth());
    }

    @Test
    void oneHugeParagraphOfStraySingleMarks() {
        String text = "'a ' b ".repeat(ONE_MB / 7);
        List<Quotation> found = assertTimeoutPreemptively(LIMIT, () -> finder.find(text));
        assertEquals(ONE_MB / 7, found.size());
        assertEquals("'a '", found.get(0).span().of(text));
    }

    @Test
    void manyShortLinesOfUnclosedQuotes() {
        String text = "He said “no\r\n".repeat(ONE_MB / 13);
        List<Quotation> found = assertTimeoutPreemptively(LIMIT, () -> finder.find(text));
        assertEquals(ONE_MB / 13, found.size());
        assertQuotation(found.get(1), text, 21, 24, 0, false, "no");
    }
}
