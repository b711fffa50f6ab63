package io.claimant.attribution.learned.table;

import io.claimant.attribution.Candidate;
import io.claimant.document.Document;
import io.claimant.document.EntityMention;
import io.claimant.document.MentionKind;
import io.claimant.document.Quotation;
import io.claimant.document.Sentence;
import io.claimant.document.Span;
import io.claimant.document.Token;
import io.claimant.document.TokenText;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What the feature templates read about each token of one document, computed once in linear time: the word,
 * lemma and tag, its shape, where it sits (sentence, paragraph), whether it is quoted, which kind of mention it
 * belongs to, and what the rules proposed around it. Indices are document token indices.
 *
 * <p>The arrays are read by the feature templates millions of times a document, so they are exposed as they are
 * rather than copied behind accessors: read them, never write them.
 */
public final class TokenTable {

    /** The mention kind of a token outside every mention. */
    public static final String OUTSIDE = "-";

    public final Document doc;
    public final int size;
    public final String[] word;
    public final String[] lemma;
    public final String[] pos;
    public final String[] shape;
    /** The word's distributional class, or "?" when it has none. */
    public final String[] cluster;
    public final int[] sentence;
    public final int[] paragraph;
    /** Position of the token in its paragraph, from 0. */
    public final int[] inParagraph;
    /** Index of the first token of each token's paragraph, and one past its last. */
    public final int[] paragraphStart;
    public final int[] paragraphEnd;
    /** Index of the first token of each token's sentence, and one past its last. */
    public final int[] sentenceStart;
    public final int[] sentenceEnd;
    /** Index of the outermost quotation holding the token's text, or -1. */
    public final int[] quote;
    public final boolean[] openMark;
    public final boolean[] closeMark;
    /** PERSON, ORGANIZATION, … for a token inside a name; PRON for a resolved pronoun; else {@link #OUTSIDE}. */
    public final String[] mention;
    /** Index of the rule candidate whose cue holds the token, or -1. */
    public final int[] ruleCue;
    public final List<Candidate> ruleCandidates;
    private final List<Quotation> quotations;

    public TokenTable(Document doc, List<Candidate> ruleCandidates, WordClusters clusters) {
        this.doc = doc;
        List<Token> tokens = doc.tokens();
        size = tokens.size();
        word = new String[size];
        lemma = new String[size];
        pos = new String[size];
        shape = new String[size];
        cluster = new String[size];
        sentence = new int[size];
        paragraph = new int[size];
        inParagraph = new int[size];
        paragraphStart = new int[size];
        paragraphEnd = new int[size];
        sentenceStart = new int[size];
        sentenceEnd = new int[size];
        quote = new int[size];
        openMark = new boolean[size];
        closeMark = new boolean[size];
        mention = new String[size];
        ruleCue = new int[size];
        this.ruleCandidates = ruleCandidates;
        List<Sentence> sentences = doc.sentences();
        for (int i = 0; i < size; i++) {
            Token t = tokens.get(i);
            word[i] = t.text().toLowerCase(Locale.ROOT);
            lemma[i] = t.lemma() == null ? word[i] : t.lemma();
            pos[i] = t.pos() == null ? "X" : t.pos();
            shape[i] = shapeOf(t.text());
            String c = clusters.clusterOf(word[i]);
            cluster[i] = c == null ? "?" : c;
            sentence[i] = t.sentence();
            paragraph[i] = sentences.get(t.sentence()).paragraph();
            sentenceStart[i] = sentences.get(t.sentence()).firstToken();
            sentenceEnd[i] = sentences.get(t.sentence()).endToken();
        }
        int start = 0;
        for (int i = 0; i <= size; i++) {
            if (i == size || i > 0 && paragraph[i] != paragraph[i - 1]) {
                for (int k = start; k < i; k++) {
                    paragraphStart[k] = start;
                    paragraphEnd[k] = i;
                    inParagraph[k] = k - start;
                }
                start = i;
            }
        }
        quotations = doc.quotations().stream().filter(q -> q.depth() == 0).toList();
        markQuotes(tokens);
        Arrays.fill(mention, OUTSIDE);
        for (EntityMention m : doc.mentions()) {
            String kind = m.kind() == MentionKind.NAME ? m.type().name() : m.kind() == MentionKind.PRONOUN ? "PRON" : "NOMINAL";
            mark(m.span(), kind);
        }
        Arrays.fill(ruleCue, -1);
        for (int c = 0; c < ruleCandidates.size(); c++) {
            Span cue = ruleCandidates.get(c).cue();
            if (cue != null) {
                for (int k = doc.firstTokenFrom(cue.begin()); k < size && tokens.get(k).begin() < cue.end(); k++) {
                    ruleCue[k] = c;
                }
            }
        }
    }

