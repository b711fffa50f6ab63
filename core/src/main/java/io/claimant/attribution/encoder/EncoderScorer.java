package io.claimant.attribution.encoder;

import io.claimant.attribution.learned.model.TagSet;
import io.claimant.document.Document;
import io.claimant.document.Token;

import java.util.List;

/**
 * Token scores from the encoder: the document's wordpieces are scored window by window, and each token takes its
 * first piece's scores ({@link PieceAlignment}), or the token before's when the tokenizer kept none of its
 * characters (a zero-width space, a control character).
 */
public final class EncoderScorer implements TokenScorer {

    private final EncoderModel encoder;

    public EncoderScorer(EncoderModel encoder) {
        this.encoder = encoder;
    }

    @Override
    public float[][] score(Document doc) {
        WordPieces pieces = encoder.tokenize(doc.text());
        float[][] pieceScores = encoder.logProbabilities(pieces);
        List<Token> tokens = doc.tokens();
        int[] first = PieceAlignment.firstPieces(tokens, pieces);
        float[][] out = new float[tokens.size()][];
        float[] outside = outsideOnly(TagSet.ALL.labels().length);
        for (int t = 0; t < tokens.size(); t++) {
            out[t] = first[t] >= 0 ? pieceScores[first[t]] : t > 0 ? out[t - 1] : outside;
        }
        return out;
    }

    private static float[] outsideOnly(int labels) {
        float[] out = new float[labels];
        java.util.Arrays.fill(out, Float.NEGATIVE_INFINITY);
        out[0] = 0f;
        return out;
    }
}
