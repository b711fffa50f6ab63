package io.claimant.quote;

import io.claimant.document.Quotation;
import io.claimant.testing.MessyText;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Messy generated text, full of unbalanced marks, apostrophes and line breaks of every kind: whatever
 * pairs up, the result must keep the promises the Quotation type makes ({@link QuotationContract}). The seed
 * is fixed so a failure reproduces; the failing text is in the message. QuotationFinderFuzzTest checks the same
 * promises on new samples every run.
 */
class QuotationFinderInvariantTest {

    private static final String[] PIECES = {
        "NATO", "Rutte", "said", "the", "alliance", "don’t", "O'Neill", "States’", "Joneses'", "’90s", "'Tis",
        "🙂", "it's", " ", " ", " ", ",", ".", "(", ")", "—", "\n", "\r\n", "\r", "\n\n",
        "\"", "\"", "'", "'", "“", "”", "‘", "’", "«", "»", "„", "''", "''", "``",
    };

    private final QuotationFinder finder = new QuotationFinder();

    @Test
    void everyResultKeepsTheQuotationContract() {
        Random random = new Random(20240611L);
        int total = 0;
        for (int sample = 0; sample < 3000; sample++) {
            String text = randomText(random, 1 + random.nextInt(80));
            List<Quotation> found = assertDoesNotThrow(() -> finder.find(text), () -> MessyText.describe(text));
            QuotationContract.check(text, found);
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
}
