package io.claimant.entity;

import io.claimant.lexicon.Lexicon;
import io.claimant.lexicon.LexiconList;
import io.claimant.lexicon.Row;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists entity grouping reads, from a {@link Lexicon}: title words, given-name, honorific and pronoun
 * genders, role nouns, organisation designators and place prepositions. Built once per annotator; immutable.
 */
final class EntityLexicon {

    private final Set<String> titleWords;
    private final Map<String, Gender> givenNames;
    private final Map<String, Gender> genderedTitles;
    private final Map<String, Gender> pronouns;
    private final Map<String, Set<String>> titlesByRole;
    final Set<String> organisationDesignators;
    final Set<String> placePrepositions;

    EntityLexicon(Lexicon lexicon) {
        titleWords = lexicon.words(LexiconList.TITLES);
        givenNames = genders(lexicon, LexiconList.FIRST_NAMES, "name");
        genderedTitles = genders(lexicon, LexiconList.GENDERED_TITLES, "word");
        pronouns = genders(lexicon, LexiconList.GENDERED_PRONOUNS, "word");
        Map<String, Set<String>> roles = new HashMap<>();
        for (Row row : lexicon.rows(LexiconList.ROLE_NOUNS)) {
            roles.computeIfAbsent(row.get("role"), k -> new HashSet<>()).add(row.get("title"));
        }
        titlesByRole = Map.copyOf(roles);
        organisationDesignators = lexicon.words(LexiconList.ORGANISATION_DESIGNATORS);
        placePrepositions = lexicon.words(LexiconList.PLACE_PREPOSITIONS);
    }

    private static Map<String, Gender> genders(Lexicon lexicon, LexiconList list, String column) {
        Map<String, Gender> map = new HashMap<>();
        for (Row row : lexicon.rows(list)) {
            map.put(row.get(column), "F".equals(row.get("gender")) ? Gender.FEMALE : Gender.MALE);
        }
        return Map.copyOf(map);
    }

    boolean isTitleWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return titleWords.contains(w) || (w.endsWith("s") && titleWords.contains(w.substring(0, w.length() - 1)));
    }

    /** A title word as it stands before a name: singular only ("Senator Lee", not "senators Lee"). */
    boolean isSingularTitleWord(String word) {
        return titleWords.contains(word.toLowerCase(Locale.ROOT));
    }

    Gender genderOfGivenName(String name) {
        return givenNames.getOrDefault(name, Gender.UNKNOWN);
    }

    /** Gender carried by an honorific or a gendered title word, if any. */
    Gender genderOfTitle(String word) {
        return genderedTitles.getOrDefault(word.toLowerCase(Locale.ROOT), Gender.UNKNOWN);
    }

    /** The gender a third-person pronoun asks for, or null when the word is not one. */
    Gender genderOfPronoun(String word) {
        return pronouns.get(word.toLowerCase(Locale.ROOT));
    }

    /** The titles a definite role noun may refer back to: its listed ones, else the same word. */
    Set<String> titlesFor(String role) {
        return titlesByRole.getOrDefault(role, Set.of(role));
    }
}
