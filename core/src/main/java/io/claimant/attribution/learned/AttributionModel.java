package io.claimant.attribution.learned;

/**
 * The trained attribution models: one that finds cues, one that finds each cue's source and content, and the
 * card that says how they were made. Immutable and thread-safe.
 */
public record AttributionModel(LinearModel cues, LinearModel roles, ModelCard card) {

    static final String[] CUE_LABELS = {"O", "B-CUE", "I-CUE"};
    static final String[] ROLE_LABELS = {"O", "B-S", "I-S", "B-C", "I-C"};

    public AttributionModel withCard(ModelCard newCard) {
        return new AttributionModel(cues, roles, newCard);
    }
}
