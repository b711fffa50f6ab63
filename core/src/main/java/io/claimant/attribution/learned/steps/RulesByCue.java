package io.claimant.attribution.learned.steps;

import io.claimant.attribution.Candidate;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rules' candidates by the start of their cue, so that finding the one that shares a learned candidate's cue
 * is a logarithmic search and not a scan: a document may have thousands of candidates.
 */
final class RulesByCue {

    private final TreeMap<Integer, Candidate> byCue = new TreeMap<>();

    RulesByCue(List<Candidate> rules) {
        for (Candidate r : rules) {
            if (r.cue() != null) {
                byCue.putIfAbsent(r.cue().begin(), r);
            }
        }
    }

    /** The rule candidate whose cue overlaps {@code learned}'s: the last one starting before the learned cue ends. */
    Candidate sameCue(Candidate learned) {
        if (learned.cue() == null) {
            return null;
        }
        Map.Entry<Integer, Candidate> e = byCue.lowerEntry(learned.cue().end());
        return e != null && e.getValue().cue().overlaps(learned.cue()) ? e.getValue() : null;
    }
}
