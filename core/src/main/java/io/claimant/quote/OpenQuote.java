package io.claimant.quote;

import io.claimant.document.Span;

import java.util.ArrayList;
import java.util.List;

/** A quotation whose opening mark has been seen; it collects one part per paragraph it runs over. */
final class OpenQuote {

    final QuoteStyle style;
    private final int begin;
    private final List<Span> earlierParts = new ArrayList<>(1);
    private int partStart;

    OpenQuote(QuoteStyle style, int openerAt) {
        this.style = style;
        this.begin = openerAt;
        this.partStart = openerAt + 1;
    }

    /** The quotation goes on in the next paragraph, whose opening mark is at {@code reopenerAt}. */
    void continueAfter(int paragraphEnd, int reopenerAt) {
        earlierParts.add(new Span(partStart, paragraphEnd));
        partStart = reopenerAt + 1;
    }

    FoundQuote closeAt(int closerAt) {
        return new FoundQuote(begin, closerAt + 1, partsUpTo(closerAt), true);
    }

    /** Ends the quotation without a closing mark: at the end of its paragraph or of an enclosing quotation. */
    FoundQuote cutAt(int offset) {
        return new FoundQuote(begin, offset, partsUpTo(offset), false);
    }

    private List<Span> partsUpTo(int offset) {
        List<Span> parts = new ArrayList<>(earlierParts);
        parts.add(new Span(partStart, offset));
        return parts;
    }
}
