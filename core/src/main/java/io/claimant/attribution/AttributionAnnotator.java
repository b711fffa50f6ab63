package io.claimant.attribution;

import io.claimant.document.Document;
import io.claimant.document.Layer;
import io.claimant.pipeline.Annotator;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Finds attributions and builds claims. (Skeleton.) */
public final class AttributionAnnotator implements Annotator {
    @Override public Set<Layer> requires() { return EnumSet.of(Layer.TOKENS, Layer.POS, Layer.LEMMAS, Layer.ENTITIES, Layer.QUOTATIONS); }
    @Override public Set<Layer> provides() { return EnumSet.of(Layer.CLAIMS); }
    @Override public Document annotate(Document document) { return document.withClaims(List.of()); }
}
