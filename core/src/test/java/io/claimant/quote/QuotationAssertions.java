package io.claimant.quote;

import io.claimant.document.Quotation;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Checks a quotation's offsets and the text of its parts in one readable line per quotation. */
final class QuotationAssertions {

    private QuotationAssertions() {
    }

    static void assertQuotation(Quotation actual, String text, int begin, int end, int depth, boolean closed,
                                String... parts) {
        String where = "quotation " + actual.span().of(text);
        assertEquals(begin, actual.begin(), where + ": begin");
        assertEquals(end, actual.end(), where + ": end");
        assertEquals(depth, actual.depth(), where + ": depth");
        assertEquals(closed, actual.closed(), where + ": closed");
        assertEquals(List.of(parts), partTexts(actual, text), where + ": parts");
    }

    private static List<String> partTexts(Quotation quotation, String text) {
        return quotation.parts().stream().map(part -> part.of(text)).toList();
    }

    static List<String> quotedTexts(List<Quotation> quotations, String text) {
        return quotations.stream().map(Quotation::span).map(span -> span.of(text)).toList();
    }
}
