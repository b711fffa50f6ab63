package io.claimant.attribution.rules;

import io.claimant.document.SortedByStart;
import io.claimant.document.Quotation;
import io.claimant.document.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * A document's outermost quotations, in order, with lookups by offset. Outermost quotations never overlap, so
 * their begins and ends are both sorted and each lookup is a binary search: the rules ask about quotations
 * once per cue and per candidate, and a scan per question would make a quote-heavy article quadratic.
 */
final class TopQuotations {

    private final List<Quotation> quotes;
    private final int[] begins;
    private final int[] ends;

    TopQuotations(List<Quotation> all) {
        this.quotes = all.stream().filter(q -> q.depth() == 0).toList();
        this.begins = new int[quotes.size()];
        this.ends = new int[quotes.size()];
        for (int i = 0; i < quotes.size(); i++) {
            begins[i] = quotes.get(i).begin();
            ends[i] = quotes.get(i).end();
        }
    }

    int size() {
        return quotes.size();
    }

    Quotation get(int i) {
        return quotes.get(i);
    }

    /** Index of the first quotation that begins at or after {@code offset}; {@link #size()} if none. */
    int firstFrom(int offset) {
        return SortedByStart.firstAtLeast(begins, offset);
    }

    /** Index of the first quotation that ends after {@code offset}; {@link #size()} if none. */
    int firstEndingAfter(int offset) {
        return SortedByStart.firstAtLeast(ends, offset + 1);
    }

    /** The quotation whose opening mark starts at {@code offset}, or null. */
    Quotation openingAt(int offset) {
        int i = firstFrom(offset);
        return i < quotes.size() && begins[i] == offset ? quotes.get(i) : null;
    }

    /** Index of the quotation whose span (marks included) holds {@code offset}, or -1. */
    int containing(int offset) {
        int i = SortedByStart.firstAtLeast(begins, offset + 1) - 1;
        return i >= 0 && ends[i] > offset ? i : -1;
    }

    /** Whether {@code offset} is in the quoted text of a quotation (not on its marks). */
    boolean inQuotedText(int offset) {
        int i = containing(offset);
        if (i < 0) {
            return false;
        }
        for (Span part : quotes.get(i).parts()) {
            if (part.contains(offset)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The parts of the quotations that {@code text[from, to)} is made of, when nothing but spaces and punctuation
     * lies before, between and after them; else null. The last quotation may run on past {@code to}, and is
     * taken whole.
     */
    List<Span> partsIfOnlyQuotes(String text, int from, int to) {
        List<Span> parts = new ArrayList<>();
        int k = from;
        for (int j = firstFrom(from); j < quotes.size() && begins[j] < to; j++) {
            if (hasLetterOrDigit(text, k, begins[j])) {
                return null;
            }
            parts.addAll(quotes.get(j).parts());
            k = ends[j];
        }
        return parts.isEmpty() || hasLetterOrDigit(text, k, to) ? null : parts;
    }

    static boolean hasLetterOrDigit(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Character.isLetterOrDigit(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }
}
