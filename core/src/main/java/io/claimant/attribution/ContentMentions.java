package io.claimant.attribution;

import io.claimant.document.Document;
import io.claimant.document.Entity;
import io.claimant.document.EntityMention;
import io.claimant.document.Span;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The entities a content names ({@code Claim.mentions}): each once, in the order of their first mention in it. */
final class ContentMentions {

    private ContentMentions() {
    }

    static List<Entity> in(Document doc, Span content) {
        Map<String, Entity> found = new LinkedHashMap<>();
        for (EntityMention m : doc.mentionsWithin(content)) {
            if (m.entityId() != null) {
                Entity e = doc.entity(m.entityId());
                if (e != null) {
                    found.putIfAbsent(e.id(), e);
                }
            }
        }
        return new ArrayList<>(found.values());
    }
}
