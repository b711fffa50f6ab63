package io.claimant.quote;

import java.util.Set;

/**
 * Words news writes with a leading apostrophe ('em, 'til, rock 'n' roll), from the lexicon's
 * {@code elided-words.txt}, with the length of the longest so that a scan knows how far to read.
 */
record ElidedWords(Set<String> words, int longest) {

    static ElidedWords of(Set<String> words) {
        int longest = 0;
        for (String w : words) {
            longest = Math.max(longest, w.length());
        }
        return new ElidedWords(Set.copyOf(words), longest);
    }

    boolean contains(String lowerCaseWord) {
        return words.contains(lowerCaseWord);
    }
}
