package io.claimant.entity;

/** Grammatical gender as far as pronouns need it. */
enum Gender {
    FEMALE, MALE, UNKNOWN;

    boolean agreesWith(Gender other) {
        return this == UNKNOWN || other == UNKNOWN || this == other;
    }
}
