package io.claimant.attribution.rules;

import io.claimant.document.Document;
import io.claimant.document.Sentence;
import io.claimant.document.Token;

import java.util.Arrays;
import java.util.List;

/**
 * Which sentences and paragraphs hold nothing but quotations: no letter or digit outside a top-level quotation.
 * Such a sentence has no tag or narration of its own, so its quote can only continue the attribution before it
 * (GUIDELINES R1). Found in one pass over the text.
 */
final class QuoteOnlySentences {

    private final Document doc;
    private final boolean[] sentenceQuoteOnly;
    private final boolean[] paragraphQuoteOnly;

    QuoteOnlySentences(Document doc, TopQuotations quotes) {
        this.doc = doc;
        List<Sentence> sentences = doc.sentences();
        this.sentenceQuoteOnly = new boolean[sentences.size()];
        int paragraphs = sentences.isEmpty() ? 0 : sentences.get(sentences.size() - 1).paragraph() + 1;
        this.paragraphQuoteOnly = new boolean[paragraphs];
        Arrays.fill(paragraphQuoteOnly, true);
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
}
