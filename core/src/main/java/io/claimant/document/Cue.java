package io.claimant.document;

/** The words that mark a report: "said", "argued", "according to", "in a statement". */
public record Cue(Span span, String text, String lemma) {
}
