package io.claimant.attribution.learned.steps;

import io.claimant.attribution.Candidate;

import java.util.ArrayList;
import java.util.List;

/**
 * A source where the role model left it out but the rules, reading the same cue and a content that overlaps, found
 * one: the rules' subject finder is precise on the patterns it knows, and an attribution with its source is worth
 * more than one without.
 */
final class SourceFromRules implements Step {

    static final String NAME = "source-from-rules";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Candidate> apply(List<Candidate> candidates, StepContext context) {
        List<Candidate> out = new ArrayList<>(candidates.size());
        for (Candidate l : candidates) {
            Candidate r = l.source() != null ? null : context.ruleWithSameCue(l);
            boolean fill = r != null && r.source() != null && r.content().overlaps(l.content());
            out.add(fill ? l.withSource(r.source()) : l);
        }
        return out;
    }
}
