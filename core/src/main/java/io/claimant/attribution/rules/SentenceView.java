package io.claimant.attribution.rules;

import io.claimant.document.Document;
import io.claimant.document.Sentence;
import io.claimant.document.Token;
import io.claimant.document.TokenText;

import java.util.List;
import java.util.Locale;

/** One sentence's tokens with the small lookups the attribution rules need; indices are sentence-local. */
final class SentenceView {

    private static final int MAX_HEADLINE_TOKENS = 30;

    final Document doc;
    final Sentence sentence;
    final List<Token> tokens;

    /** Tokens inside a recognised name: nominal whatever the tagger said ("Wędrowska-Ilić" came out ADV). */
    private final boolean[] inName;

    SentenceView(Document doc, Sentence sentence) {
        this.doc = doc;
        this.sentence = sentence;
        this.tokens = doc.tokens(sentence);
        this.inName = new boolean[tokens.size()];
        // Only this sentence's mentions, and for each only the tokens it covers: a pass over every mention per
        // sentence, or every token per mention, is quadratic on a long document or a sentence with no end.
        for (io.claimant.document.EntityMention m : doc.mentionsWithin(sentence.span())) {
            if (m.sentence() != sentence.index() || m.kind() != io.claimant.document.MentionKind.NAME) {
                continue;
            }
            int first = Math.max(sentence.firstToken(), doc.firstTokenFrom(m.begin()));
            for (int k = first; k < sentence.endToken() && doc.tokens().get(k).begin() < m.end(); k++) {
                if (doc.tokens().get(k).end() <= m.end()) {
                    inName[k - sentence.firstToken()] = true;
                }
            }
        }
    }

    /**
     * Whether this sentence is the article's headline: the first paragraph, when it is one short sentence.
     * Headlinese drops articles and auxiliaries, so the tagger often reads its verbs as nouns ("study finds").
     */
    boolean isHeadline() {
        List<Sentence> all = doc.sentences();
        return sentence.index() == 0 && sentence.paragraph() == 0 && tokens.size() <= MAX_HEADLINE_TOKENS
                && (all.size() == 1 || all.get(1).paragraph() > 0);
    }

    boolean inName(int i) {
        return i >= 0 && i < inName.length && inName[i];
    }

    int size() {
        return tokens.size();
    }

    Token token(int i) {
        return tokens.get(i);
    }

    String word(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).text().toLowerCase(Locale.ROOT) : "";
    }

    String pos(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).pos() : "";
    }

    String lemma(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).lemma() : "";
    }

    boolean is(int i, String... words) {
        String w = word(i);
        for (String candidate : words) {
            if (w.equals(candidate)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A quotation mark, but not the apostrophe of a plural possessive ("Workers’ Union"). Each token of a mark
     * split in two (''…'' and ``…'' come as two tokens) is a quotation mark; {@link #markStart} and
     * {@link #markEnd} give the whole mark.
     */
    boolean isQuoteMark(int i) {
        return i >= 0 && i < tokens.size() && TokenText.isQuoteMark(tokens.get(i).text()) && !isPossessiveApostrophe(i);
    }

    /** The first token of the quotation mark that token {@code i} is part of: i - 1 for the second ' of ''. */
    int markStart(int i) {
        int k = i;
        while (k > 0 && doubled(k - 1, k)) {
            k--;
        }
        return k;
    }

    /** Exclusive end of the quotation mark that token {@code i} is part of: i + 2 for the first ' of ''. */
    int markEnd(int i) {
        int k = i + 1;
        while (k < tokens.size() && doubled(k - 1, k)) {
            k++;
        }
        return k;
    }

    /** Tokens {@code a} and {@code b = a + 1} are touching halves of a doubled mark: '' or ``. */
    private boolean doubled(int a, int b) {
        if (a < 0 || b >= tokens.size()) {
            return false;
        }
        String x = tokens.get(a).text();
        String y = tokens.get(b).text();
        return x.length() == 1 && x.equals(y) && (x.equals("'") || x.equals("`") || x.equals("’"))
                && tokens.get(a).end() == tokens.get(b).begin();
    }

    boolean isPossessiveApostrophe(int i) {
        String t = tokens.get(i).text();
        if (i == 0 || !(t.equals("’") || t.equals("'")) || doubled(i - 1, i) || doubled(i, i + 1)) {
            return false;
        }
        Token prev = tokens.get(i - 1);
        return prev.end() == tokens.get(i).begin() && prev.text().endsWith("s")
                && (i + 1 >= tokens.size() || tokens.get(i + 1).begin() > tokens.get(i).end());
    }

    boolean isPunct(int i) {
        return i >= 0 && i < tokens.size() && TokenText.isPunctuation(tokens.get(i));
    }

    boolean isVerbal(int i) {
        String p = pos(i);
        return p.equals("VERB") || p.equals("AUX");
    }

    /** Nouns, names, pronouns, determiners, adjectives, numbers: what a noun phrase is made of. */
    boolean isNominal(int i) {
        if (inName(i)) {
            return true;
        }
        String p = pos(i);
        return p.equals("NOUN") || p.equals("PROPN") || p.equals("PRON") || p.equals("DET") || p.equals("ADJ")
                || p.equals("NUM") || (i >= 0 && i < tokens.size() && TokenText.isPossessiveMarker(tokens.get(i).text())
                && !isQuoteMark(i));
    }

    int begin(int i) {
        return tokens.get(i).begin();
    }

    int end(int i) {
        return tokens.get(i).end();
    }
}
