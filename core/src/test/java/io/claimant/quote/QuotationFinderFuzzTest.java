package io.claimant.quote;

import io.claimant.document.Quotation;
import io.claimant.testing.Fuzz;
import io.claimant.testing.MessyText;
import org.junit.jupiter.api.Test;

import java.util.List;

/**
 * Fuzzes the quotation finder with seeded random mixes of words, marks and line ends ({@link Fuzz}: the same
 * samples every build; a failure prints the seed that replays it, and {@code -Dclaimant.fuzz.seed} explores new
 * ones). A failing text, cut short by hand, then belongs in a plain regression test beside QuotationFinderTest.
 */
class QuotationFinderFuzzTest {

    private final QuotationFinder finder = new QuotationFinder();

    @Test
    void everyResultKeepsTheQuotationContract() {
        // Guards the property itself: texts without quotations would check nothing.
        Fuzz.Coverage several = new Fuzz.Coverage("several quotations");
        Fuzz.forAll(2000, random -> MessyText.upTo(random, 60), MessyText::describe, text -> {
            List<Quotation> found = finder.find(text);
            QuotationContract.check(text, found);
            several.count(found.size() > 1);
        });
        several.assertAtLeast(0.10);
    }

    /** Long texts too: one opening mark can wait hundreds of pieces for its closing one. */
    @Test
    void longTextsKeepTheContract() {
        Fuzz.forAll(200, random -> MessyText.upTo(random, 2000), MessyText::describe,
                text -> QuotationContract.check(text, finder.find(text)));
    }
}
