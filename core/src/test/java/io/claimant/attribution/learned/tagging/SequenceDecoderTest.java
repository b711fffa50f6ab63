package io.claimant.attribution.learned.tagging;

import io.claimant.attribution.learned.features.FeatureHashes;
import io.claimant.attribution.learned.model.LinearModel;
import io.claimant.attribution.learned.model.TagSet;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SequenceDecoderTest {

    private static final String[] LABELS = TagSet.CUES.labels();

    /**
     * A lattice whose positions have one feature, their word ("w=said"), and whose transitions have one,
     * the label before ("y-1=B-CUE"); a null word fixes the position to O.
     */
    private static Lattice lattice(LinearModel model, double[] bias, String... words) {
        Lattice lattice = new Lattice(model, TagSet.CUES, words.length);
        String[] labels = model.labels();
        for (int i = 0; i < words.length; i++) {
            if (words[i] == null) {
                lattice.fixOutside(i);
                continue;
            }
            FeatureHashes f = lattice.features();
            f.add("w", words[i]);
            lattice.observe(i, f, bias);
            double[][] transitions = new double[labels.length][];
            for (int prev = 0; prev < labels.length; prev++) {
                FeatureHashes t = lattice.features();
                t.add("y-1", labels[prev]);
                transitions[prev] = lattice.score(t);
            }
            lattice.transitions(i, 0, transitions);
        }
        return lattice;
    }

    @Test
    void findsTheLabelsTheWeightsFavour() {
        LinearModel model = new LinearModel(LABELS, Map.of(
                "w=according", new float[] {0, 4, 0},
                "w=to", new float[] {1, 0, 0},
                "y-1=B-CUE", new float[] {0, 0, 3}), LinearModel.Link.SOFTMAX);
        String[] labels = SequenceDecoder.decode(lattice(model, null, "according", "to", "them")).labels();
        assertArrayEquals(new String[] {"B-CUE", "I-CUE", "O"}, labels);
    }

    @Test
    void neverStartsAChunkWithAnInsideLabel() {
        // "said" alone would rather be I-CUE than B-CUE, but an I may only follow a B or an I.
        LinearModel model = new LinearModel(LABELS, Map.of(
                "w=he", new float[] {4, 0, 0},
                "w=said", new float[] {0, 2, 3}), LinearModel.Link.ONE_VS_REST);
        String[] labels = SequenceDecoder.decode(lattice(model, null, "he", "said")).labels();
        assertEquals("O", labels[0]);
        assertEquals("B-CUE", labels[1]);
    }

    @Test
    void aBiasTowardsALabelChangesTheDecision() {
        LinearModel model = new LinearModel(LABELS, Map.of(
                "w=hopes", new float[] {1, 0, 0}), LinearModel.Link.SOFTMAX);
        assertEquals("O", SequenceDecoder.decode(lattice(model, null, "hopes")).labels()[0]);
        SequenceDecoder.Decoded decoded = SequenceDecoder.decode(lattice(model, new double[] {0, 2, 2}, "hopes"));
        assertEquals("B-CUE", decoded.labels()[0]);
        assertEquals(Math.log(Math.exp(2) / (Math.exp(1) + 2 * Math.exp(2))), decoded.logProbabilities()[0], 1e-9);
    }

    @Test
    void fixedPositionsKeepTheirLabelAndAChunkCannotCrossThem() {
        LinearModel model = new LinearModel(LABELS, Map.of(
                "w=x", new float[] {0, 5, 5}), LinearModel.Link.SOFTMAX);
        String[] labels = SequenceDecoder.decode(lattice(model, null, "x", null, "x")).labels();
        assertArrayEquals(new String[] {"B-CUE", "O", "B-CUE"}, labels);
    }
}
