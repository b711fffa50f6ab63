package io.claimant.attribution.learned.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Reads and writes a model as one zip: {@code card.json} (the {@link ModelCard}), and {@code cues.weights} and
 * {@code roles.weights}, each the labels then every feature string with its weights, in sorted order. Entries carry
 * a fixed time and weights are stored as floats, so the same model always gives the same bytes.
 */
public final class ModelFile {

    private static final int WEIGHTS_MAGIC = 0x434c4d57; // "CLMW"
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2020, 1, 1, 0, 0);
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private ModelFile() {
    }

    public static void write(AttributionModel model, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            write(model, out);
        }
    }

    public static void write(AttributionModel model, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        zip.setLevel(9);
        put(zip, "card.json", JSON.writeValueAsBytes(model.card()));
        put(zip, "cues.weights", weights(model.cues()));
        put(zip, "roles.weights", weights(model.roles()));
        zip.finish();
    }

    /**
     * Reads a model and checks that it was trained with the feature code this build runs: weights learned for
     * other features would be silently wrong.
     */
    public static AttributionModel read(InputStream in, String name) throws IOException {
        byte[] card = null;
        LinearModel cues = null;
        LinearModel roles = null;
        try (ZipInputStream zip = new ZipInputStream(new BufferedInputStream(in))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                switch (e.getName()) {
                    case "card.json" -> card = zip.readAllBytes();
                    case "cues.weights" -> cues = readWeights(zip, name + "!cues.weights");
                    case "roles.weights" -> roles = readWeights(zip, name + "!roles.weights");
                    default -> { } // later formats may add entries
                }
            }
        }
        if (card == null || cues == null || roles == null) {
            throw new IOException(name + " is not a Claimant attribution model (card.json, cues.weights and "
                    + "roles.weights expected)");
        }
        if (!TagSet.CUES.matches(cues.labels()) || !TagSet.ROLES.matches(roles.labels())) {
            throw new IOException(name + " tags with labels " + java.util.Arrays.toString(cues.labels()) + " and "
                    + java.util.Arrays.toString(roles.labels()) + "; this build reads "
                    + java.util.Arrays.toString(TagSet.CUES.labels()) + " and "
                    + java.util.Arrays.toString(TagSet.ROLES.labels()));
        }
        return new AttributionModel(cues, roles, card(card, name));
    }

    /** The card, once its format and fingerprint are known to be this build's: a card of another format may not parse. */
    private static ModelCard card(byte[] bytes, String name) throws IOException {
        JsonNode tree = JSON.readTree(bytes);
        int format = tree.path("formatVersion").asInt(-1);
        if (format != ModelCard.FORMAT_VERSION) {
            throw new ModelMismatchException(name + " has model format " + format + "; this build reads format "
                    + ModelCard.FORMAT_VERSION + ". Retrain it with 'claimant train' from this build, or use the "
                    + "build it was trained with.");
        }
        String fingerprint = tree.path("featureFingerprint").asText();
        String expected = FeatureFingerprint.current();
        if (!expected.equals(fingerprint)) {
            throw new ModelMismatchException(name + " was trained with other feature code (fingerprint "
                    + fingerprint + ", this build has " + expected + "). Retrain it with "
                    + "'claimant train' from this build, or use the build it was trained with.");
        }
        return JSON.treeToValue(tree, ModelCard.class);
    }

    public static AttributionModel read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTimeLocal(FIXED_TIME);
        zip.putNextEntry(e);
        zip.write(bytes);
        zip.closeEntry();
    }

    private static byte[] weights(LinearModel model) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(WEIGHTS_MAGIC);
        out.writeUTF(model.link().name());
        out.writeInt(model.labelCount());
        for (String label : model.labels()) {
            out.writeUTF(label);
        }
        Map<String, float[]> weights = model.weights(); // sorted by feature
        out.writeInt(weights.size());
        for (var e : weights.entrySet()) {
            out.writeUTF(e.getKey());
            for (float w : e.getValue()) {
                out.writeFloat(w);
            }
        }
        out.flush();
        return bytes.toByteArray();
    }

    private static LinearModel readWeights(InputStream in, String name) throws IOException {
        DataInputStream data = new DataInputStream(new BufferedInputStream(in, 1 << 16)); // one read per float is slow
        if (data.readInt() != WEIGHTS_MAGIC) {
            throw new IOException(name + ": not a weights table");
        }
        LinearModel.Link link = LinearModel.Link.valueOf(data.readUTF());
        String[] labels = new String[data.readInt()];
        for (int k = 0; k < labels.length; k++) {
            labels[k] = data.readUTF();
        }
        int n = data.readInt();
        String[] features = new String[n];
        float[] weights = new float[n * labels.length];
        for (int f = 0; f < n; f++) {
            features[f] = data.readUTF();
            for (int k = 0; k < labels.length; k++) {
                weights[f * labels.length + k] = data.readFloat();
            }
        }
        try {
            return new LinearModel(labels, features, weights, link);
        } catch (IllegalArgumentException e) {
            throw new IOException(name + ": " + e.getMessage(), e);
        }
    }
}
