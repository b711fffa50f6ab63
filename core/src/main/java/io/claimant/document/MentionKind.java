package io.claimant.document;

/** How a mention refers to its entity. */
public enum MentionKind {
    /** A proper name: "Mark Rutte", "Rutte", "NATO". */
    NAME,
    /** A title or common noun phrase: "the Secretary General", "the senator". */
    NOMINAL,
    /** "he", "she", "his", "they". */
    PRONOUN
}
