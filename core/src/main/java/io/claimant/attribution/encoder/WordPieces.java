package io.claimant.attribution.encoder;

/**
 * A text as the encoder reads it: wordpiece ids, each with the characters it came from (UTF-16 offsets into the
 * text, end exclusive). Whitespace and characters the tokenizer drops have no piece.
 */
public record WordPieces(long[] ids, int[] begin, int[] end) {

    public WordPieces {
        if (ids.length != begin.length || ids.length != end.length) {
            throw new IllegalArgumentException("ids and offsets differ in length");
        }
    }

    public int size() {
        return ids.length;
    }
}
