package io.claimant.attribution.learned.table;

import io.claimant.document.Span;
import io.claimant.document.Token;

import java.util.List;

/**
 * A half-open range {@code [begin, end)} of document token indices: what the learned stage reads and tags, where
 * {@link Span} is a range of characters.
 */
public record TokenSpan(int begin, int end) {

    public TokenSpan {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad token span [" + begin + ", " + end + ")");
        }
    }

    public int length() {
        return end - begin;
    }

    public boolean contains(int token) {
        return begin <= token && token < end;
    }

    public boolean overlaps(TokenSpan other) {
        return begin < other.end && other.begin < end;
    }

    /** The same range ending at {@code newEnd}. */
    public TokenSpan withEnd(int newEnd) {
        return new TokenSpan(begin, newEnd);
    }

    /** The characters from the first token's start to the last token's end. */
    public Span characters(List<Token> tokens) {
        return new Span(tokens.get(begin).begin(), tokens.get(end - 1).end());
    }
}
