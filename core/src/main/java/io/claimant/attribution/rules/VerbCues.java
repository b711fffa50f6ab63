package io.claimant.attribution.rules;

import io.claimant.attribution.Candidate;
import io.claimant.document.Span;

import java.util.List;

/**
 * A cue verb paired with its source and its content, whichever side of it each is on. A speech tag after its
 * content is tried first, since a tag between two quotes ("“A,” she said, “B.”") belongs to both, not just to the
 * quote after it; then the content after the cue (a that-clause, a quote, a bare clause) with the subject before
 * it, or the subject an earlier coordinated verb had ("… criticizes NATO as …, argues that …"). A speech verb
 * with a source but nothing it reports in its sentence is left open: it may introduce the quote after it.
 */
final class VerbCues {

    private final RuleLexicon lexicon;
    private final CueWords cueWords;
    private final NearbyQuotes nearby;
    private final SpeechTags tags;

    VerbCues(RuleLexicon lexicon, CueWords cueWords, NearbyQuotes nearby, SpeechTags tags) {
        this.lexicon = lexicon;
        this.cueWords = cueWords;
        this.nearby = nearby;
        this.tags = tags;
    }

    /**
     * The attribution of the cue verb at token {@code cue}, or null; {@code found} are the attributions found so
     * far, whose last source a coordinated verb of the same sentence shares.
     */
    Candidate candidate(SentenceView s, int cue, ContentFinder contents, SourceFinder sources, List<Candidate> found) {
        String lemma = cueWords.lemma(s, cue);
        int cueEnd = cue + 1;
        if (lemma.equals("point") && s.is(cueEnd, "out")) {
            cueEnd++;
        }
        if (lemma.equals("call") && s.is(cueEnd, "for", "on")) {
            cueEnd++;
        }
        CueVerb verb = new CueVerb(cue, cueEnd, new Span(s.begin(cue), s.end(cueEnd - 1)), lemma, lexicon.strength(lemma));
        int contentFrom = lemma.equals("call") && s.is(cueEnd - 1, "for") ? cueEnd - 1 : cueEnd;
        // A tag between two quotes ("“A,” she said, “B.”") belongs to both, not just to the quote after it.
        Candidate tagged = tags.afterContent(s, verb, sources);
        if (tagged != null && tagged.evidence() >= 1.0) {
            return tagged;
        }
        ContentFinder.FoundContent content = contents.after(contentFrom, lemma);
        if (lemma.equals("call") && s.is(cueEnd - 1, "for", "on")) {
            lemma = "call " + s.word(cueEnd - 1);
        }
        if (content != null) {
            SourceFinder.FoundSource source = sources.before(cue);
            if (source == null) {
                source = sources.sharedSubject(cue, lastSourceInSentence(found, s));
            }
            if (source == null) {
                return null;
            }
            List<Span> segments = nearby.segmentsOf(contents.span(content));
            if (nearby.openingAt(s, content.begin()) != null) {
                // "said: “…" runs to the end of the quotation, whichever sentence or paragraph that is in, and
                // "said: “A.” “B.”" is made of two quotes, without the marks and the space between.
                List<Span> quoted = nearby.partsIfOnlyQuotes(contents.span(content));
                segments = quoted != null ? quoted : segments;
            }
            return new Candidate(new Span(s.begin(source.begin()), s.end(source.end() - 1)), verb.span(), lemma,
                    segments, s.sentence.index(), verb.strength(),
                    content.evidence() * (source.participial() ? 0.9 : 1.0));
        }
        return tagged;
    }

    /**
     * The cue at token {@code cue} left open, when it found no attribution: a speech verb with a source but
     * nothing it reports in its sentence may introduce the quote after it. Null for any other cue.
     */
    QuoteContinuations.OpenCue openCue(SentenceView s, int cue, SourceFinder sources) {
        String lemma = cueWords.lemma(s, cue);
        if (!lexicon.isSpeech(lemma) || s.token(cue).text().endsWith("ing")) {
            return null;
        }
        SourceFinder.FoundSource source = sources.before(cue);
        if (source == null) {
            return null;
        }
        return new QuoteContinuations.OpenCue(new Span(s.begin(source.begin()), s.end(source.end() - 1)),
                new Span(s.begin(cue), s.end(cue)), lemma, s.sentence.index(), lexicon.strength(lemma));
    }

    /** Sentence-local token range of the source of the last claim found in this sentence, or null. */
    private static SourceFinder.FoundSource lastSourceInSentence(List<Candidate> found, SentenceView s) {
        for (int i = found.size() - 1; i >= 0; i--) {
            Candidate c = found.get(i);
            if (c.sentence() != s.sentence.index() || c.source() == null) {
                return null;
            }
            int b = -1;
            int e = -1;
            for (int k = 0; k < s.size(); k++) {
                if (s.begin(k) == c.source().begin()) {
                    b = k;
                }
                if (s.end(k) == c.source().end()) {
                    e = k + 1;
                }
            }
            return b >= 0 && e > b ? new SourceFinder.FoundSource(b, e, false) : null;
        }
        return null;
    }
}
