package io.claimant.quote;

import io.claimant.document.Quotation;
import io.claimant.document.Span;

import java.util.ArrayList;
import java.util.List;

/** A quotation before its depth is known: depth counts only quotations that turned out to be real. */
record FoundQuote(int begin, int end, List<Span> parts, boolean closed) {

    /**
     * The same quotation with spaces left out of its parts: French puts them inside guillemets, sloppy
     * typing inside any marks, and neither belongs to what was said.
     */
    FoundQuote trimmed(String text) {
        List<Span> trimmedParts = new ArrayList<>(parts.size());
        for (Span part : parts) {
            int b = part.begin();
            int e = part.end();
            while (b < e && MarkContext.isSpace(text.charAt(b))) {
                b++;
            }
            while (e > b && MarkContext.isSpace(text.charAt(e - 1))) {
                e--;
            }
            trimmedParts.add(new Span(b, e));
        }
        return new FoundQuote(begin, end, trimmedParts, closed);
    }

    /** Nothing but spaces and quote marks inside: "", “ ” or “‘’” quote nothing. */
    boolean quotesNothing(String text) {
        for (Span part : parts) {
            for (int i = part.begin(); i < part.end(); i++) {
                if (!MarkContext.isQuoteMark(text.charAt(i)) && !MarkContext.isSpace(text.charAt(i))) {
                    return false;
                }
            }
        }
        return true;
    }

    Quotation withDepth(int depth) {
        return new Quotation(begin, end, parts, depth, closed);
    }
}
