package io.claimant.attribution.rules;

import io.claimant.document.Quotation;
import io.claimant.document.SortedByStart;
import io.claimant.document.Span;
import io.claimant.lexicon.CueBehaviour;

import java.util.List;
import java.util.Set;

/**
 * Delimits the content a cue introduces, in sentence-local tokens: a that-clause ("argued that …"), a quote
 * after a colon or comma ("said: “…”"), a bare clause ("said the plan was dead"), an infinitive ("urged
 * members to …"), or the complement of a phrase cue ("called for …", "criticizes NATO as …"). The content ends
 * at the end of the sentence, or where a coordinated cue takes over (", and claims that …", ", while others
 * suggest that …").
 */
final class ContentFinder {

    private final SentenceView s;
    private final List<Quotation> quotations;
    private final Set<Integer> cueIndices;
    private final RuleLexicon lexicon;

    /**
     * @param quotations the document's quotations, in begin order as the quotation finder leaves them; only
     *                   those that begin in this sentence are kept, since every question asked here is about a
     *                   mark in it (a pass over all of them per question was quadratic in a long document)
     */
    ContentFinder(SentenceView s, List<Quotation> quotations, Set<Integer> cueIndices, RuleLexicon lexicon) {
        this.s = s;
        this.quotations = beginningIn(quotations, s.sentence.begin(), s.sentence.end());
        this.cueIndices = cueIndices;
        this.lexicon = lexicon;
    }

    record FoundContent(int begin, int end, double evidence) {
    }

    private static List<Quotation> beginningIn(List<Quotation> sorted, int from, int to) {
        int first = SortedByStart.firstFrom(sorted, Quotation::begin, from);
        int last = SortedByStart.firstFrom(sorted, Quotation::begin, to + 1);
        return sorted.subList(first, Math.max(first, last));
    }

    /** Content after a cue ending before token {@code from}; null when nothing reportable follows. */
    FoundContent after(int from, String lemma) {
        int i = from;
        // A short object or adverbial between cue and content: "told reporters that", "said on Monday that".
        int that = findThatWithin(i, 7);
        if (that >= 0 && (!lexicon.has(lemma, CueBehaviour.OBJECT_CONTENT) || that == i && introducesClause(that + 1))) {
            return withEnd(that, 1.0);
        }
        if (i >= s.size()) {
            return null;
        }
        if (s.is(i, ":", ",") && s.isQuoteMark(i + 1)) {
            return withEnd(i + 1, 1.0);
        }
        if (s.isQuoteMark(i) && opensQuote(i) && (lexicon.has(lemma, CueBehaviour.DIRECT_QUOTE) || quotedWords(i) >= 4)) {
            // "said “…”" is speech; "show ‘Politicking’" or "called it “a disgrace”" names or labels.
            return withEnd(i, 1.0);
        }
        if (s.is(i, ":") && i + 1 < s.size()) {
            return withEnd(i + 1, 0.9);
        }
        int colon = colonBeforeQuote(i);
        if (colon >= 0) {
            return withEnd(colon + 1, 0.95);
        }
        if (lemma.equals("call") && s.is(i, "for")) {
            return i + 1 < s.size() ? withEnd(i + 1, 0.85) : null;
        }
        // "criticizes NATO as …", "called the senator a “nasty guy”": a judgement reported as said.
        if (lexicon.has(lemma, CueBehaviour.AS_COMPLEMENT) && hasAsOrQuoteAhead(i)) {
            return withEnd(i, 0.85);
        }
        if (lexicon.has(lemma, CueBehaviour.INFINITIVE)) {
            int to = findWithin(i, 6, "to");
            if (to >= 0 && s.isVerbal(to + 1)) {
                return withEnd(lexicon.has(lemma, CueBehaviour.SUBJECT_INFINITIVE) ? to : i, 0.8);
            }
        }
        if (lexicon.has(lemma, CueBehaviour.BARE_CLAUSE)) {
            int start = i;
            if (lexicon.has(lemma, CueBehaviour.ADDRESSEE)) {
                start = skipObject(i);
            }
            if (startsClause(start)) {
                return withEnd(start, 0.8);
            }
        }
        return null;
    }

    /** "wrote on the social network Plume: “…”": a short verbless phrase, then a colon and a quote. */
    private int colonBeforeQuote(int from) {
        for (int k = from; k < s.size() && k < from + 8; k++) {
            if (s.is(k, ":")) {
                return s.isQuoteMark(k + 1) ? k : -1;
            }
            if (s.isVerbal(k) || s.isPunct(k)) {
                return -1;
            }
        }
        return -1;
    }

    /** After "that": a clause, not a noun ("that one in five signals is" yes, "that charge on Tuesday" no). */
    private boolean introducesClause(int k) {
        String p = s.pos(k);
        return p.equals("DET") || p.equals("PRON") || p.equals("NUM") || p.equals("PROPN") || s.isQuoteMark(k)
                || startsClause(k);
    }

    private int findThatWithin(int from, int window) {
        for (int k = from; k < s.size() && k < from + window; k++) {
            if (s.is(k, "that") && k + 1 < s.size() && !s.isPunct(k + 1)) {
                return k;
            }
            if (s.isVerbal(k) || s.isPunct(k) && !s.is(k, ",")) {
                return -1;
            }
        }
        return -1;
    }