    private void markQuotes(List<Token> tokens) {
        Arrays.fill(quote, -1);
        for (int q = 0; q < quotations.size(); q++) {
            Quotation quotation = quotations.get(q);
            for (Span part : quotation.parts()) {
                for (int k = doc.firstTokenFrom(part.begin()); k < size && tokens.get(k).end() <= part.end(); k++) {
                    quote[k] = q;
                }
            }
            // A mark may be two tokens (''…''): every token between the quotation's edge and its text is a mark.
            for (int k = doc.firstTokenFrom(quotation.begin()); k < size && tokens.get(k).end() <= quotation.parts().get(0).begin(); k++) {
                openMark[k] = TokenText.isQuoteMark(tokens.get(k).text());
            }
            if (quotation.closed()) {
                int textEnd = quotation.parts().get(quotation.parts().size() - 1).end();
                for (int k = doc.firstTokenFrom(textEnd); k < size && tokens.get(k).end() <= quotation.end(); k++) {
                    closeMark[k] = TokenText.isQuoteMark(tokens.get(k).text());
                }
            }
        }
    }

    private void mark(Span span, String kind) {
        List<Token> tokens = doc.tokens();
        for (int k = doc.firstTokenFrom(span.begin()); k < size && tokens.get(k).begin() < span.end(); k++) {
            mention[k] = kind;
        }
    }

    public String word(int i) {
        return i < 0 ? "<s>" : i >= size ? "</s>" : word[i];
    }

    public String pos(int i) {
        return i < 0 ? "<s>" : i >= size ? "</s>" : pos[i];
    }


    /** The word within the token's sentence, or a boundary marker: context does not leak across sentences. */
    public String wordIn(int i, int anchor) {
        return i < 0 || i >= size || sentence[i] != sentence[anchor] ? (i < anchor ? "<s>" : "</s>") : word[i];
    }

    public String posIn(int i, int anchor) {
        return i < 0 || i >= size || sentence[i] != sentence[anchor] ? (i < anchor ? "<s>" : "</s>") : pos[i];
    }


    public String clusterIn(int i, int anchor) {
        return i < 0 || i >= size || sentence[i] != sentence[anchor] ? (i < anchor ? "<s>" : "</s>") : cluster[i];
    }

    public boolean isQuoteMark(int i) {
        return i >= 0 && i < size && (openMark[i] || closeMark[i]);
    }

    public boolean inQuote(int i) {
        return i >= 0 && i < size && quote[i] >= 0;
    }


    /** "Xx", "x", "X", "d", "p" (punctuation), "q" (quote mark): the word's shape, collapsed. */
    public static String shapeOf(String text) {
        if (text.length() == 1 && TokenText.isQuoteMark(text)) {
            return "q";
        }
        int first = text.codePointAt(0);
        if (Character.isDigit(first)) {
            return "d";
        }
        if (!Character.isLetter(first)) {
            return "p";
        }
        if (Character.isUpperCase(first)) {
            for (int k = 1; k < text.length(); k++) {
                if (Character.isLowerCase(text.charAt(k))) {
                    return "Xx";
                }
            }
            return text.length() == 1 ? "Xx" : "X";
        }
        return "x";
    }
}
