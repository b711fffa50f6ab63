package io.claimant.entity;

import io.claimant.lexicon.WordList;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Title words and given-name genders, loaded once from the resource lists. */
final class PersonLexicon {

    private static final Set<String> TITLE_WORDS = new HashSet<>();
    private static final Map<String, Gender> GIVEN_NAMES = new HashMap<>();

    static {
        for (String w : WordList.lines("io/claimant/entity/titles.txt")) {
            TITLE_WORDS.add(w.toLowerCase(Locale.ROOT));
        }
        for (String line : WordList.lines("io/claimant/entity/first-names.txt")) {
            String[] parts = line.split("\t");
            GIVEN_NAMES.put(parts[0], "F".equals(parts[1]) ? Gender.FEMALE : Gender.MALE);
        }
    }

    private PersonLexicon() {
    }

    static boolean isTitleWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return TITLE_WORDS.contains(w) || (w.endsWith("s") && TITLE_WORDS.contains(w.substring(0, w.length() - 1)));
    }

    /** A title word as it stands before a name: singular only ("Senator Lee", not "senators Lee"). */
    static boolean isSingularTitleWord(String word) {
        return TITLE_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    static Gender genderOfGivenName(String name) {
        return GIVEN_NAMES.getOrDefault(name, Gender.UNKNOWN);
    }

    /** Gender carried by an honorific or a gendered title word, if any. */
    static Gender genderOfTitle(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "mr.", "mr", "sir", "congressman", "chairman", "spokesman", "king", "prince", "councilman",
                    "lord" -> Gender.MALE;
            case "mrs.", "mrs", "ms.", "ms", "miss", "madam", "dame", "congresswoman", "chairwoman", "spokeswoman",
                    "queen", "princess", "councilwoman", "lady" -> Gender.FEMALE;
            default -> Gender.UNKNOWN;
        };
    }
}
