package io.claimant.attribution.learned.table;

/**
 * A cue as document tokens, with the lemma of the word that carries it.
 *
 * @param head the lemma of the cue's last verb ("has repeatedly called" → "call"), else of its last noun or
 *             adjective, else of its first word: the word the verb table and the role features read
 */
public record CueSpan(TokenSpan tokens, String head) {

    public int begin() {
        return tokens.begin();
    }

    public int end() {
        return tokens.end();
    }

    /** The cue over {@code tokens}, with its head found as {@link #head} says. */
    public static CueSpan of(TokenTable t, TokenSpan tokens) {
        return new CueSpan(tokens, headLemma(t, tokens.begin(), tokens.end()));
    }

    private static String headLemma(TokenTable t, int begin, int end) {
        for (String wanted : new String[] {"VERB", "NOUN", "ADJ"}) {
            for (int k = end - 1; k >= begin; k--) {
                if (t.pos[k].equals(wanted)) {
                    return t.lemma[k];
                }
            }
        }
        return t.lemma[begin];
    }
}