    private int findWithin(int from, int window, String word) {
        for (int k = from; k < s.size() && k < from + window; k++) {
            if (s.is(k, word)) {
                return k;
            }
            if (s.isPunct(k)) {
                return -1;
            }
        }
        return -1;
    }

    private boolean hasAsOrQuoteAhead(int from) {
        for (int k = from; k < s.size() && k < from + 8; k++) {
            if (s.is(k, "as") || s.isQuoteMark(k) && opensQuote(k)) {
                return true;
            }
            if (s.is(k, ".", ";")) {
                return false;
            }
        }
        return false;
    }

    private int skipObject(int i) {
        int k = i;
        while (k < s.size() && k - i < 4 && (s.pos(k).equals("PRON") || s.pos(k).equals("PROPN")
                || s.pos(k).equals("NOUN") || s.pos(k).equals("DET") || s.pos(k).equals("ADJ"))) {
            k++;
            if (s.pos(k - 1).equals("PRON") || s.word(k - 1).equals("reporters")) {
                break;
            }
        }
        return k;
    }

    /**
     * A clause: a subject noun phrase (with "of …" attached) directly followed by a verb, as in "said the head
     * of the agency would resign". "emphasized the importance of NATO and reaffirmed …" is an object, not a
     * clause, and is rejected.
     */
    private boolean startsClause(int i) {
        if (i >= s.size() || s.is(i, "it") && s.is(i + 1, ".")) {
            return false;
        }
        int k = i;
        if (s.pos(k).equals("PRON") && !s.is(k, "its", "his", "her", "their", "our", "my", "your")) {
            k++;
        } else {
            int np = k;
            while (k < s.size() && k - np < 12 && (s.isNominal(k) && !s.isQuoteMark(k)
                    || s.is(k, "of", "in", "at", "for", "from", "on", "among", "with", "over", "about", "between",
                    "by", "under") && s.isNominal(k + 1))) {
                k++;
            }
            if (k == np) {
                return false;
            }
        }
        return k < s.size() && s.isVerbal(k) && !s.token(k).text().endsWith("ing");
    }

    private int quotedWords(int openToken) {
        int offset = s.begin(s.markStart(openToken));
        for (Quotation q : quotations) {
            if (q.begin() == offset) {
                return s.doc.text(q.inner()).trim().split("\\s+").length;
            }
        }
        return 0;
    }

    /** Whether token {@code tokenIndex} is (part of) the opening mark of a quotation. */
    boolean opensQuote(int tokenIndex) {
        int offset = s.begin(s.markStart(tokenIndex));
        for (Quotation q : quotations) {
            if (q.begin() == offset) {
                return true;
            }
        }
        return false;
    }

    private FoundContent withEnd(int begin, double evidence) {
        int end = boundary(begin);
        return end > begin ? new FoundContent(begin, end, evidence) : null;
    }

    /** Exclusive end token of a content starting at {@code begin}. */
    int boundary(int begin) {
        int end = s.size();
        for (int c : cueIndices) {
            if (c <= begin + 1) {
                continue;
            }
            int cut = coordinationBefore(c, begin);
            if (cut > begin && cut < end) {
                end = cut;
            }
        }
        return trimEnd(begin, end);
    }

    /**
     * Where a coordinated cue starts: the comma, semicolon or conjunction before "[and] [subject] [adverbs] cue",
     * or -1 when the cue is nested inside the content rather than coordinated with it.
     */
    private int coordinationBefore(int cue, int floor) {
        int k = cue - 1;
        while (k > floor && (s.pos(k).equals("ADV") || s.is(k, "also", "has", "have", "had"))) {
            k--;
        }
        while (k > floor && s.isQuoteMark(k) && !opensQuote(k)) {
            k--;
        }
        int subjectTokens = 0;
        while (k > floor && s.isNominal(k) && subjectTokens < 4) {
            k--;
            subjectTokens++;
        }
        if (s.is(k, "and", "but", "while", "whereas", "yet")) {
            int conj = k;
            if (s.is(k - 1, ",", ";")) {
                return k - 1;
            }
            return conj;
        }
        if (s.is(k, ",", ";") && (subjectTokens == 0 || s.is(k, ";"))) {
            return k;
        }
        return -1;
    }

    /** Drops the sentence's final punctuation and trailing commas, but keeps a closing quote that belongs in. */
    private int trimEnd(int begin, int end) {
        int e = end;
        while (e > begin && (s.is(e - 1, ".", ",", ";", ":", "!", "?", "—", "-", "–"))) {
            e--;
        }
        // An opening mark inside the content whose closing mark lies just past the cut belongs to the content.
        if (e < s.size() && unbalancedOpenIn(begin, e) && s.isQuoteMark(e)) {
            e = s.markEnd(e);
        } else if (e + 1 < s.size() && unbalancedOpenIn(begin, e) && s.isPunct(e) && s.isQuoteMark(e + 1)) {
            e = s.markEnd(e + 1);
        }
        return e;
    }

    private boolean unbalancedOpenIn(int begin, int end) {
        int from = s.begin(begin);
        int to = s.end(end - 1);
        for (Quotation q : quotations) {
            if (q.depth() == 0 && q.begin() >= from && q.begin() < to && q.end() > to) {
                return true;
            }
        }
        return false;
    }

    Span span(FoundContent f) {
        return new Span(s.begin(f.begin), s.end(f.end - 1));
    }
}
