package io.claimant;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Which attribution stage a pipeline runs. {@link Claimant.Builder#DEFAULT_PROFILE} says which one a builder starts
 * with.
 */
public enum Profile {

    /**
     * A transformer encoder fine-tuned on PolNeAR tags cue, source and content in one pass; the spans are tied into
     * claims by the text's structure, with the rules as fallback.
     */
    ACCURATE,

    /**
     * The linear attribution models trained on PolNeAR (a cue model, then a source and content model), with the rules
     * as features and as high-precision fallbacks. Its former name, {@code learned}, is still accepted by {@link #of}.
     */
    FAST,

    /** The hand-written rules alone: precise on the patterns they know, kept for comparison. */
    RULES;

    /** Names profiles had before they were renamed, so that scripts and saved settings that use them keep working. */
    private static final Map<String, Profile> FORMER_NAMES = Map.of("learned", FAST);

    /** The name used on the command line and in configuration: {@code accurate}, {@code fast}, {@code rules}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@link #id()}, in any case, or a former name ({@code learned} for {@link #FAST}); the error lists the valid names. */
    public static Profile of(String id) {
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        for (Profile p : values()) {
            if (p.id().equals(wanted)) {
                return p;
            }
        }
        Profile renamed = FORMER_NAMES.get(wanted);
        if (renamed != null) {
            return renamed;
        }
        String formerNames = FORMER_NAMES.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + " for " + e.getValue().id()).collect(Collectors.joining(", "));
        throw new IllegalArgumentException("unknown profile '" + id + "'; expected one of: "
                + Arrays.stream(values()).map(Profile::id).collect(Collectors.joining(", "))
                + " (or the former name " + formerNames + ")");
    }
}
