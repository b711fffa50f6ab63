package io.claimant.attribution.rules;

import io.claimant.attribution.learned.CueVocabulary;

/** The rules' verb table, as the learned stage reads it: a feature, not a gate. */
public final class RuleVocabulary implements CueVocabulary {

    /** Strength of a cue the verb table does not list: learned from data, so neither certain nor doubtful. */
    private static final double UNLISTED_STRENGTH = 0.75;

    @Override
    public boolean isRuleCue(String lemma) {
        return CueLexicon.isCueLemma(lemma);
    }

    @Override
    public String cueClass(String lemma) {
        return null;
    }

    @Override
    public double strength(String lemma) {
        return CueLexicon.isCueLemma(lemma) ? CueLexicon.strength(lemma) : UNLISTED_STRENGTH;
    }
}
