package io.claimant.attribution.learned.steps;

import io.claimant.attribution.Candidate;

/**
 * A source where the role model left it out but the rules, reading the same cue and a content that overlaps, found
 * one: the rules' subject finder is precise on the patterns it knows, and an attribution with its source is worth
 * more than one without.
 */
final class SourceFromRules extends SameCueRuleStep {

    static final String NAME = "source-from-rules";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    Candidate refine(Candidate learned, Candidate rule, StepContext context) {
        boolean fill = learned.source() == null && rule.source() != null && rule.content().overlaps(learned.content());
        return fill ? learned.withSource(rule.source(), rule.sourceCore()) : learned;
    }
}
