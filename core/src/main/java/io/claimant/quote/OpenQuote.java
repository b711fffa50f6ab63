package io.claimant.quote;

import io.claimant.document.Span;

import java.util.ArrayList;
import java.util.List;

/** A quotation whose opening mark has been seen; it collects one part per paragraph it runs over. */
final class OpenQuote {

    final QuoteStyle style;
    private final int begin;
    /** Parts in paragraphs already left behind; null for the usual quotation within one paragraph. */
    private List<Span> earlierParts;
    private boolean earlierPartsHaveText;
    private int partStart;

    OpenQuote(QuoteStyle style, int openerAt) {
        this.style = style;
        this.begin = openerAt;
        this.partStart = openerAt + style.opener.length();
    }

    /**
     * Whether anything but spaces and marks stands inside. Taking the position of the latest such char from
     * the scan keeps this O(1); scanning the content instead would cost a pass per nesting level.
     */
    boolean hasText(int lastTextAt) {
        return earlierPartsHaveText || lastTextAt >= partStart;
    }

    /** The quotation goes on in the next paragraph, whose opening mark is at {@code reopenerAt}. */
    void continueAfter(String text, int paragraphEnd, int reopenerAt, int lastTextAt) {
        if (earlierParts == null) {
            earlierParts = new ArrayList<>(2);
        }
        earlierParts.add(MarkContext.trim(text, partStart, paragraphEnd));
        earlierPartsHaveText |= hasText(lastTextAt);
        partStart = reopenerAt + style.opener.length();
    }

    /** Closes the quotation with the mark {@code closer} found at {@code closerAt}. */
    FoundQuote closeAt(String text, int closerAt, String closer) {
        return new FoundQuote(begin, closerAt + closer.length(), partsUpTo(text, closerAt), true);
    }

    /** Ends the quotation without a closing mark: at the end of its paragraph or of an enclosing quotation. */
    FoundQuote cutAt(String text, int offset) {
        return new FoundQuote(begin, offset, partsUpTo(text, offset), false);
    }

    private List<Span> partsUpTo(String text, int offset) {
        Span last = MarkContext.trim(text, partStart, offset);
        if (earlierParts == null) {
            return List.of(last);
        }
        List<Span> parts = new ArrayList<>(earlierParts);
        parts.add(last);
        return parts;
    }
}
