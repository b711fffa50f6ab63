package io.claimant.attribution.rules;

import io.claimant.attribution.Candidate;
import io.claimant.document.Document;
import io.claimant.document.Quotation;
import io.claimant.document.Span;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * One attribution per quote, across its tag, sentences and paragraphs (GUIDELINES R1). A quote that stands as a
 * sentence of its own right after an attribution continues it ("“A,” she said. “B.” “C.”"), and so does a
 * following paragraph that holds nothing but a quote; each such quote is one more content segment. A sentence
 * whose speech verb found no content of its own ("Lund answered her critics on Thursday. “We agree …”") takes
 * the quote after it as its content (R1c). Another tag, cue or any narration in between stops the run.
 * <p>
 * Linear in the quotations: every quote joins at most one attribution, and each attribution looks only at the
 * quotes right after it.
 */
final class QuoteContinuations {

    /** A cue with a source but no content in its sentence: it may introduce the quote that follows. */
    record OpenCue(Span source, Span cue, String lemma, int sentence, double strength) {
    }

    /** How surely a quote after a contentless speech sentence is what that sentence reports. */
    private static final double INTRODUCED_QUOTE_EVIDENCE = 0.8;

    private final String text;
    private final TopQuotations quotes;
    private final SentenceLayout layout;

    QuoteContinuations(Document doc, TopQuotations quotes, SentenceLayout layout) {
        this.text = doc.text();
        this.quotes = quotes;
        this.layout = layout;
    }

    /**
     * The candidates (sorted by {@link Candidate#firstOffset}) with the quotes that continue them appended, and
     * the open cues that introduce a quote turned into candidates; sorted the same way.
     */
    List<Candidate> join(List<Candidate> sorted, List<OpenCue> openCues) {
        boolean[] taken = takenQuotes(sorted);
        List<Candidate> all = new ArrayList<>(sorted);
        all.addAll(introduced(openCues, sorted, taken));
        all.sort(Comparator.comparingInt(Candidate::firstOffset));
        int[] cueBegins = cueBegins(all);
        List<Candidate> out = new ArrayList<>(all.size());
        for (Candidate c : all) {
            out.add(extend(c, taken, cueBegins));
        }
        return out;
    }

    /** Quotations some candidate's content already covers: they belong to it, not to a neighbour. */
    private boolean[] takenQuotes(List<Candidate> candidates) {
        boolean[] taken = new boolean[quotes.size()];
        for (Candidate c : candidates) {
            for (Span segment : c.segments()) {
                for (int j = quotes.firstEndingAfter(segment.begin()); j < quotes.size()
                        && quotes.get(j).begin() < segment.end(); j++) {
                    taken[j] = true;
                }
            }
        }
        return taken;
    }

    private List<Candidate> introduced(List<OpenCue> openCues, List<Candidate> candidates, boolean[] taken) {
        boolean[] sentenceHasClaim = new boolean[layout.sentenceCount()];
        for (Candidate c : candidates) {
            sentenceHasClaim[c.sentence()] = true;
        }
        List<Candidate> out = new ArrayList<>();
        for (OpenCue open : openCues) {
            if (sentenceHasClaim[open.sentence()]) {
                continue;
            }
            int end = layout.sentence(open.sentence()).end();
            int j = quotes.firstFrom(end);
            if (j < quotes.size() && !taken[j] && continues(end, quotes.get(j))) {
                taken[j] = true;
                out.add(new Candidate(open.source(), open.cue(), open.lemma(), quotes.get(j).parts(), open.sentence(),
                        open.strength(), INTRODUCED_QUOTE_EVIDENCE));
            }
        }
        return out;
    }

    private Candidate extend(Candidate c, boolean[] taken, int[] cueBegins) {
        if (c.cue() == null) {
            return c;
        }
        int end = ownTextEnd(c);
        if (otherCueIn(cueBegins, c.content().end(), end, c.cue().begin())) {
            return c; // "“A,” she said, and added that …": what follows belongs to the later cue
        }
        List<Span> segments = null;
        for (int j = quotes.firstFrom(end); j < quotes.size() && !taken[j] && continues(end, quotes.get(j)); j++) {
            if (segments == null) {
                segments = new ArrayList<>(c.segments());
            }
            segments.addAll(quotes.get(j).parts());
            taken[j] = true;
            end = quotes.get(j).end();
        }
        return segments == null ? c
                : new Candidate(c.source(), c.cue(), c.cueLemma(), segments, c.sentence(), c.cueStrength(), c.evidence());
    }

    /**
     * Where the attribution's own text ends: after the closing mark of a quote its content ends in, and after
     * the rest of its cue's sentence when the tag follows the content ("“A,” said X, who chairs the trust.").
     */
    private int ownTextEnd(Candidate c) {
        int end = c.content().end();
        int q = quotes.containing(end - 1);
        if (q >= 0) {
            end = Math.max(end, quotes.get(q).end());
        }
        if (c.cue().begin() >= c.content().begin()) {
            end = Math.max(end, layout.sentence(layout.sentenceAt(c.cue().begin())).end());
        }
        return end;
    }

    /**
     * Whether {@code next} continues an attribution whose text ends at {@code end}: only spaces and punctuation
     * between, and it is a quote-only sentence of the same paragraph (R1a) or opens a quote-only paragraph
     * right after (R1b).
     */
    private boolean continues(int end, Quotation next) {
        if (TopQuotations.hasLetterOrDigit(text, end, next.begin())) {
            return false;
        }
        int from = layout.sentenceAt(end - 1);
        int to = layout.sentenceAt(next.begin());
        int fromParagraph = layout.sentence(from).paragraph();
        int toParagraph = layout.sentence(to).paragraph();
        if (toParagraph == fromParagraph) {
            return layout.sentenceIsQuoteOnly(to) && layout.sentenceIsQuoteOnly(layout.sentenceAt(next.end() - 1));
        }
        return toParagraph == fromParagraph + 1 && layout.paragraphIsQuoteOnly(toParagraph);
    }

    private static int[] cueBegins(List<Candidate> candidates) {
        return candidates.stream().filter(c -> c.cue() != null).mapToInt(c -> c.cue().begin()).sorted().toArray();
    }

    /** Whether a cue other than the one at {@code own} begins in {@code [from, to)}. */
    private static boolean otherCueIn(int[] cueBegins, int from, int to, int own) {
        int i = Arrays.binarySearch(cueBegins, from);
        if (i < 0) {
            i = -i - 1;
        }
        while (i > 0 && cueBegins[i - 1] >= from) {
            i--; // binarySearch finds any of equal keys
        }
        for (; i < cueBegins.length && cueBegins[i] < to; i++) {
            if (cueBegins[i] != own) {
                return true;
            }
        }
        return false;
    }
}
