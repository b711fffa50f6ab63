package io.claimant.eval;

/** A named-entity mention as scored: CoNLL type and span. */
public record EntityRecord(String type, SpanSet span) {
}
