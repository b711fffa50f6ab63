package io.claimant.attribution.learned;

/** What the rules' verb table says about a lemma, read by the feature templates. */
public interface CueVocabulary {

    /** Whether the rules treat the lemma as a cue. */
    boolean isRuleCue(String lemma);

    /** The kind of claim the lemma reports (speech, belief, …), or null when the table does not list it. */
    String cueClass(String lemma);

    /** How surely the lemma reports a statement, in [0, 1]: the rules' strength, or a default for verbs they lack. */
    double strength(String lemma);
}
