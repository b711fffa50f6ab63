package io.claimant.entity;

import io.claimant.document.Document;
import io.claimant.document.Layer;
import io.claimant.pipeline.Annotator;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Groups mentions into entities. (Skeleton.) */
public final class EntityGrouper implements Annotator {
    @Override public Set<Layer> requires() { return EnumSet.of(Layer.TOKENS, Layer.POS, Layer.ENTITY_MENTIONS); }
    @Override public Set<Layer> provides() { return EnumSet.of(Layer.ENTITIES); }
    @Override public Document annotate(Document document) { return document.withEntities(document.mentions(), List.of()); }
}
