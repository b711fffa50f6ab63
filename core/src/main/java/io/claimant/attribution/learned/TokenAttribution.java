package io.claimant.attribution.learned;

import java.util.BitSet;

/** A gold attribution in token terms: cue tokens {@code [cueBegin, cueEnd)}, and its source and content tokens. */
public record TokenAttribution(int cueBegin, int cueEnd, BitSet source, BitSet content) {
}
