package io.claimant.attribution.learned.model;

/**
 * The trained attribution models: one that finds cues, one that finds each cue's source and content, and the
 * card that says how they were made. Immutable and thread-safe.
 */
public record AttributionModel(LinearModel cues, LinearModel roles, ModelCard card) {

    public AttributionModel withCard(ModelCard newCard) {
        return new AttributionModel(cues, roles, newCard);
    }
}
