package io.claimant.document;

/**
 * One token. {@code pos} is a Universal Dependencies tag (NOUN, PROPN, VERB, ...), {@code lemma} is lower
 * case; either is null until its layer has been added.
 */
public record Token(int index, int begin, int end, String text, int sentence, String pos, String lemma) {

    public Span span() {
        return new Span(begin, end);
    }

    public Token withPos(String newPos) {
        return new Token(index, begin, end, text, sentence, newPos, lemma);
    }

    public Token withLemma(String newLemma) {
        return new Token(index, begin, end, text, sentence, pos, newLemma);
    }

    public boolean isPos(String tag) {
        return tag.equals(pos);
    }
}
