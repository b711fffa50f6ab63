package io.claimant.document;

import java.util.function.IntFunction;

/**
 * The longest sentence, in tokens, that the statistical taggers are given (OpenNLP's tagger and lemmatizer,
 * CoreNLP's CRF), and where a longer one is cut, as CoreNLP bounds its parser with {@code parse.maxlen}. The
 * taggers' cost grows faster than a sentence's length (OpenNLP's beam search copies the tags so far at every
 * word), so a line of 200,000 words with no full stop would never finish.
 *
 * <p>300 tokens: the longest sentences in PolNeAR's 924 news articles have about 200 (a rough count), and a run
 * of {@code claimant extract --format document} over its train and dev texts cuts none; a 300-token piece still
 * tags in milliseconds.
 */
public final class SentenceCap {

    public static final int MAX_TOKENS = 300;

    private SentenceCap() {
    }

    /**
     * The end (exclusive) of the piece of a too-long token run that starts at {@code from}: right after the last
     * ";", ":", "," or dash in the second half of the next {@link #MAX_TOKENS} tokens, where a clause is likely to
     * end, else a hard cut after {@code MAX_TOKENS} tokens. {@code size} when the rest fits.
     *
     * @param word the text of token {@code i}
     */
    public static int pieceEnd(IntFunction<String> word, int from, int size) {
        if (size - from <= MAX_TOKENS) {
            return size;
        }
        int limit = from + MAX_TOKENS;
        for (int i = limit - 1; i >= from + MAX_TOKENS / 2; i--) {
            if (isClauseBoundary(word.apply(i))) {
                return i + 1;
            }
        }
        return limit;
    }

    private static boolean isClauseBoundary(String w) {
        return switch (w) {
            case ";", ":", ",", "-", "--", "\u2013", "\u2014" -> true;
            default -> false;
        };
    }
}
