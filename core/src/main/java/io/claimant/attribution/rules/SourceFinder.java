package io.claimant.attribution.rules;

/**
 * Finds the noun phrase that is the source of a cue, in sentence-local token indices. Handles the subject
 * right before the cue ("Rutte argued"), with auxiliaries and adverbs between ("has repeatedly stated"),
 * with a comma-delimited parenthetical between ("Merz, speaking alongside Rutte, emphasized"), a participial
 * cue whose subject is the clause's ("…have introduced legislation, arguing that"), a relative pronoun
 * ("experts, who warn that"), and an inverted tag after the cue ("…,” said Senator Ilse Brandt.").
 */
final class SourceFinder {

    private static final int MAX_PARENTHETICAL = 14;
    private static final int MAX_NP = 10;

    record FoundSource(int begin, int end, boolean participial) {
    }

    private final SentenceView s;
    private final RuleLexicon lexicon;

    SourceFinder(SentenceView s, RuleLexicon lexicon) {
        this.s = s;
        this.lexicon = lexicon;
    }

    /** The source before the cue verb at {@code cue}, or null. */
    FoundSource before(int cue) {
        int i = cue - 1;
        while (i >= 0 && (lexicon.subjectCueGapWords.contains(s.word(i)) && !(s.word(i).equals("on") && !isDayAfter(i))
                || s.pos(i).equals("ADV") && !s.is(i, "who", "which"))) {
            i--;
        }
        if (i < 0) {
            return null;
        }
        if (s.isQuoteMark(i) && s.is(s.markStart(i) - 1, ",")) {
            i = s.markStart(i) - 1; // a parenthetical that ends in a quoted title: "Their budget, titled “Books Before Trams,” criticizes"
        }
        if (s.word(i).equals(",")) {
            if (s.word(cue).endsWith("ing") || s.pos(cue).equals("VERB") && s.token(cue).text().endsWith("ing")) {
                return subjectOfClauseBefore(i);
            }
            int open = parentheticalStart(i);
            if (open < 0) {
                return null;
            }
            if (isName(open + 1, i)) {
                // "Castell’s producer, Noor Halvani, said": the apposition names the speaker; keep it in the source.
                FoundSource np = nounPhraseEndingAt(open - 1);
                return np == null ? null : new FoundSource(np.begin(), i, false);
            }
            i = open - 1;
        }
        if (s.is(i, "who", "which", "that") && i > 0) {
            int j = i - 1;
            if (s.word(j).equals(",")) {
                j--;
            }
            // "support from truckers, who say": the relative pronoun stands for the nearest noun, not the whole phrase.
            return nounPhraseEndingAt(j, false);
        }
        return nounPhraseEndingAt(i);
    }

    private boolean isDayAfter(int i) {
        return s.pos(i + 1).equals("PROPN");
    }

    /**
     * A cue coordinated with an earlier verb shares its subject: "Massie’s bill criticizes NATO as …, argues
     * that …, and claims that …"; "The strategy acknowledges …, but also calls for …".
     */
    FoundSource sharedSubject(int cue, FoundSource previousSource) {
        int i = cue - 1;
        while (i >= 0 && (s.pos(i).equals("ADV") || s.is(i, "also", "has", "have", "had"))) {
            i--;
        }
        while (i >= 0 && s.isQuoteMark(i)) {
            i--;
        }
        if (s.is(i, "and", "but", "yet")) {
            i--;
        }
        if (i < 0 || !s.is(i, ",", ";") && !s.is(i + 1, "and", "but", "yet")) {
            return null;
        }
        return previousSource != null ? previousSource : mainSubject(i);
    }

    /** The subject of the sentence's first finite verb before {@code limit}: what coordinated verbs share. */
    private FoundSource mainSubject(int limit) {
        for (int v = 0; v < limit; v++) {
            if (s.pos(v).equals("VERB") && !s.token(v).text().endsWith("ing") && !s.is(v - 1, "to")) {
                int i = v - 1;
                while (i >= 0 && (s.pos(i).equals("ADV") || s.pos(i).equals("AUX"))) {
                    i--;
                }
                return nounPhraseEndingAt(i);
            }
        }
        return null;
    }

