package io.claimant.entity;

import io.claimant.document.Document;
import io.claimant.document.EntityMention;
import io.claimant.document.Sentence;
import io.claimant.document.Token;
import io.claimant.document.TokenText;

import java.util.List;

/**
 * Finds the title a person's name carries: before it ("NATO Secretary General Mark Rutte", "German Chancellor
 * Friedrich Merz", "finance minister Karel Voss") or in an apposition after it ("Karel Voss, the finance
 * minister,"). A title must contain at least one title word; proper nouns and adjectives before a title word
 * ("NATO", "German", "Republican") belong to it.
 */
final class TitleFinder {

    private static final int MAX_APPOSITION_TOKENS = 8;

    private final Document doc;
    private final EntityLexicon lexicon;

    TitleFinder(Document doc, EntityLexicon lexicon) {
        this.doc = doc;
        this.lexicon = lexicon;
    }

    /** The title text, or null. */
    String titleOf(EntityMention mention) {
        Sentence sentence = doc.sentences().get(mention.sentence());
        List<Token> tokens = doc.tokens();
        int first = firstTokenAt(mention.begin(), sentence);
        if (first < 0) {
            return null;
        }
        String before = titleBefore(tokens, first, sentence.firstToken());
        return before != null ? before : titleAfter(tokens, mention.end(), sentence);
    }

    private String titleBefore(List<Token> tokens, int nameStart, int sentenceStart) {
        int start = nameStart;
        boolean sawTitleWord = false;
        for (int i = nameStart - 1; i >= sentenceStart; i--) {
            Token t = tokens.get(i);
            if (lexicon.isSingularTitleWord(t.text())) {
                sawTitleWord = true;
                start = i;
            } else if (sawTitleWord && isTitleModifier(t)) {
                start = i;
            } else {
                break;
            }
        }
        if (!sawTitleWord) {
            return null;
        }
        return doc.text().substring(tokens.get(start).begin(), tokens.get(nameStart - 1).end());
    }

    /** "NATO", "German", "Republican", "U.S.", "Estonia 's": words that narrow a title down. */
    private static boolean isTitleModifier(Token t) {
        if (TokenText.isPossessiveMarker(t.text())) {
            return true;
        }
        return TokenText.isCapitalized(t.text()) && ("PROPN".equals(t.pos()) || "ADJ".equals(t.pos())
                || "NOUN".equals(t.pos()));
    }

    private String titleAfter(List<Token> tokens, int nameEnd, Sentence sentence) {
        int i = firstTokenAt(nameEnd, sentence);
        if (i < 0 || i >= sentence.endToken() || !tokens.get(i).text().equals(",")) {
            return null;
        }
        int start = i + 1;
        if (start < sentence.endToken() && isArticle(tokens.get(start).text())) {
            start++;
        }
        int end = start;
        while (end < sentence.endToken() && end - start < MAX_APPOSITION_TOKENS) {
            Token t = tokens.get(end);
            if (t.text().equals(",") || t.text().equals(".") || t.text().equals(";")) {
                break;
            }
            boolean nominal = "NOUN".equals(t.pos()) || "PROPN".equals(t.pos()) || "ADJ".equals(t.pos())
                    || TokenText.isPossessiveMarker(t.text()) || lexicon.isTitleWord(t.text());
            if (!nominal) {
                return null;
            }
            end++;
        }
        if (end == start || end >= sentence.endToken() && end - start >= MAX_APPOSITION_TOKENS) {
            return null;
        }
        if (!lexicon.isSingularTitleWord(tokens.get(end - 1).text())) {
            return null;
        }
        return doc.text().substring(tokens.get(start).begin(), tokens.get(end - 1).end());
    }

    private static boolean isArticle(String word) {
        return word.equalsIgnoreCase("the") || word.equalsIgnoreCase("a") || word.equalsIgnoreCase("an");
    }

    /** Index of the token starting at or covering {@code offset} within the sentence, or the sentence end. */
    private int firstTokenAt(int offset, Sentence sentence) {
        List<Token> tokens = doc.tokens();
        for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
            if (tokens.get(i).end() > offset) {
                return i;
            }
        }
        return sentence.endToken();
    }
}
