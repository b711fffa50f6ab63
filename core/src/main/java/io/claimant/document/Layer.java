package io.claimant.document;

/**
 * The layers an annotator can add to a {@link Document}. Annotators declare which layers they need and
 * which they add, so that a pipeline can be checked when it is built rather than halfway through a batch.
 */
public enum Layer {
    SENTENCES,
    TOKENS,
    /** Universal Dependencies part-of-speech tags on tokens. */
    POS,
    LEMMAS,
    /** Named-entity mentions found by a recognizer (names only). */
    ENTITY_MENTIONS,
    /** Mentions grouped into entities, including nominal and pronoun mentions. */
    ENTITIES,
    QUOTATIONS,
    CLAIMS
}
