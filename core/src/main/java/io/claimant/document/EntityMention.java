package io.claimant.document;

/**
 * A stretch of text that refers to an entity. {@code entityId} is null until entities have been grouped.
 */
public record EntityMention(int begin, int end, String text, EntityType type, MentionKind kind, int sentence,
                            String entityId) {

    public Span span() {
        return new Span(begin, end);
    }

    public EntityMention withEntityId(String id) {
        return new EntityMention(begin, end, text, type, kind, sentence, id);
    }
}
