package io.claimant.attribution.learned.features;

/**
 * Where feature templates put the features of one position. A feature is a name with up to three values, written
 * {@code name=a|b|c}. Training collects the strings ({@link FeatureStrings}); tagging only needs to look them up,
 * so {@link FeatureHashes} hashes the same characters without building a string.
 *
 * <p>A name says what its values are, in order, joined by {@code |}: {@code tag-1|tag|tag+1=DET|NOUN|VERB} holds
 * the tags of the token before, the token and the token after ({@code -1}, {@code +1}: one token away). A
 * condition under which the feature fires comes first, before {@code :}: {@code quoted:lemma=say} is the lemma of
 * a token inside a quotation. The names are part of a model: renaming one changes the fingerprint
 * ({@code FeatureFingerprint}), and the model must be trained again.
 */
public interface Features {

    /** A feature that is only its name, such as the always-on bias. */
    void add(String name);

    void add(String name, String value);

    void add(String name, String a, String b);

    void add(String name, String a, String b, String c);

    /** Small numbers, booleans and chars as strings, without allocating: templates call these per token. */
    static String of(int n) {
        return n >= 0 && n < Small.NUMBERS.length ? Small.NUMBERS[n] : Integer.toString(n);
    }

    static String of(boolean b) {
        return b ? "true" : "false";
    }

    static String of(char c) {
        return c < Small.CHARS.length ? Small.CHARS[c] : String.valueOf(c);
    }

    /** The cached strings behind {@link #of}. */
    final class Small {
        static final String[] NUMBERS = new String[100];
        static final String[] CHARS = new String[128];

        static {
            for (int i = 0; i < NUMBERS.length; i++) {
                NUMBERS[i] = Integer.toString(i);
            }
            for (int i = 0; i < CHARS.length; i++) {
                CHARS[i] = String.valueOf((char) i);
            }
        }

        private Small() {
        }
    }
}
