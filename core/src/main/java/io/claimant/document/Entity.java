package io.claimant.document;

import java.util.List;

/**
 * Coreferent mentions grouped under one canonical name. {@code title} is the title on the first mention that
 * has one ("NATO Secretary General" for "NATO Secretary General Mark Rutte"), or null.
 */
public record Entity(String id, String name, EntityType type, String title, List<EntityMention> mentions) {

    public Entity {
        mentions = List.copyOf(mentions);
    }
}
