package io.claimant.document;

/** CoNLL entity types. */
public enum EntityType {
    PERSON, ORGANIZATION, LOCATION, MISC
}
