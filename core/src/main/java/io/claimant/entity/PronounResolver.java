package io.claimant.entity;

import io.claimant.document.Document;
import io.claimant.document.EntityMention;
import io.claimant.document.EntityType;
import io.claimant.document.MentionKind;
import io.claimant.document.Token;
import io.claimant.pipeline.Deadline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves he/she pronouns to people. News writers keep the person being reported on in subject position, so
 * the first agreeing person mention of the nearest sentence wins: first the current sentence before the
 * pronoun, then up to {@value #SENTENCES_BACK} sentences back. A resolved pronoun fixes the person's gender
 * when nothing else had.
 */
final class PronounResolver {

    static final int SENTENCES_BACK = 4;

    private final Document doc;
    private final EntityLexicon lexicon;

    PronounResolver(Document doc, EntityLexicon lexicon) {
        this.doc = doc;
        this.lexicon = lexicon;
    }

    void resolve(Map<EntityMention, EntityBuilder> owner) {
        List<EntityMention> persons = new ArrayList<>();
        for (Map.Entry<EntityMention, EntityBuilder> en : owner.entrySet()) {
            if (en.getValue().type == EntityType.PERSON) {
                persons.add(en.getKey());
            }
        }
        persons.sort(Comparator.comparingInt(EntityMention::begin));
        // Person mentions by sentence, each list in begin order: an antecedent is looked for in a few sentences
        // only, and a pass over every person mention per pronoun made a long document quadratic.
        Map<Integer, List<EntityMention>> bySentence = new HashMap<>();
        for (EntityMention m : persons) {
            bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
        }
        for (Token t : doc.tokens()) {
            Gender gender = lexicon.genderOfPronoun(t.text());
            if (gender == null) {
                continue;
            }
            Deadline.check();
            EntityBuilder target = antecedent(owner, bySentence, t, gender);
            if (target == null) {
                continue;
            }
            target.offerGender(gender);
            EntityMention pronoun = new EntityMention(t.begin(), t.end(), t.text(), EntityType.PERSON,
                    MentionKind.PRONOUN, t.sentence(), null);
            owner.put(pronoun, target);
            target.mentions.add(pronoun);
            insertSorted(bySentence.computeIfAbsent(t.sentence(), k -> new ArrayList<>()), pronoun);
        }
    }

    private static EntityBuilder antecedent(Map<EntityMention, EntityBuilder> owner,
                                            Map<Integer, List<EntityMention>> bySentence, Token pronoun,
                                            Gender gender) {
        int sentence = pronoun.sentence();
        for (int s = sentence; s >= Math.max(0, sentence - SENTENCES_BACK); s--) {
            for (EntityMention m : bySentence.getOrDefault(s, List.of())) {
                if (m.begin() >= pronoun.begin()) {
                    continue;
                }
                EntityBuilder e = owner.get(m);
                if (e.gender.agreesWith(gender)) {
                    return e;
                }
            }
        }
        return null;
    }

    /** Before the first mention that begins at or after {@code m}, as a sort by begin would put it. */
    private static void insertSorted(List<EntityMention> list, EntityMention m) {
        int i = 0;
        while (i < list.size() && list.get(i).begin() < m.begin()) {
            i++;
        }
        list.add(i, m);
    }
}
