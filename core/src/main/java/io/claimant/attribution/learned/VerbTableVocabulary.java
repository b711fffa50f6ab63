package io.claimant.attribution.learned;

import io.claimant.lexicon.CueClass;
import io.claimant.lexicon.CueVerb;
import io.claimant.lexicon.CueVerbs;

/** The verb table as the learned stage reads it: a feature, not a gate, so verbs it lacks are still learned. */
public final class VerbTableVocabulary implements CueVocabulary {

    /** Strength of a cue the rules do not use: learned from data, so neither certain nor doubtful. */
    private static final double UNLISTED_STRENGTH = 0.75;

    private final CueVerbs verbs;

    public VerbTableVocabulary(CueVerbs verbs) {
        this.verbs = verbs;
    }

    @Override
    public boolean isRuleCue(String lemma) {
        return verbs.isRuleCue(lemma);
    }

    @Override
    public String cueClass(String lemma) {
        return verbs.classOf(lemma).map(CueClass::id).orElse(null);
    }

    @Override
    public double strength(String lemma) {
        CueVerb verb = verbs.get(lemma);
        return verb != null && verb.rule() ? verb.strength() : UNLISTED_STRENGTH;
    }
}
