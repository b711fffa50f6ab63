package io.claimant.attribution.encoder;

import java.io.IOException;
import java.io.InputStream;

/**
 * The encoder that ships in the claimant-models jar (see that module's model card). Read once per JVM: the
 * graph is over twenty megabytes and every pipeline can share one session.
 */
public final class ShippedEncoder {

    /** Where the encoder's files sit on the class path. */
    public static final String FOLDER = "io/claimant/models/encoder/";

    private static volatile EncoderModel loaded;

    private ShippedEncoder() {
    }

    public static EncoderModel get() {
        EncoderModel m = loaded;
        if (m == null) {
            synchronized (ShippedEncoder.class) {
                m = loaded;
                if (m == null) {
                    m = read();
                    loaded = m;
                }
            }
        }
        return m;
    }

    private static EncoderModel read() {
        ClassLoader loader = ShippedEncoder.class.getClassLoader();
        try (InputStream card = open(loader, "encoder.json");
             InputStream onnx = open(loader, "encoder.onnx");
             InputStream tokenizer = open(loader, "tokenizer.json")) {
            return EncoderModel.read(card, onnx, tokenizer);
        } catch (IOException e) {
            throw EncoderModel.unreadable("files", e);
        }
    }

    private static InputStream open(ClassLoader loader, String name) {
        InputStream in = loader.getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new IllegalStateException("the encoder file " + FOLDER + name + " is not on the class path: this "
                    + "claimant-models jar carries no encoder; pass one (--model DIR, Claimant.Builder.encoder) or use "
                    + "the fast or rules profile");
        }
        return in;
    }
}
