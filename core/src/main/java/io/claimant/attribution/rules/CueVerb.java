package io.claimant.attribution.rules;

import io.claimant.document.Span;

/**
 * A cue verb as the rules pair it: its token, the exclusive end of its words (a particle belongs to it: "pointed
 * out", "called for"), its span in the text, its lemma, and how surely that lemma reports a statement.
 */
record CueVerb(int index, int end, Span span, String lemma, double strength) {
}
