package io.claimant.quote;

import io.claimant.document.Quotation;
import io.claimant.testing.MessyText;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import java.util.List;

/**
 * Fuzzes the quotation finder with jqwik: new random mixes of words, marks and line ends every run (the seed is
 * in the failure report; {@code @Property(seed = "...")} replays it). A failure shrinks to a short text, which
 * then belongs in a plain regression test beside QuotationFinderTest.
 */
class QuotationFinderFuzzTest {

    private final QuotationFinder finder = new QuotationFinder();

    @Property(tries = 2000)
    void everyResultKeepsTheQuotationContract(@ForAll("texts") String text) {
        List<Quotation> found = finder.find(text);
        QuotationContract.check(text, found);
        // Guards the property itself: texts without quotations would check nothing.
        Statistics.label("quotations").collect(found.isEmpty() ? "none" : found.size() == 1 ? "one" : "several");
        Statistics.label("quotations").coverage(coverage -> coverage.check("several").percentage(p -> p >= 10));
    }

    /** Long texts too: one opening mark can wait hundreds of pieces for its closing one. */
    @Property(tries = 200)
    void longTextsKeepTheContract(@ForAll("longTexts") String text) {
        QuotationContract.check(text, finder.find(text));
    }

    @Provide
    Arbitrary<String> texts() {
        return MessyText.upTo(60);
    }

    @Provide
    Arbitrary<String> longTexts() {
        return MessyText.upTo(2000);
    }
}
