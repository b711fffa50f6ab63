package io.claimant.attribution.encoder;

import io.claimant.attribution.learned.model.TagSet;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class RoleDecoderTest {

    private static final String[] LABELS = TagSet.ALL.labels();
    private final RoleDecoder decoder = new RoleDecoder(TagSet.ALL);

    /** A row that gives {@code label} probability p and shares the rest equally. */
    private static float[] row(String label, double p) {
        float[] out = new float[LABELS.length];
        for (int i = 0; i < LABELS.length; i++) {
            out[i] = (float) Math.log(LABELS[i].equals(label) ? p : (1 - p) / (LABELS.length - 1));
        }
        return out;
    }

    @Test
    void theLabelsAreTheOrderOfTheEncodersScores() {
        assertArrayEquals(new String[] {"O", "B-CUE", "I-CUE", "B-S", "I-S", "B-C", "I-C"}, LABELS);
    }

    @Test
    void confidentLabelsAreKept() {
        RoleDecoder.Decoded d = decoder.decode(new float[][] {row("B-S", .9), row("B-CUE", .9), row("B-C", .8),
                row("I-C", .9), row("O", .95)});
        assertArrayEquals(new String[] {"B-S", "B-CUE", "B-C", "I-C", "O"}, d.labels());
        assertEquals(0.8, d.probabilities()[2], 1e-6);
    }

    @Test
    void aSpanNeverStartsWithAnInsideLabel() {
        // the encoder prefers I-C on the first token, which cannot open a span: B-C is the best allowed
        float[] first = row("I-C", .6);
        first[5] = (float) Math.log(.3);
        RoleDecoder.Decoded d = decoder.decode(new float[][] {first, row("I-C", .9)});
        assertArrayEquals(new String[] {"B-C", "I-C"}, d.labels());
    }

    @Test
    void anInsideLabelAfterAnotherRoleIsReadAsTheBestWholeSequence() {
        // token 2 leans I-C after a cue: either it begins the content, or the cue runs on
        float[] third = row("I-C", .5);
        third[5] = (float) Math.log(.3);
        RoleDecoder.Decoded d = decoder.decode(new float[][] {row("B-S", .9), row("B-CUE", .9), third, row("I-C", .9)});
        assertArrayEquals(new String[] {"B-S", "B-CUE", "B-C", "I-C"}, d.labels());
    }

    @Test
    void aCueBiasTurnsAnUnsureCueIntoOneAndReportsTheEncodersOwnProbability() {
        float[] unsure = row("O", .6);
        unsure[1] = (float) Math.log(.3);
        float[][] scores = {row("B-S", .9), unsure, row("B-C", .9)};
        assertArrayEquals(new String[] {"B-S", "O", "B-C"}, decoder.decode(scores).labels());
        float[] bias = new float[LABELS.length];
        bias[1] = 1.0f;
        bias[2] = 1.0f;
        RoleDecoder.Decoded biased = new RoleDecoder(TagSet.ALL, bias).decode(scores);
        assertArrayEquals(new String[] {"B-S", "B-CUE", "B-C"}, biased.labels());
        assertEquals(0.3, biased.probabilities()[1], 1e-6);
    }

    @Test
    void anEmptyDocumentDecodesToNothing() {
        assertEquals(0, decoder.decode(new float[0][]).labels().length);
    }
}
