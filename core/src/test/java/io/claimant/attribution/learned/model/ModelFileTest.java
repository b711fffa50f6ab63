package io.claimant.attribution.learned.model;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelFileTest {

    private static AttributionModel model(String fingerprint) {
        LinearModel cues = new LinearModel(new String[] {"O", "B-CUE", "I-CUE"},
                Map.of("l=say", new float[] {-1f, 2.5f, 0f}, "b", new float[] {1f, -1f, -1f}), LinearModel.Link.ONE_VS_REST);
        LinearModel roles = new LinearModel(new String[] {"O", "B-S", "I-S", "B-C", "I-C"},
                Map.of("side=R", new float[] {0f, 0f, 0f, 1f, 1f}), LinearModel.Link.SOFTMAX);
        ModelCard.Training training = new ModelCard.Training(List.of("--gold", "fixture"), List.of("fixture"),
                Map.of("fixture", 2), "all", 1, LearnerSettings.liblinear("L2R_LR", 0.5, 0.01),
                LearnerSettings.opennlp("MAXENT", 100), "fraction 0.1, seed 1");
        ModelCard card = new ModelCard(ModelCard.FORMAT_VERSION, fingerprint,
                new ModelSettings(1.5, List.of("outermost-only")), training, List.of("a.ann", "b.ann"),
                List.of("c.txt"), Map.of("validation.f1", 0.5));
        return new AttributionModel(cues, roles, card);
    }

    private static byte[] bytes(AttributionModel m) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ModelFile.write(m, out);
        return out.toByteArray();
    }

    @Test
    void aModelReadsBackAsWrittenAndAlwaysGivesTheSameBytes() throws IOException {
        AttributionModel m = model(FeatureFingerprint.current());
        byte[] first = bytes(m);
        assertArrayEquals(first, bytes(m));
        AttributionModel back = ModelFile.read(new ByteArrayInputStream(first), "test.model");
        assertEquals(m.card(), back.card());
        assertEquals(1.5, back.card().settings().cueBias());
        assertEquals("cues: liblinear L2R_LR C=0.5; roles: opennlp MAXENT iterations=100",
                back.card().training().describeLearners());
        assertArrayEquals(new float[] {-1f, 2.5f, 0f}, back.cues().weights().get("l=say"));
        assertEquals(LinearModel.Link.SOFTMAX, back.roles().link());
        assertEquals(List.of("O", "B-S", "I-S", "B-C", "I-C"), List.of(back.roles().labels()));
    }

    @Test
    void aModelTrainedWithOtherFeatureCodeIsRefusedWithAClearMessage() throws IOException {
        byte[] stale = bytes(model("0123456789abcdef"));
        ModelMismatchException e = assertThrows(ModelMismatchException.class,
                () -> ModelFile.read(new ByteArrayInputStream(stale), "old.model"));
        assertTrue(e.getMessage().contains("old.model") && e.getMessage().contains("claimant train"), e.getMessage());
    }

    @Test
    void somethingElseIsNotAModel() {
        IOException e = assertThrows(IOException.class,
                () -> ModelFile.read(new ByteArrayInputStream("plain text".getBytes()), "notes.txt"));
        assertTrue(e.getMessage().contains("notes.txt"), e.getMessage());
    }

    @Test
    void theFingerprintIsStableWithinABuild() {
        assertEquals(FeatureFingerprint.current(), FeatureFingerprint.current());
        assertEquals(16, FeatureFingerprint.current().length());
    }
}
