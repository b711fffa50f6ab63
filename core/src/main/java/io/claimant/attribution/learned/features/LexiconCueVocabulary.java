package io.claimant.attribution.learned.features;

import io.claimant.lexicon.CueClass;
import io.claimant.lexicon.CueVerb;
import io.claimant.lexicon.CueVerbs;
import io.claimant.lexicon.Lexicon;
import io.claimant.lexicon.LexiconList;

import java.util.Set;

/**
 * The word lists as the learned stage reads them: the verb table is a feature, not a gate, so verbs it lacks are
 * still learned; the cue followers name the words after a token that the features look at.
 */
public final class LexiconCueVocabulary implements CueVocabulary {

    /** Strength of a cue the rules do not use: learned from data, so neither certain nor doubtful. */
    private static final double UNLISTED_STRENGTH = 0.75;

    private final CueVerbs verbs;
    private final Set<String> followers;

    public LexiconCueVocabulary(Lexicon lexicon) {
        this.verbs = lexicon.cueVerbs();
        this.followers = lexicon.words(LexiconList.CUE_FOLLOWERS);
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

    @Override
    public boolean isCueFollower(String word) {
        return followers.contains(word);
    }
}
