package io.claimant.attribution.encoder;

import io.claimant.document.Document;

/**
 * Label log-probabilities for every token of a document, one row per token in the order of
 * {@link io.claimant.attribution.learned.model.TagSet#ALL}'s labels. The encoder is one ({@link EncoderScorer});
 * gold labels are another, to measure what linking alone loses.
 */
@FunctionalInterface
public interface TokenScorer {

    float[][] score(Document doc);
}
