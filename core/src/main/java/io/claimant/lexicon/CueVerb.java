package io.claimant.lexicon;

import java.util.Set;

/**
 * One row of {@code cue-verbs.tsv}.
 *
 * @param rule      whether the attribution rules take this lemma as a cue; rows with {@code n} are there for their
 *                  class only (cues a learned tagger finds outside the rules' lexicon)
 * @param strength  how surely the verb reports a statement, in [0, 1]; NaN when {@code rule} is false
 */
public record CueVerb(String lemma, CueClass cueClass, boolean rule, double strength, Set<CueBehaviour> behaviours) {

    public CueVerb {
        behaviours = Set.copyOf(behaviours);
    }

    public boolean has(CueBehaviour behaviour) {
        return behaviours.contains(behaviour);
    }
}
