package io.claimant.attribution.learned.features;

/** What the word lists say about a word, as the cue features read it. */
public interface CueVocabulary {

    /** Whether the rules treat the lemma as a cue. */
    boolean isRuleCue(String lemma);

    /** The kind of claim the lemma reports (speech, belief, …), or null when the verb table does not list it. */
    String cueClass(String lemma);

    /** How surely the lemma reports a statement, in [0, 1]: the rules' strength, or a default for verbs they lack. */
    double strength(String lemma);

    /** Whether a lower-case word right after a token tells what may follow a cue ("that", ":", "for"). */
    boolean isCueFollower(String word);
}
