package io.claimant.entity;

import io.claimant.document.EntityMention;
import io.claimant.document.EntityType;

import java.util.ArrayList;
import java.util.List;

/** An entity while mentions are still being added to it. */
final class EntityBuilder {

    final EntityType type;
    final List<EntityMention> mentions = new ArrayList<>();
    String name;
    String title;
    int titleOffset = Integer.MAX_VALUE;
    Gender gender = Gender.UNKNOWN;
    String id;

    EntityBuilder(EntityType type, String name) {
        this.type = type;
        this.name = name;
    }

    int firstOffset() {
        return mentions.isEmpty() ? Integer.MAX_VALUE : mentions.get(0).begin();
    }

    /** The last word of the canonical name: what "Rutte" alone refers back to. */
    String surname() {
        String[] words = name.split("\\s+");
        return words[words.length - 1];
    }

    /**
     * Whether a lone word names this person: the last word of the name, or any word after the given name
     * ("Ibáñez" for "Tomás Ibáñez Roca", where Spanish puts the father's surname first).
     */
    boolean hasFamilyName(String word) {
        return familyNames().contains(word);
    }

    /** The words {@link #hasFamilyName} accepts, in name order. */
    List<String> familyNames() {
        String[] words = name.split("\\s+");
        return java.util.Arrays.asList(words).subList(words.length == 1 ? 0 : 1, words.length);
    }

    void offerTitle(String candidate, int offset) {
        // The title is the one on the first mention that has one, whatever order mentions were added in.
        if (candidate != null && offset < titleOffset) {
            title = candidate;
            titleOffset = offset;
        }
    }

    void offerGender(Gender g) {
        if (gender == Gender.UNKNOWN && g != Gender.UNKNOWN) {
            gender = g;
        }
    }
}
