package io.claimant.attribution.rules;

import io.claimant.attribution.Candidate;
import io.claimant.document.Quotation;
import io.claimant.document.Span;
import io.claimant.lexicon.CueBehaviour;

import java.util.ArrayList;
import java.util.List;

/**
 * A cue that follows what it reports: the speech tag. "“…,” she said." / "…, the minister said." / "“…,” said
 * Karel Voss, “…”". The tag comes after a comma or a closing quote, with its source before the cue or, for a verb
 * that can stand before its speaker, after it ("said X"); it ends the sentence, reopens the quote, or adds more.
 * Its content is the quote that closes right before it (with the one it reopens); or else the clause before its
 * comma, taken from the sentence's start, whose extent is a guess and so is less sure.
 */
final class SpeechTags {

    private final RuleLexicon lexicon;
    private final TopQuotations topQuotes;
    private final NearbyQuotes nearby;

    SpeechTags(RuleLexicon lexicon, TopQuotations topQuotes, NearbyQuotes nearby) {
        this.lexicon = lexicon;
        this.topQuotes = topQuotes;
        this.nearby = nearby;
    }

    /** The attribution {@code cue} makes as a tag after its content, or null when it is no such tag. */
    Candidate afterContent(SentenceView s, CueVerb cue, SourceFinder sources) {
        if (s.token(cue.index()).text().endsWith("ing")) {
            return null; // "…, emphasizing the alliance’s importance": a participle is not a speech tag
        }
        // "“…, and nobody can tell me,” said X, …": a quote that opens the sentence and closes right before an
        // inverted cue is the content, not a parenthetical whose last noun would pass for the source.
        SourceFinder.FoundSource source = invertedAfterOpeningQuote(s, cue.index(), cue.lemma()) ? null
                : sources.before(cue.index());
        if (source == null && s.isHeadline() && HeadlineForms.tagComma(s, cue.index()) >= 0) {
            source = new SourceFinder.FoundSource(HeadlineForms.tagComma(s, cue.index()) + 1, cue.index(), false);
        }
        boolean inverted = false;
        int tagStart;
        int tagEnd;
        int opener = source == null ? -1 : tagOpener(s, source.begin());
        if (opener >= 0) {
            // Words the tagger could not place between the quote and the name still belong to the source.
            source = new SourceFinder.FoundSource(opener + 1, source.end(), source.participial());
            tagStart = source.begin();
            tagEnd = cue.end();
        } else if ((s.is(cue.index() - 1, ",") || s.isQuoteMark(cue.index() - 1))
                && lexicon.has(cue.lemma(), CueBehaviour.INVERTED_TAG)) {
            source = sources.after(cue.end());
            if (source == null) {
                return null;
            }
            tagStart = cue.index();
            tagEnd = source.end();
            inverted = true;
        } else {
            return null;
        }
        int after = tagEnd;
        while (after < s.size() && lexicon.tagTrailingWords.contains(s.word(after)) && !s.is(after, "that")) {
            after++;
        }
        // "…,” he told reporters outside his office in Estrava, “and …": a verbless phrase may trail the tag.
        int scan = after;
        while (scan < s.size() && scan - after < 10 && !s.isVerbal(scan) && !s.isPunct(scan)) {
            scan++;
        }
        if (!inverted && scan < s.size() && (s.is(scan, ",") && s.isQuoteMark(scan + 1) || s.is(scan, ".") && scan + 1 >= s.size())) {
            after = scan;
        }
        boolean endsSentence = after >= s.size() || s.is(after, ".", "!", "?") && after + 1 >= s.size()
                || s.is(after, ".") && s.isQuoteMark(after + 1);
        boolean continuesQuote = s.is(after, ",") && s.isQuoteMark(after + 1) || !inverted && s.isQuoteMark(after);
        boolean addsMore = s.is(after, ",", ";", "and");
        if (!endsSentence && !continuesQuote && !addsMore) {
            return null;
        }
        List<Span> segments = new ArrayList<>();
        double evidence;
        Quotation before = nearby.endingBefore(s.begin(tagStart));
        if (before != null) {
            segments.addAll(before.parts());
            evidence = 1.0;
            if (continuesQuote) {
                Quotation next = nearby.startingAfter(s.end(Math.min(after, s.size() - 1)) - 1);
                if (next != null) {
                    segments.addAll(next.parts());
                }
            }
        } else {
            int start = 0;
            int end = tagStart - 1; // the comma before the tag
            // Headlinese may have no word the tagger calls a verb: "Malaria drug halves hospital stays, researchers say".
            if (end - start < 4 || !hasVerb(s, start, end) && !s.isHeadline()) {
                return null;
            }
            segments.add(new Span(s.begin(start), s.end(end - 1)));
            evidence = 0.75;
        }
        Span src = new Span(s.begin(source.begin()), s.end(source.end() - 1));
        return new Candidate(src, cue.span(), cue.lemma(), segments, s.sentence.index(), cue.strength(), evidence);
    }

    /** The cue can stand before its speaker and follows the closing mark of a quote that opens the sentence. */
    private boolean invertedAfterOpeningQuote(SentenceView s, int cue, String lemma) {
        if (!s.isQuoteMark(cue - 1) || !lexicon.has(lemma, CueBehaviour.INVERTED_TAG)) {
            return false;
        }
        int q = topQuotes.containing(s.begin(cue - 1));
        return q >= 0 && topQuotes.get(q).begin() == s.begin(0) && topQuotes.get(q).end() == s.end(cue - 1);
    }

    /** The comma or closing quote a speech tag follows, at most two words before its source; else -1. */
    private static int tagOpener(SentenceView s, int sourceBegin) {
        for (int k = sourceBegin - 1; k >= 0 && k >= sourceBegin - 3; k--) {
            if (s.is(k, ",") || s.isQuoteMark(k)) {
                return k;
            }
            if (s.isPunct(k)) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean hasVerb(SentenceView s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.isVerbal(k)) {
                return true;
            }
        }
        return false;
    }
}
