package io.claimant.quote;

import io.claimant.document.Quotation;
import io.claimant.document.Span;

import java.util.List;

/** A quotation before its depth is known: depth counts only quotations that turned out to be real. */
record FoundQuote(int begin, int end, List<Span> parts, boolean closed) {

    Quotation withDepth(int depth) {
        return new Quotation(begin, end, parts, depth, closed);
    }
}
