package io.claimant.attribution.encoder;

import io.claimant.document.Token;

import java.util.List;

/**
 * Which wordpiece speaks for each document token. Claimant's tokens and the encoder's pieces are cut differently
 * ("U.S." is one token and four pieces; "won’t" two tokens and three pieces), so a token reads the first piece that
 * shares a character with it, as training labelled a piece by its first character.
 */
public final class PieceAlignment {

    private PieceAlignment() {
    }

    /** For each token, its first overlapping piece, or -1 when the tokenizer kept none of its characters. */
    public static int[] firstPieces(List<Token> tokens, WordPieces pieces) {
        int[] out = new int[tokens.size()];
        int p = 0;
        for (int t = 0; t < tokens.size(); t++) {
            Token token = tokens.get(t);
            while (p < pieces.size() && (pieces.end()[p] <= token.begin() || pieces.begin()[p] < 0)) {
                p++;
            }
            out[t] = p < pieces.size() && pieces.begin()[p] < token.end() ? p : -1;
        }
        return out;
    }
}
