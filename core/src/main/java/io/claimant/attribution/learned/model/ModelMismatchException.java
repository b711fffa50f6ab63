package io.claimant.attribution.learned.model;

import java.io.IOException;

/** A model trained with feature code other than this build's: its weights would be silently wrong. */
public final class ModelMismatchException extends IOException {

    public ModelMismatchException(String message) {
        super(message);
    }
}
