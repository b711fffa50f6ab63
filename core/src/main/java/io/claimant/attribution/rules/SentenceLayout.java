package io.claimant.attribution.rules;

import io.claimant.document.Document;
import io.claimant.document.Sentence;
import io.claimant.document.Token;

import java.util.Arrays;
import java.util.List;

/**
 * Where paragraphs begin and end, and which sentences and paragraphs hold nothing but quotations: no letter or
 * digit outside a top-level quotation. Such a sentence has no tag or narration of its own, so its quote can only
 * continue the attribution before it (GUIDELINES R1). Found in one pass over the text.
 */
final class SentenceLayout {

    private final Document doc;
    private final boolean[] sentenceQuoteOnly;
    private final boolean[] paragraphQuoteOnly;
    private final int[] paragraphBegin;
    private final int[] paragraphEnd;

    SentenceLayout(Document doc, TopQuotations quotes) {
        this.doc = doc;
        List<Sentence> sentences = doc.sentences();
        this.sentenceQuoteOnly = new boolean[sentences.size()];
        int paragraphs = sentences.isEmpty() ? 0 : sentences.get(sentences.size() - 1).paragraph() + 1;
        this.paragraphQuoteOnly = new boolean[paragraphs];
        this.paragraphBegin = new int[paragraphs];
        this.paragraphEnd = new int[paragraphs];
        Arrays.fill(paragraphQuoteOnly, true);
        Arrays.fill(paragraphBegin, -1);
        for (Sentence s : sentences) {
            if (paragraphBegin[s.paragraph()] < 0) {
                paragraphBegin[s.paragraph()] = s.begin();
            }
            paragraphEnd[s.paragraph()] = s.end();
        }
        String text = doc.text();
        int q = 0;
        for (Sentence s : sentences) {
            boolean only = true;
            int k = s.begin();
            while (k < s.end()) {
                while (q < quotes.size() && quotes.get(q).end() <= k) {
                    q++;
                }
                if (q < quotes.size() && quotes.get(q).begin() <= k) {
                    k = quotes.get(q).end();
                } else if (Character.isLetterOrDigit(text.charAt(k))) {
                    only = false;
                    break;
                } else {
                    k++;
                }
            }
            sentenceQuoteOnly[s.index()] = only;
            paragraphQuoteOnly[s.paragraph()] &= only;
        }
    }

    /** Index of the sentence holding {@code offset}, or the last sentence starting before it. */
    int sentenceAt(int offset) {
        List<Token> tokens = doc.tokens();
        int i = Math.max(0, doc.firstTokenFrom(offset + 1) - 1);
        return tokens.isEmpty() ? 0 : tokens.get(i).sentence();
    }

    int sentenceCount() {
        return sentenceQuoteOnly.length;
    }

    Sentence sentence(int index) {
        return doc.sentences().get(index);
    }

    boolean sentenceIsQuoteOnly(int sentence) {
        return sentenceQuoteOnly[sentence];
    }

    boolean paragraphIsQuoteOnly(int paragraph) {
        return paragraphQuoteOnly[paragraph];
    }

    int paragraphCount() {
        return paragraphBegin.length;
    }

    /** Index of the paragraph holding {@code offset}, or the last one starting before it. */
    int paragraphAt(int offset) {
        return sentence(sentenceAt(offset)).paragraph();
    }

    /** Where the first sentence of {@code paragraph} begins. */
    int paragraphBegin(int paragraph) {
        return paragraphBegin[paragraph];
    }

    /** Where the last sentence of {@code paragraph} ends. */
    int paragraphEnd(int paragraph) {
        return paragraphEnd[paragraph];
    }
}
