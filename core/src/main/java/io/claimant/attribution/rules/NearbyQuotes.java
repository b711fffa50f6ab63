package io.claimant.attribution.rules;

import io.claimant.document.Document;
import io.claimant.document.Quotation;
import io.claimant.document.Span;

import java.util.List;

/**
 * The top-level quotations right next to a cue or a content, found by offset: the quote a content opens with, the
 * quote a speech tag closes and the one it reopens ("“A,” she said, “B.”"). A quote's content is its parts, not its
 * marks, so a content that is one or more whole quotes is given as their parts.
 */
final class NearbyQuotes {

    private final String text;
    private final TopQuotations quotes;

    NearbyQuotes(Document doc, TopQuotations quotes) {
        this.text = doc.text();
        this.quotes = quotes;
    }

    /** The top-level quotation whose opening mark is token {@code i}, or null. */
    Quotation openingAt(SentenceView s, int i) {
        return s.isQuoteMark(i) ? quotes.openingAt(s.begin(i)) : null;
    }

    /**
     * A top-level quotation that closes right before {@code offset} (only spaces, commas and periods between),
     * or whose closing mark is the char at {@code offset}. Only the nearest one can be: any other has the
     * nearest one's marks between.
     */
    Quotation endingBefore(int offset) {
        int after = quotes.firstEndingAfter(offset);
        if (after > 0 && onlyChars(quotes.get(after - 1).end(), offset, " ,.")) {
            return quotes.get(after - 1);
        }
        if (after < quotes.size() && quotes.get(after).end() == offset + 1 && quotes.get(after).begin() < offset) {
            return quotes.get(after);
        }
        return null;
    }

    /** The top-level quotation that opens after {@code offset} with only spaces and commas between, or null. */
    Quotation startingAfter(int offset) {
        int next = quotes.firstFrom(offset);
        if (next < quotes.size() && onlyChars(offset, quotes.get(next).begin(), " ,")) {
            return quotes.get(next);
        }
        return null;
    }

    /** The parts of the quotes {@code span} is made of, when it holds nothing else; else null. */
    List<Span> partsIfOnlyQuotes(Span span) {
        return quotes.partsIfOnlyQuotes(text, span.begin(), span.end());
    }

    /** A content that covers exactly one multi-paragraph quotation keeps that quotation's parts as segments. */
    List<Span> segmentsOf(Span content) {
        for (int at = Math.max(0, content.begin() - 1); at <= content.begin(); at++) {
            Quotation q = quotes.openingAt(at);
            if (q != null && q.isMultiParagraph()) {
                return q.parts();
            }
        }
        return List.of(content);
    }

    /** Whether {@code text[from, to)} holds only whitespace and chars of {@code allowed}. */
    private boolean onlyChars(int from, int to, String allowed) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (!Character.isWhitespace(c) && allowed.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }
}
