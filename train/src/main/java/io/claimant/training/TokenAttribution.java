package io.claimant.training;

import io.claimant.attribution.learned.table.TokenSpan;

import java.util.BitSet;

/**
 * A gold attribution in token terms: the tokens of its cue, and those of its source and content (sets, since gold
 * spans may be discontinuous; empty where the gold has none).
 */
public record TokenAttribution(TokenSpan cue, BitSet source, BitSet content) {
}
