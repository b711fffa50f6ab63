package io.claimant.attribution.encoder;

import io.claimant.document.Token;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class PieceAlignmentTest {

    /** Tokens cut as Claimant's tokenizer cuts "U.S. won’t", pieces as the uncased wordpiece vocabulary does. */
    @Test
    void aTokenReadsTheFirstPieceThatSharesACharacterWithIt() {
        String text = "U.S. won’t go";
        List<Token> tokens = tokens(text, new int[][] {{0, 4}, {5, 7}, {7, 10}, {11, 13}});
        // pieces: U . S . | won ’ t | go
        WordPieces pieces = new WordPieces(new long[8], new int[] {0, 1, 2, 3, 5, 8, 9, 11},
                new int[] {1, 2, 3, 4, 8, 9, 10, 13});
        // "wo" starts inside the piece "won", and so does "n’t": both read it
        assertArrayEquals(new int[] {0, 4, 4, 7}, PieceAlignment.firstPieces(tokens, pieces));
    }

    @Test
    void aTokenWhoseCharactersTheTokenizerDroppedHasNoPiece() {
        String text = "a \u200b b";
        List<Token> tokens = tokens(text, new int[][] {{0, 1}, {2, 3}, {4, 5}});
        WordPieces pieces = new WordPieces(new long[2], new int[] {0, 4}, new int[] {1, 5});
        assertArrayEquals(new int[] {0, -1, 1}, PieceAlignment.firstPieces(tokens, pieces));
    }

    private static List<Token> tokens(String text, int[][] spans) {
        List<Token> out = new ArrayList<>();
        for (int[] s : spans) {
            String word = text.substring(s[0], s[1]);
            out.add(new Token(out.size(), s[0], s[1], word, 0, "X", word));
        }
        return out;
    }
}
