package io.claimant.attribution;

import io.claimant.document.Span;

import java.util.List;

/**
 * An attribution proposed by a candidate generator (the rules or the learned tagger), before it is turned into a
 * claim. Spans are document (UTF-16) offsets.
 *
 * @param source      the whole source ({@link SourceSpans}): "Ryan Ellis, a Republican tax consultant"; null when
 *                    no source is written
 * @param sourceCore  the noun phrase in the source that names the speaker ("Ryan Ellis"), which speakers are
 *                    resolved from; null given means the same as the source, and is read back as the source
 * @param cue         null when a generator proposes an attribution without one; the rules always give one, and
 *                    join a quote that continues an attribution to it as one more segment (GUIDELINES R1)
 * @param segments    content pieces, in order; more than one when a speech tag splits the content, or when
 *                    quotes in the following sentences and quote-only paragraphs continue it
 * @param sentence    index of the sentence holding the cue (or the content's start)
 * @param cueStrength how surely the cue reports speech, in [0, 1]
 * @param evidence    how the content was delimited, in [0, 1]: a that-clause or a quote is surest
 */
public record Candidate(Span source, Span sourceCore, Span cue, String cueLemma, List<Span> segments, int sentence,
                        double cueStrength, double evidence) {

    public Candidate {
        sourceCore = source == null ? null : sourceCore == null ? source : sourceCore;
    }

    /** A candidate whose source is its own core. */
    public Candidate(Span source, Span cue, String cueLemma, List<Span> segments, int sentence, double cueStrength,
                     double evidence) {
        this(source, null, cue, cueLemma, segments, sentence, cueStrength, evidence);
    }

    public Span content() {
        return new Span(segments.get(0).begin(), segments.get(segments.size() - 1).end());
    }

    /** With another source and its core (null: the same as the source). */
    public Candidate withSource(Span newSource, Span newCore) {
        return new Candidate(newSource, newCore, cue, cueLemma, segments, sentence, cueStrength, evidence);
    }

    public Candidate withSegments(List<Span> newSegments) {
        return new Candidate(source, sourceCore, cue, cueLemma, newSegments, sentence, cueStrength, evidence);
    }

    public int firstOffset() {
        int first = content().begin();
        if (cue != null) {
            first = Math.min(first, cue.begin());
        }
        if (source != null && sourceCore.end() <= content().begin() + 1) {
            first = Math.min(first, sourceCore.begin());
        }
        return first;
    }
}
