package io.claimant.eval;

import java.util.List;

/**
 * One attribution as scored, gold or predicted.
 *
 * @param source   null when there is none
 * @param cue      null when there is none
 * @param type     "direct", "indirect", "mixed", or null when the corpus has no types (PolNeAR)
 * @param speakers canonical names; empty for an unresolved source; null when the corpus has no speaker names
 */
public record AttributionRecord(SpanSet source, SpanSet cue, SpanSet content, String type, List<String> speakers) {
}
