package io.claimant.entity;

import io.claimant.document.Document;
import io.claimant.document.EntityMention;
import io.claimant.document.EntityType;
import io.claimant.document.Token;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Corrects the recognizer's entity types with evidence it does not use. The CRF types an unfamiliar name from
 * its letters and neighbours alone, so invented or foreign names ("Halbrecht Bank", "Dalmark") often come out as
 * people. Three rules, in order:
 * <ol>
 *   <li>a name ending in an organisation designator ("… Bank", "… Council", "… Trust") is an organisation;</li>
 *   <li>a one-word "person" after a place preposition ("in Dalmark") who is no known person's name is a place;</li>
 *   <li>one name, one type per article: each surface form takes the type most of its mentions have.</li>
 * </ol>
 */
final class EntityTypeRules {

    private final EntityLexicon lexicon;

    EntityTypeRules(EntityLexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<EntityMention> apply(Document doc, List<EntityMention> mentions) {
        Set<String> personWords = new java.util.HashSet<>();
        for (EntityMention m : mentions) {
            if (m.type() == EntityType.PERSON && m.text().contains(" ")) {
                personWords.addAll(List.of(m.text().split("\\s+")));
            }
        }
        List<EntityMention> typed = new ArrayList<>(mentions.size());
        for (EntityMention m : mentions) {
            typed.add(retype(m, byEvidence(doc, m, personWords)));
        }
        Map<String, Map<EntityType, Integer>> votes = new HashMap<>();
        for (EntityMention m : typed) {
            // An EnumMap, so that a tie between two other types always goes the same way: a HashMap's order
            // follows the enum constants' identity hash codes, which change from one run to the next.
            votes.computeIfAbsent(m.text(), k -> new EnumMap<>(EntityType.class)).merge(m.type(), 1, Integer::sum);
        }
        List<EntityMention> out = new ArrayList<>(typed.size());
        for (EntityMention m : typed) {
            out.add(retype(m, majority(votes.get(m.text()), m.type())));
        }
        return out;
    }

    private EntityType byEvidence(Document doc, EntityMention m, Set<String> personWords) {
        String[] words = m.text().split("\\s+");
        String last = words[words.length - 1].toLowerCase(java.util.Locale.ROOT);
        if (words.length > 1 && lexicon.organisationDesignators.contains(last)) {
            return EntityType.ORGANIZATION;
        }
        if (m.type() == EntityType.PERSON && words.length == 1 && !personWords.contains(m.text())
                && lexicon.placePrepositions.contains(wordBefore(doc, m))) {
            return EntityType.LOCATION;
        }
        return m.type();
    }

    private static String wordBefore(Document doc, EntityMention m) {
        Token previous = null;
        for (Token t : doc.tokens(doc.sentences().get(m.sentence()))) {
            if (t.begin() >= m.begin()) {
                break;
            }
            previous = t;
        }
        return previous == null ? "" : previous.text().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The most frequent type; the mention's own type wins ties, so nothing changes on a split vote. Between two
     * other types with the same count, the one declared first in {@link EntityType} wins.
     */
    private static EntityType majority(Map<EntityType, Integer> votes, EntityType own) {
        EntityType best = own;
        int bestCount = votes.getOrDefault(own, 0);
        for (Map.Entry<EntityType, Integer> v : votes.entrySet()) {
            if (v.getValue() > bestCount) {
                best = v.getKey();
                bestCount = v.getValue();
            }
        }
        return best;
    }

    private static EntityMention retype(EntityMention m, EntityType type) {
        return type == m.type() ? m : new EntityMention(m.begin(), m.end(), m.text(), type, m.kind(), m.sentence(), null);
    }
}
