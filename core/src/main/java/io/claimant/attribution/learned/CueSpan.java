package io.claimant.attribution.learned;

/** A cue as token indices {@code [begin, end)} of the document, with the lemma of its head word. */
record CueSpan(int begin, int end, String head) {
}
