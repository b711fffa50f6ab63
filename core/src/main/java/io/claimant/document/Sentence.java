package io.claimant.document;

/**
 * A sentence: its character span, its tokens {@code [firstToken, endToken)} and the paragraph (line) it is in.
 * {@code cut} marks a piece of a longer run of text that had no sentence end within {@link SentenceCap#MAX_TOKENS}
 * tokens and was cut so that the statistical taggers, whose cost grows faster than the sentence, stay bounded.
 */
public record Sentence(int index, int begin, int end, int paragraph, int firstToken, int endToken, boolean cut) {

    /** A sentence as the splitter found it (not cut). */
    public Sentence(int index, int begin, int end, int paragraph, int firstToken, int endToken) {
        this(index, begin, end, paragraph, firstToken, endToken, false);
    }

    public Span span() {
        return new Span(begin, end);
    }

    public Sentence withTokens(int first, int endExclusive) {
        return new Sentence(index, begin, end, paragraph, first, endExclusive, cut);
    }
}
