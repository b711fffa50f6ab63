package io.claimant.spark;

import io.claimant.Claimant;
import io.claimant.attribution.learned.model.ModelFile;
import io.claimant.lexicon.Lexicon;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The attribution model and lexicon files a {@link ClaimExtractor} holds in memory: what its saved form carries,
 * so that a loaded stage runs where the paths it was saved from do not exist. Each part remembers that path,
 * which the stage's parameter still names; a part counts only while the parameter names it
 * ({@link #current}), so a stage given another path reads that path instead.
 *
 * <p>The digests name the content: an executor looks its pipeline up by them, and fetches the bytes (a broadcast
 * variable) only to build it.
 */
final class CarriedFiles implements Serializable {

    private static final long serialVersionUID = 1L;

    static final CarriedFiles NONE = new CarriedFiles(null, null, null, null);

    private final String modelFile;
    private final byte[] model;
    private final String modelDigest;
    private final String lexiconFolder;
    /** A plain TreeMap, which every serialiser Spark may be set to use (Java's, Kryo) handles. */
    private final TreeMap<String, byte[]> lexicon;
    private final String lexiconDigest;

    /**
     * @param modelFile     the path the model was read from; with {@code model} null, ignored
     * @param model         the model file's bytes, or null for none
     * @param lexiconFolder the folder the lexicon was read from; with {@code lexicon} null, ignored
     * @param lexicon       the lexicon's files by name, or null for none
     */
    CarriedFiles(String modelFile, byte[] model, String lexiconFolder, Map<String, byte[]> lexicon) {
        this.model = model;
        this.modelFile = model == null ? null : modelFile;
        this.modelDigest = model == null ? null : digest(Map.of("", model));
        this.lexicon = lexicon == null ? null : new TreeMap<>(lexicon);
        this.lexiconFolder = lexicon == null ? null : lexiconFolder;
        this.lexiconDigest = lexicon == null ? null : digest(this.lexicon);
    }

    /**
     * Reads a model file and a lexicon folder on this machine (either may be null for none) and checks them as an
     * executor would use them, so that a bad file fails here, naming it, rather than on the cluster later.
     */
    static CarriedFiles read(String modelFile, String lexiconFolder) {
        byte[] model = modelFile == null ? null : readModel(modelFile);
        Map<String, byte[]> lexicon = lexiconFolder == null ? null : Lexicon.readFolder(Path.of(lexiconFolder));
        CarriedFiles files = new CarriedFiles(modelFile, model, lexiconFolder, lexicon);
        files.applyTo(Claimant.builder());
        return files;
    }

    /** The parts that belong to a stage whose parameters name {@code modelFile} and {@code lexiconFolder}. */
    CarriedFiles current(String modelFile, String lexiconFolder) {
        boolean keepModel = model != null && Objects.equals(this.modelFile, modelFile);
        boolean keepLexicon = lexicon != null && Objects.equals(this.lexiconFolder, lexiconFolder);
        if (keepModel == (model != null) && keepLexicon == (lexicon != null)) {
            return this;
        }
        return new CarriedFiles(this.modelFile, keepModel ? model : null, this.lexiconFolder,
                keepLexicon ? lexicon : null);
    }

    /** These parts, and each missing one read from its path when a path is given (see {@link #read}). */
    CarriedFiles withMissingReadFrom(String modelFile, String lexiconFolder) {
        CarriedFiles read = read(model == null ? modelFile : null, lexicon == null ? lexiconFolder : null);
        return new CarriedFiles(model != null ? this.modelFile : read.modelFile, model != null ? model : read.model,
                lexicon != null ? this.lexiconFolder : read.lexiconFolder, lexicon != null ? lexicon : read.lexicon);
    }

    /** Gives {@code builder} the carried parts; parses the model, so call it where the pipeline is built. */
    void applyTo(Claimant.Builder builder) {
        if (model != null) {
            try {
                builder.model(ModelFile.read(new ByteArrayInputStream(model), modelFile));
            } catch (IOException e) {
                throw new UncheckedIOException(e.getMessage(), e);
            }
        }
        if (lexicon != null) {
            builder.lexicon(Lexicon.load(lexiconFolder, lexicon));
        }
    }

    boolean isEmpty() {
        return model == null && lexicon == null;
    }

    boolean hasModel() {
        return model != null;
    }

    boolean hasLexicon() {
        return lexicon != null;
    }

    /** The model file's bytes, or null; not copied, so do not change them. */
    byte[] model() {
        return model;
    }

    /** The lexicon's files by name, or null; the bytes are not copied, so do not change them. */
    SortedMap<String, byte[]> lexicon() {
        return lexicon == null ? null : Collections.unmodifiableSortedMap(lexicon);
    }

    String modelDigest() {
        return modelDigest;
    }

    String lexiconDigest() {
        return lexiconDigest;
    }

    private static byte[] readModel(String file) {
        try {
            return Files.readAllBytes(Path.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the attribution model " + file + ": " + e, e);
        }
    }

    /** SHA-256 of names and contents, each preceded by its length so that no two different maps feed the same bytes. */
    private static String digest(Map<String, byte[]> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                byte[] name = file.getKey().getBytes(StandardCharsets.UTF_8);
                sha.update(ByteBuffer.allocate(Integer.BYTES).putInt(name.length).array());
                sha.update(name);
                sha.update(ByteBuffer.allocate(Integer.BYTES).putInt(file.getValue().length).array());
                sha.update(file.getValue());
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
