package io.claimant.attribution.rules;

import io.claimant.lexicon.WordList;

import java.util.HashMap;
import java.util.Map;

/** Reporting verbs and how surely each reports a statement, from {@code cue-verbs.tsv}. */
final class CueLexicon {

    private static final Map<String, Double> STRENGTH = new HashMap<>();

    static {
        for (String line : WordList.lines("io/claimant/attribution/cue-verbs.tsv")) {
            String[] parts = line.split("\t");
            STRENGTH.put(parts[0], Double.parseDouble(parts[1]));
        }
    }

    private CueLexicon() {
    }

    static boolean isCueLemma(String lemma) {
        return lemma != null && STRENGTH.containsKey(lemma);
    }

    static double strength(String lemma) {
        return STRENGTH.getOrDefault(lemma, 0.5);
    }
}
