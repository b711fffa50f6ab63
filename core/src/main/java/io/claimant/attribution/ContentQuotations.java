package io.claimant.attribution;

import io.claimant.document.SortedByStart;
import io.claimant.document.Document;
import io.claimant.document.Quotation;
import io.claimant.document.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The outermost quotations a claim's content holds, found by binary search. Outermost quotations never overlap,
 * so their inner spans are sorted by begin and by end alike; asking once per claim with a pass over every
 * quotation made a quote-heavy document quadratic. Whether a quotation reads as a title is worked out once per
 * quotation, not once per claim.
 */
final class ContentQuotations {

    private final Document doc;
    private final List<Quotation> top = new ArrayList<>();
    private final int[] innerBegins;
    private final int[] innerEnds;
    /** Per outermost quotation: null until asked, then whether it is a title ("Paper Boats"). */
    private final Boolean[] titles;

    ContentQuotations(Document doc) {
        this.doc = doc;
        for (Quotation q : doc.quotations()) {
            if (q.depth() == 0) {
                top.add(q);
            }
        }
        innerBegins = new int[top.size()];
        innerEnds = new int[top.size()];
        for (int i = 0; i < top.size(); i++) {
            innerBegins[i] = top.get(i).inner().begin();
            innerEnds[i] = top.get(i).inner().end();
        }
        titles = new Boolean[top.size()];
    }

    /**
     * The outermost quotations inside a segment of the claim (allowing one char either side for the marks) or
     * holding one, in document order; a title counts only when it is a whole segment itself.
     */
    List<Quotation> in(Candidate c) {
        TreeSet<Integer> hits = new TreeSet<>();
        int textLength = doc.text().length();
        for (Span segment : c.segments()) {
            int from = Math.max(0, segment.begin() - 1);
            int to = Math.min(textLength, segment.end() + 1);
            // Inside the widened segment: inner begins at or after its start and ends by its end.
            for (int i = SortedByStart.firstAtLeast(innerBegins, from); i < top.size() && innerBegins[i] <= to; i++) {
                if (innerEnds[i] <= to) {
                    hits.add(i);
                }
            }
            // Holding the segment: among those beginning by the segment's start, the ones ending after it,
            // which (ends sorted too) are the last few.
            for (int i = SortedByStart.firstAtLeast(innerBegins, segment.begin() + 1) - 1; i >= 0 && innerEnds[i] >= segment.end(); i--) {
                hits.add(i);
            }
        }
        List<Quotation> out = new ArrayList<>(hits.size());
        for (int i : hits) {
            Quotation q = top.get(i);
            if (!isTitle(i) || isSegment(q, c)) {
                out.add(q);
            }
        }
        return out;
    }

    private boolean isTitle(int i) {
        Boolean title = titles[i];
        if (title == null) {
            title = isTitle(top.get(i));
            titles[i] = title;
        }
        return title;
    }

    /**
     * A quoted title ("Paper Boats", "Books Before Trams") is a name, not a quotation of speech: two or more
     * words, each content word capitalized.
     */
    private boolean isTitle(Quotation q) {
        String text = doc.text(q.inner()).replaceAll("[\\p{Punct}“”‘’]+$", "").trim();
        String[] words = text.split("\\s+");
        if (words.length < 2 || words.length > 6) {
            return false;
        }
        for (String w : words) {
            boolean functionWord = w.length() <= 3 && w.equals(w.toLowerCase(java.util.Locale.ROOT));
            if (!functionWord && !Character.isUpperCase(w.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** A quotation that is a whole segment of the content ("“Not now.”" after its tag) is speech, not a title. */
    private static boolean isSegment(Quotation q, Candidate c) {
        for (Span part : q.parts()) {
            if (c.segments().contains(part)) {
                return true;
            }
        }
        return false;
    }
}
