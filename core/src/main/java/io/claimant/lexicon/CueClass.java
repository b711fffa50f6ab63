package io.claimant.lexicon;

import java.util.Locale;

/**
 * The kind of claim a cue reports. PolNeAR annotates beliefs, stances and findings as well as speech; a class per
 * cue lemma lets a consumer keep only what it wants (say, speech) whichever component found the cue. The class
 * is the verb's usual reading in news; a single use may read otherwise ("the data suggest" is evidence, "others
 * suggest that" speech).
 */
public enum CueClass {

    /** An act of saying or writing: the content is what was said, asked, written or posted (say, tell, argue, deny). */
    SPEECH,
    /** A state of mind: what the source believes, knows, expects, fears or hopes, said aloud or not (think, know, fear). */
    BELIEF,
    /** A position for or against something, or a demand, plan or commitment (support, criticize, urge, want, vow). */
    STANCE,
    /** What a record shows: the source is a document, study, poll or data rather than a speaker (show, find). */
    EVIDENCE;

    /** The name used in {@code cue-verbs.tsv}: {@code speech}, {@code belief}, {@code stance}, {@code evidence}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Every class's {@link #id}, in declaration order: the values a lexicon's class column takes. */
    static java.util.List<String> ids() {
        return java.util.Arrays.stream(values()).map(CueClass::id).toList();
    }

    static CueClass of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
