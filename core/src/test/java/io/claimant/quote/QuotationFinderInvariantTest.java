package io.claimant.quote;

import io.claimant.document.Quotation;
import io.claimant.document.Span;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Messy generated text, full of unbalanced marks, apostrophes and line breaks of every kind: whatever
 * pairs up, the result must keep the promises the Quotation type makes. The seed is fixed so a failure
 * reproduces; the failing text is in the message.
 */
class QuotationFinderInvariantTest {

    private static final String[] PIECES = {
        "NATO", "Rutte", "said", "the", "alliance", "don’t", "O'Neill", "States’", "Joneses'", "’90s", "'Tis",
        "🙂", "it's", " ", " ", " ", ",", ".", "(", ")", "—", "\n", "\r\n", "\r", "\n\n",
        "\"", "\"", "'", "'", "“", "”", "‘", "’", "«", "»", "„", "''", "''", "``",
    };
    private static final String OPENERS = "\"'“‘«»„`”";
    private static final String CLOSERS = "\"'”’»«“";

    private final QuotationFinder finder = new QuotationFinder();

    @Test
    void everyResultKeepsTheQuotationContract() {
        Random random = new Random(20240611L);
        int total = 0;
        for (int sample = 0; sample < 3000; sample++) {
            String text = randomText(random, 1 + random.nextInt(80));
            List<Quotation> found = assertDoesNotThrow(() -> finder.find(text), () -> describe(text));
            checkContract(text, found);
            total += found.size();
        }
        // Guards the test itself: with no quotations found, the checks above would check nothing.
        assertTrue(total > 3000, "only " + total + " quotations in 3000 samples");
    }

    private static String randomText(Random random, int pieces) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }

    private static void checkContract(String text, List<Quotation> found) {
        for (int k = 0; k < found.size(); k++) {
            Quotation q = found.get(k);
            String where = describe(text) + " quotation " + q;
            assertTrue(0 <= q.begin() && q.begin() < q.end() && q.end() <= text.length(), where);
            if (k > 0) {
                assertTrue(found.get(k - 1).begin() < q.begin(), where + ": not sorted by begin");
            }
            assertTrue(OPENERS.indexOf(text.charAt(q.begin())) >= 0, where + ": begin is not an opening mark");
            if (q.closed()) {
                assertTrue(CLOSERS.indexOf(text.charAt(q.end() - 1)) >= 0, where + ": end is not a closing mark");
            }
            checkParts(text, q, where);
            assertEquals(enclosingCount(found, q), q.depth(), where + ": depth");
        }
    }

    private static void checkParts(String text, Quotation q, String where) {
        boolean hasText = false;
        int previousEnd = q.begin() + 1;
        for (int p = 0; p < q.parts().size(); p++) {
            Span part = q.parts().get(p);
            assertTrue(previousEnd <= part.begin() && part.end() <= q.end(), where + ": part outside quotation");
            assertTrue(!hasLineBreak(text, part), where + ": a part runs over a line break");
            if (p > 0) {
                assertTrue(hasLineBreak(text, new Span(previousEnd, part.begin())),
                        where + ": consecutive parts are in the same paragraph");
            }
            hasText |= part.of(text).codePoints().anyMatch(c -> !Character.isWhitespace(c) && OPENERS.indexOf(c) < 0
                    && CLOSERS.indexOf(c) < 0);
            previousEnd = part.end();
        }
        assertTrue(hasText, where + ": quotes nothing");
        if (!q.isMultiParagraph()) {
            assertTrue(!hasLineBreak(text, q.span()), where + ": runs past its paragraph");
        }
    }

    /** Also fails when two quotations cross, which no nesting of marks can produce. */
    private static int enclosingCount(List<Quotation> found, Quotation q) {
        int count = 0;
        for (Quotation other : found) {
            if (other == q || !other.span().overlaps(q.span())) {
                continue;
            }
            if (other.span().contains(q.span())) {
                count++;
            } else if (!q.span().contains(other.span())) {
                fail("quotations cross: " + other + " and " + q);
            }
        }
        return count;
    }

    private static boolean hasLineBreak(String text, Span span) {
        String s = span.of(text);
        return s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
    }

    private static String describe(String text) {
        return "text <" + text.replace("\r", "\\r").replace("\n", "\\n") + ">";
    }
}
