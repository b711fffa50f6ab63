package io.claimant.document;

/**
 * A sentence: its character span, its tokens {@code [firstToken, endToken)} and the paragraph (line) it is in.
 */
public record Sentence(int index, int begin, int end, int paragraph, int firstToken, int endToken) {

    public Span span() {
        return new Span(begin, end);
    }

    public Sentence withTokens(int first, int endExclusive) {
        return new Sentence(index, begin, end, paragraph, first, endExclusive);
    }
}
