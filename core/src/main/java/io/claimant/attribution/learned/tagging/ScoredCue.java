package io.claimant.attribution.learned.tagging;

import io.claimant.attribution.learned.table.CueSpan;

/** A cue the cue model found, with the probability it gave the cue's first label. */
public record ScoredCue(CueSpan cue, double probability) {
}
