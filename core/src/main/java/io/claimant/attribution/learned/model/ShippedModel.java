package io.claimant.attribution.learned.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The attribution model that ships in the claimant-models jar, trained on PolNeAR (see that module's model
 * card). Read once per JVM: it is about ten megabytes of weights, and every pipeline can share it.
 */
public final class ShippedModel {

    /** Where the model sits on the class path. */
    public static final String RESOURCE = "io/claimant/models/attribution.model";

    private static volatile AttributionModel loaded;

    private ShippedModel() {
    }

    public static AttributionModel get() {
        AttributionModel m = loaded;
        if (m == null) {
            synchronized (ShippedModel.class) {
                m = loaded;
                if (m == null) {
                    m = read();
                    loaded = m;
                }
            }
        }
        return m;
    }

    private static AttributionModel read() {
        try (InputStream in = ShippedModel.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the attribution model " + RESOURCE + " is not on the class path; "
                        + "add the claimant-models jar, pass a model file, or use the rules profile");
            }
            return ModelFile.read(in, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped attribution model: " + e.getMessage(), e);
        }
    }
}
