package io.claimant.document;

import java.util.List;

/**
 * Who a claim is attributed to: the source's text as written ("He", "Massie’s bill", "Analysts") and the
 * entities it resolves to (none for an unresolved group, two for "both lawmakers").
 */
public record ClaimSource(Span span, String text, List<Entity> entities) {

    public ClaimSource {
        entities = List.copyOf(entities);
    }
}