    /** "Lee and Massie have introduced a bill, arguing that": the subject of the finite verb before the comma. */
    private FoundSource subjectOfClauseBefore(int comma) {
        for (int v = comma - 1; v >= 0; v--) {
            if (s.isVerbal(v) && !s.token(v).text().endsWith("ing")) {
                int i = v - 1;
                while (i >= 0 && (s.is(i, "has", "have", "had", "will", "would", "also", "did", "does", "do")
                        || s.pos(i).equals("ADV") || s.pos(i).equals("AUX"))) {
                    i--;
                }
                FoundSource np = nounPhraseEndingAt(i);
                return np == null ? null : new FoundSource(np.begin, np.end, true);
            }
        }
        return null;
    }

    /** The index of the comma opening a parenthetical that ends with the comma at {@code close}, or -1. */
    private int parentheticalStart(int close) {
        for (int j = close - 1; j >= 0 && close - j <= MAX_PARENTHETICAL; j--) {
            if (s.word(j).equals(",")) {
                return j > 0 && s.isNominal(j - 1) ? j : -1;
            }
        }
        return -1;
    }

    private boolean isName(int from, int to) {
        if (to <= from) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!s.inName(k)) {
                return false;
            }
        }
        return true;
    }

    /** A source after an inverted cue: "said Minister Karel Voss", "said the ministry". */
    FoundSource after(int cueEnd) {
        int i = cueEnd;
        if (i >= s.size() || !s.isNominal(i)) {
            return null;
        }
        int j = i;
        while (j < s.size() && j - i < MAX_NP && (s.isNominal(j) || s.is(j, "of", "and") && s.isNominal(j + 1))) {
            j++;
        }
        return validate(i, j);
    }

    /** The noun phrase whose last token is {@code last}, scanning left. */
    FoundSource nounPhraseEndingAt(int last) {
        return nounPhraseEndingAt(last, true);
    }

    private FoundSource nounPhraseEndingAt(int last, boolean withPrepositions) {
        if (last < 0 || !s.isNominal(last) || s.isQuoteMark(last)) {
            return null;
        }
        if (s.is(last, "he", "she", "they", "it", "we", "i", "you")) {
            return validate(last, last + 1); // "On Friday night she wrote": a pronoun is a whole noun phrase
        }
        int i = last;
        while (i - 1 >= 0 && last - i < MAX_NP) {
            int prev = i - 1;
            if (s.isNominal(prev) && !s.isQuoteMark(prev) && !s.is(prev, "that", "which", "who", "whom")) {
                i = prev;
            } else if (s.is(prev, "-") && touching(prev - 1, prev) && touching(prev, i) && s.isNominal(prev - 1)) {
                i = prev; // "start-up", which the tokenizer splits in three
            } else if ((s.is(prev, "and", "&") || withPrepositions && lexicon.sourcePrepositions.contains(s.word(prev)))
                    && prev - 1 >= 0 && s.isNominal(prev - 1) && !s.isQuoteMark(prev - 1)) {
                i = prev;
            } else {
                break;
            }
        }
        return validate(i, last + 1);
    }

    /** Tokens {@code a} and {@code a + 1} with no space between. */
    private boolean touching(int a, int b) {
        return a >= 0 && b < s.size() && s.end(a) == s.begin(b);
    }

    private FoundSource validate(int begin, int end) {
        if (end - begin == 1 && lexicon.nonSourceWords.contains(s.word(begin))) {
            return null;
        }
        boolean hasHead = false;
        for (int k = begin; k < end; k++) {
            String p = s.pos(k);
            if (p.equals("NOUN") || p.equals("PROPN") || p.equals("PRON") || p.equals("NUM") || s.inName(k)
                    || lexicon.groupSourceWords.contains(s.word(k))) {
                hasHead = true;
            }
        }
        return hasHead ? new FoundSource(begin, end, false) : null;
    }
}
