package io.claimant.attribution.learned;

import io.claimant.attribution.Candidate;
import io.claimant.attribution.SourceSpans;
import io.claimant.attribution.learned.features.CueVocabulary;
import io.claimant.attribution.learned.table.CueSpan;
import io.claimant.attribution.learned.table.TokenSpan;
import io.claimant.attribution.learned.table.TokenTable;
import io.claimant.attribution.learned.tagging.TaggedAttribution;
import io.claimant.document.Span;
import io.claimant.document.Token;
import io.claimant.lexicon.Lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns what the taggers found, in tokens, into candidates, in characters, following Claimant's span conventions
 * where the models learned PolNeAR's: a quote is said whole, a source is the span the role model found with the
 * noun phrase in it that names the speaker as its core ({@link SourceSpans#core}), a content that is one quotation
 * is its quoted words, and a phrase cue is named whole.
 */
public final class CandidateReader {

    private final CueVocabulary vocabulary;
    private final Set<String> phraseCues;

    public CandidateReader(CueVocabulary vocabulary, Lexicon lexicon) {
        this.vocabulary = vocabulary;
        this.phraseCues = lexicon.cuePhrases().keySet();
    }

    public Candidate read(TokenTable t, TaggedAttribution found) {
        List<Token> tokens = t.doc.tokens();
        List<TokenSpan> content = new ArrayList<>(found.content());
        int last = content.size() - 1;
        content.set(last, toQuoteClose(t, content.get(last), found.window().end()));
        List<Span> segments = new ArrayList<>(content.size());
        for (TokenSpan chunk : content) {
            TokenSpan words = content.size() == 1 ? withoutEnclosingMarks(t, chunk) : chunk;
            segments.add(words.characters(tokens));
        }
        Span source = found.source() == null ? null : found.source().characters(tokens);
        Span core = source == null ? null : SourceSpans.core(t.doc, source);
        CueSpan cue = found.cue().cue();
        return new Candidate(source, core, cue.tokens().characters(tokens), lemma(t, cue), segments,
                t.sentence[cue.begin()], vocabulary.strength(cue.head()), Math.min(1.0, 0.5 + found.contentProbability() / 2));
    }

    /**
     * A content that stops inside a quotation runs on to the quotation's closing mark (within the window): a quote
     * is said whole, but the role model, reading left to right, tends to stop at its first full stop.
     */
    private static TokenSpan toQuoteClose(TokenTable t, TokenSpan chunk, int windowEnd) {
        int last = chunk.end() - 1;
        int q = t.quote[last];
        if (q < 0 || t.closeMark[last]) {
            return chunk;
        }
        int end = chunk.end();
        for (int k = chunk.end(); k < windowEnd && (t.quote[k] == q || t.closeMark[k]); k++) {
            end = k + 1;
            if (t.closeMark[k]) {
                break;
            }
        }
        return chunk.withEnd(end);
    }

    /**
     * A content that is one whole quotation, marks included (PolNeAR's spans, so the model's), is written as the
     * quoted words, as the rules write it: the marks belong to the quotation, and a claim's type reads them there.
     * Only a one-piece content is trimmed: the scorer trims the outer ends of a span but not the seams between its
     * pieces, where PolNeAR keeps the marks.
     */
    private static TokenSpan withoutEnclosingMarks(TokenTable t, TokenSpan chunk) {
        int b = chunk.begin();
        int e = chunk.end();
        while (b < e && t.openMark[b]) {
            b++;
        }
        while (e > b && t.closeMark[e - 1]) {
            e--;
        }
        boolean enclosed = b > chunk.begin() && e < chunk.end() && e > b && t.quote[b] >= 0
                && t.quote[b] == t.quote[e - 1];
        return enclosed ? new TokenSpan(b, e) : chunk;
    }

    /** The lemma a claim reports for its cue: the phrase, for a listed phrase cue; else its head's lemma. */
    private String lemma(TokenTable t, CueSpan cue) {
        if (cue.tokens().length() > 1) {
            String words = String.join(" ", java.util.Arrays.asList(t.word).subList(cue.begin(), cue.end()));
            if (phraseCues.contains(words)) {
                return words;
            }
        }
        return cue.head();
    }
}
