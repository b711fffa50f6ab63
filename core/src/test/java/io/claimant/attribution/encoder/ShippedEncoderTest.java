package io.claimant.attribution.encoder;

import io.claimant.attribution.learned.model.TagSet;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped encoder, loaded once per JVM: tokenizer offsets, windows over a long text, scores, determinism. */
class ShippedEncoderTest {

    private static final EncoderModel ENCODER = ShippedEncoder.get();

    @Test
    void theCardMatchesClaimantsLabelsAndAWindowTheEncoderCanRead() {
        assertEquals(Arrays.asList(TagSet.ALL.labels()), ENCODER.card().labels());
        assertTrue(ENCODER.card().window() <= 510 && ENCODER.card().stride() <= ENCODER.card().window());
    }

    @Test
    void pieceOffsetsCountUtf16UnitsEvenAfterAnEmoji() {
        String text = "“We stay,” 😀 Rutte said in Zürich.";
        WordPieces pieces = ENCODER.tokenize(text);
        StringBuilder seen = new StringBuilder();
        for (int i = 0; i < pieces.size(); i++) {
            seen.append(text, pieces.begin()[i], pieces.end()[i]).append(' ');
        }
        // the emoji is one unknown piece of two UTF-16 units; the pieces after it still slice the right characters
        assertEquals("“ We stay , ” 😀 Ru tte said in Zürich . ", seen.toString());
    }

    @Test
    void aLongTextIsReadInWindowsAndEveryPieceGetsOneRowOfProbabilities() {
        String sentence = "The senator said on Tuesday that the budget would pass. ";
        WordPieces pieces = ENCODER.tokenize(sentence.repeat(80));
        assertTrue(pieces.size() > 2 * ENCODER.card().window(), "expected several windows, got " + pieces.size());
        float[][] scores = ENCODER.logProbabilities(pieces);
        assertEquals(pieces.size(), scores.length);
        for (float[] row : scores) {
            double sum = 0;
            for (float s : row) {
                sum += Math.exp(s);
            }
            assertEquals(1.0, sum, 1e-4);
        }
        // the same words in the middle of two windows' turf are scored alike: the cue "said" is a cue everywhere
        int cue = Arrays.asList(TagSet.ALL.labels()).indexOf("B-CUE");
        int saidCount = 0;
        for (int i = 0; i < pieces.size(); i++) {
            if (pieces.ids()[i] == pieces.ids()[2] && argmax(scores[i]) == cue) {
                saidCount++;
            }
        }
        assertEquals(80, saidCount, "every 'said' of the 80 sentences should be a cue");
    }

    private static int argmax(float[] row) {
        int best = 0;
        for (int j = 1; j < row.length; j++) {
            if (row[j] > row[best]) {
                best = j;
            }
        }
        return best;
    }

    @Test
    void theSameTextGivesTheSameBitsEveryTime() {
        WordPieces pieces = ENCODER.tokenize("Smith argued that the plan, which critics call reckless, would fail.");
        float[][] first = ENCODER.logProbabilities(pieces);
        float[][] second = ENCODER.logProbabilities(pieces);
        for (int i = 0; i < first.length; i++) {
            assertArrayEquals(first[i], second[i]);
        }
    }
}
