package io.claimant.attribution;

import io.claimant.document.ClaimType;
import io.claimant.document.Quotation;
import io.claimant.document.Span;

import java.util.List;

/**
 * A claim's type from the quotations in its content: direct when every segment is a quotation's text, mixed when
 * quotes sit inside a paraphrase, indirect without quotes. One rule for a whole claim ({@link ClaimAssembler}) and
 * for each segment written as a claim of its own ({@link ClaimSegments}).
 */
final class QuoteTypes {

    private QuoteTypes() {
    }

    /** @param inside the outermost quotations the content holds, as {@link ContentQuotations} finds them */
    static ClaimType of(List<Span> segments, List<Quotation> inside) {
        if (inside.isEmpty()) {
            return ClaimType.INDIRECT;
        }
        for (Span segment : segments) {
            if (!isQuoted(segment, inside)) {
                return ClaimType.MIXED;
            }
        }
        return ClaimType.DIRECT;
    }

    private static boolean isQuoted(Span segment, List<Quotation> inside) {
        for (Quotation q : inside) {
            // A segment may carry its marks (the fast profile keeps them at a content's seams, as PolNeAR does),
            // and a mark may be two characters ('' ''): within the quotation's own span counts.
            if (q.span().contains(segment)) {
                return true;
            }
            for (Span part : q.parts()) {
                if (part.contains(segment) || segment.begin() >= part.begin() - 1 && segment.end() <= part.end() + 1) {
                    return true;
                }
            }
        }
        return false;
    }
}
