package io.claimant.attribution.learned.steps;

import io.claimant.attribution.Candidate;

import java.util.ArrayList;
import java.util.List;

/**
 * A step that compares each learned candidate with the rules' candidate for the same cue, where the rules have one,
 * and takes from it what the rules know better.
 */
abstract class SameCueRuleStep implements Step {

    @Override
    public final List<Candidate> apply(List<Candidate> candidates, StepContext context) {
        List<Candidate> out = new ArrayList<>(candidates.size());
        for (Candidate learned : candidates) {
            Candidate rule = context.ruleWithSameCue(learned);
            out.add(rule == null ? learned : refine(learned, rule, context));
        }
        return out;
    }

    /** {@code learned} after comparing it with {@code rule}, whose cue overlaps its own; itself if nothing changes. */
    abstract Candidate refine(Candidate learned, Candidate rule, StepContext context);
}
