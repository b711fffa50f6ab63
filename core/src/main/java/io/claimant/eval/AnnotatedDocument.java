package io.claimant.eval;

import java.util.List;

/**
 * A document's attributions, entities and quotations, gold or predicted, in code points. The {@code has…}
 * flags say which layers the source of the annotations provides at all, so that a corpus without entity
 * annotations (PolNeAR) reports n/a rather than a recall of zero.
 */
public record AnnotatedDocument(String id, CodePointText text, List<AttributionRecord> attributions,
                                List<EntityRecord> entities, List<SpanSet> quotations,
                                boolean hasEntities, boolean hasQuotations, boolean hasTypes, boolean hasSpeakers) {

    public AnnotatedDocument {
        attributions = List.copyOf(attributions);
        entities = List.copyOf(entities);
        quotations = List.copyOf(quotations);
    }
}
