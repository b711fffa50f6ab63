package io.claimant.quote;

import io.claimant.document.Quotation;
import io.claimant.document.Span;
import io.claimant.testing.MessyText;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The promises every list of quotations from {@link QuotationFinder} keeps, whatever the text: inside the text,
 * sorted, starting and ending on marks, parts inside their quotation and one per paragraph, depth equal to the
 * number of enclosing quotations, and no two quotations crossing. Shared by the seeded sample test and the
 * fuzz test so that both check the same thing.
 */
final class QuotationContract {

    static final String OPENERS = "\"'“‘«»„`”";
    static final String CLOSERS = "\"'”’»«“";

    private QuotationContract() {
    }

    static void check(String text, List<Quotation> found) {
        for (int k = 0; k < found.size(); k++) {
            Quotation q = found.get(k);
            String where = MessyText.describe(text) + " quotation " + q;
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

}
