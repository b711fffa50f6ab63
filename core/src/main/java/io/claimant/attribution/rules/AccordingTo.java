package io.claimant.attribution.rules;

import io.claimant.attribution.Candidate;
import io.claimant.document.Span;

/**
 * "according to X": a cue that is no verb, so none of the verb rules reads it. Its source is the noun phrase right
 * after it; its content is either the clause after the source's comma when the cue opens the sentence ("According
 * to Rutte, the alliance is strong") or the clause before the cue's own comma ("The alliance is strong, according
 * to Rutte"). The phrase is a fixed, sure form: it gets a high strength and evidence of its own.
 */
final class AccordingTo {

    private static final double STRENGTH = 0.95;
    private static final double EVIDENCE = 0.95;

    private final NearbyQuotes quotes;

    AccordingTo(NearbyQuotes quotes) {
        this.quotes = quotes;
    }

    static boolean startsAt(SentenceView s, int i) {
        return s.is(i, "according") && s.is(i + 1, "to");
    }

    /** The attribution whose "according" is token {@code at}, or null. */
    Candidate candidate(SentenceView s, int at, ContentFinder contents) {
        int npStart = at + 2;
        int npEnd = npStart;
        while (npEnd < s.size() && npEnd - npStart < 12 && !s.is(npEnd, ",", ".", ";", ":") && !s.isQuoteMark(npEnd)) {
            npEnd++;
        }
        if (npEnd == npStart) {
            return null;
        }
        Span cue = new Span(s.begin(at), s.end(at + 1));
        Span source = new Span(s.begin(npStart), s.end(npEnd - 1));
        Span content;
        if (at <= 2 && s.is(npEnd, ",")) {
            npEnd = skipApposition(s, npEnd);
            int end = contents.boundary(npEnd + 1);
            if (end <= npEnd + 1) {
                return null;
            }
            content = new Span(s.begin(npEnd + 1), s.end(end - 1));
        } else if (at > 2 && s.is(at - 1, ",")) {
            content = new Span(s.begin(0), s.end(at - 2));
        } else {
            return null;
        }
        return new Candidate(source, cue, "according to", quotes.segmentsOf(content), s.sentence.index(), STRENGTH,
                EVIDENCE);
    }

    /** "According to Ilka Brenner, a shipping economist at X, …": the comma after the apposition, if any. */
    private static int skipApposition(SentenceView s, int comma) {
        if (!s.is(comma + 1, "a", "an", "the") && !s.pos(comma + 1).equals("PROPN")) {
            return comma;
        }
        for (int k = comma + 1; k < s.size() && k < comma + 12; k++) {
            if (s.is(k, ",")) {
                return k + 1 < s.size() ? k : comma;
            }
            if (s.isVerbal(k) || s.isPunct(k)) {
                return comma;
            }
        }
        return comma;
    }
}
