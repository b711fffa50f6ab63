package io.claimant;

import java.util.Locale;

/** Which attribution stage a pipeline runs. */
public enum Profile {

    /**
     * A transformer encoder fine-tuned on PolNeAR tags cue, source and content in one pass; the spans are tied into
     * claims by the text's structure, with the rules as fallback.
     */
    ACCURATE,

    /** The attribution models trained on PolNeAR, with the rules as features and as high-precision fallbacks. */
    LEARNED,

    /** The hand-written rules alone: precise on the patterns they know, kept for comparison. */
    RULES;

    /** The name used on the command line and in configuration: {@code learned}, {@code rules}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@link #id()}; the error lists the valid names. */
    public static Profile of(String id) {
        for (Profile p : values()) {
            if (p.id().equals(id.trim().toLowerCase(Locale.ROOT))) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown profile '" + id + "'; expected one of: accurate, learned, rules");
    }
}
