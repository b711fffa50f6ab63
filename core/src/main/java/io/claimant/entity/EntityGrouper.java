package io.claimant.entity;

import io.claimant.document.Document;
import io.claimant.document.Entity;
import io.claimant.document.EntityMention;
import io.claimant.document.EntityType;
import io.claimant.document.Layer;
import io.claimant.lexicon.Lexicon;
import io.claimant.pipeline.Annotator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Groups mentions into entities within one document, with rules rather than CoreNLP's coreference (which costs
 * seconds and gigabytes per article): full names first, then surnames back to the nearest matching full name,
 * then titled nominals ("the Secretary General") and he/she pronouns by recency, subject position and gender.
 * "NATO Secretary General Mark Rutte", "Rutte", "The Secretary General" and "He" become one entity.
 */
public final class EntityGrouper implements Annotator {

    private final EntityLexicon lexicon;

    /** With the built-in word lists. */
    public EntityGrouper() {
        this(Lexicon.builtIn());
    }

    /** {@code lexicon} gives titles, given names, gendered words, role nouns and organisation designators. */
    public EntityGrouper(Lexicon lexicon) {
        this.lexicon = new EntityLexicon(lexicon);
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.SENTENCES, Layer.TOKENS, Layer.POS, Layer.ENTITY_MENTIONS);
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.of(Layer.ENTITIES);
    }

    @Override
    public Document annotate(Document doc) {
        List<EntityMention> names = new MentionCleaner(lexicon).clean(doc);
        TitleFinder titles = new TitleFinder(doc, lexicon);
        List<EntityBuilder> entities = new ArrayList<>();
        Map<EntityMention, EntityBuilder> owner = new LinkedHashMap<>();

        groupPersons(doc, names, titles, entities, owner);
        groupOthers(names, entities, owner);

        new NominalResolver(doc, lexicon).resolve(owner);
        new PronounResolver(doc, lexicon).resolve(owner);

        return build(doc, entities, owner);
    }

    private void groupPersons(Document doc, List<EntityMention> names, TitleFinder titles,
                                     List<EntityBuilder> entities, Map<EntityMention, EntityBuilder> owner) {
        List<EntityMention> persons = names.stream().filter(m -> m.type() == EntityType.PERSON).toList();
        Map<String, EntityBuilder> byFullName = new HashMap<>();
        // Full names first, so that a bare surname can point back (or forward) to the person it names.
        for (EntityMention m : persons) {
            if (wordCount(m.text()) > 1 && !byFullName.containsKey(key(m.text()))) {
                EntityBuilder e = findBySurname(entities, lastWord(m.text()), firstWord(m.text()));
                if (e == null) {
                    e = new EntityBuilder(EntityType.PERSON, m.text());
                    e.offerGender(lexicon.genderOfGivenName(firstWord(m.text())));
                    entities.add(e);
                }
                byFullName.put(key(m.text()), e);
            }
        }
        for (EntityMention m : persons) {
            EntityBuilder e = byFullName.get(key(m.text()));
            if (e == null) {
                e = nearestBySurname(entities, owner, lastWord(m.text()), m.begin());
            }
            if (e == null) {
                e = new EntityBuilder(EntityType.PERSON, m.text());
                entities.add(e);
                byFullName.put(key(m.text()), e);
            }
            e.mentions.add(m);
            owner.put(m, e);
            String title = titles.titleOf(m);
            e.offerTitle(title, m.begin());
            if (title != null) {
                for (String w : title.split("\\s+")) {
                    e.offerGender(lexicon.genderOfTitle(w));
                }
            }
            e.offerGender(honorificBefore(doc, m));
        }
    }

    private Gender honorificBefore(Document doc, EntityMention m) {
        int i = doc.firstTokenFrom(m.begin());
        return i > 0 && i < doc.tokens().size()
                ? lexicon.genderOfTitle(doc.tokens().get(i - 1).text()) : Gender.UNKNOWN;
    }

    private static EntityBuilder findBySurname(List<EntityBuilder> entities, String surname, String given) {
        for (EntityBuilder e : entities) {
            String[] words = e.name.split("\\s+");
            if (e.surname().equals(surname) && (words.length == 1 || words[0].equals(given))) {
                return e;
            }
        }
        return null;
    }

    /** The person with this surname mentioned most recently before {@code offset}, else the first one after. */
    private static EntityBuilder nearestBySurname(List<EntityBuilder> entities,
                                                        Map<EntityMention, EntityBuilder> owner,
                                                        String surname, int offset) {
        EntityBuilder best = null;
        int bestOffset = -1;
        for (Map.Entry<EntityMention, EntityBuilder> en : owner.entrySet()) {
            if (en.getValue().hasFamilyName(surname) && en.getKey().begin() < offset
                    && en.getKey().begin() > bestOffset) {
                best = en.getValue();
                bestOffset = en.getKey().begin();
            }
        }
        if (best != null) {
            return best;
        }
        for (EntityBuilder e : entities) {
            if (e.hasFamilyName(surname)) {
                return e;
            }
        }
        return null;
    }

    private static void groupOthers(List<EntityMention> names, List<EntityBuilder> entities,
                                    Map<EntityMention, EntityBuilder> owner) {
        Map<String, EntityBuilder> byKey = new HashMap<>();
        for (EntityMention m : names) {
            if (m.type() == EntityType.PERSON) {
                continue;
            }
            String k = m.type() + "|" + key(stripArticle(m.text()));
            EntityBuilder e = byKey.computeIfAbsent(k, x -> {
                EntityBuilder b = new EntityBuilder(m.type(), stripArticle(m.text()));
                entities.add(b);
                return b;
            });
            e.mentions.add(m);
            owner.put(m, e);
        }
    }

    private static Document build(Document doc, List<EntityBuilder> builders,
                                  Map<EntityMention, EntityBuilder> owner) {
        builders.removeIf(b -> b.mentions.isEmpty() && !owner.containsValue(b));
        Map<EntityBuilder, List<EntityMention>> byEntity = new LinkedHashMap<>();
        for (EntityBuilder b : builders) {
            byEntity.put(b, new ArrayList<>());
        }
        for (Map.Entry<EntityMention, EntityBuilder> en : owner.entrySet()) {
            byEntity.computeIfAbsent(en.getValue(), x -> new ArrayList<>()).add(en.getKey());
        }
        List<Map.Entry<EntityBuilder, List<EntityMention>>> ordered = new ArrayList<>(byEntity.entrySet());
        ordered.removeIf(en -> en.getValue().isEmpty());
        for (Map.Entry<EntityBuilder, List<EntityMention>> en : ordered) {
            en.getValue().sort(Comparator.comparingInt(EntityMention::begin));
        }
        ordered.sort(Comparator.comparingInt(en -> en.getValue().get(0).begin()));

        List<Entity> entities = new ArrayList<>();
        List<EntityMention> allMentions = new ArrayList<>();
        int n = 1;
        for (Map.Entry<EntityBuilder, List<EntityMention>> en : ordered) {
            String id = "e" + n++;
            EntityBuilder b = en.getKey();
            List<EntityMention> mentions = en.getValue().stream().map(m -> m.withEntityId(id)).toList();
            entities.add(new Entity(id, b.name, b.type, b.type == EntityType.PERSON ? b.title : null, mentions));
            allMentions.addAll(mentions);
        }
        allMentions.sort(Comparator.comparingInt(EntityMention::begin).thenComparingInt(EntityMention::end));
        return doc.withEntities(allMentions, entities);
    }

    static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ");
    }

    private static String stripArticle(String name) {
        return name.regionMatches(true, 0, "the ", 0, 4) ? name.substring(4) : name;
    }

    private static int wordCount(String s) {
        return s.split("\\s+").length;
    }

    static String lastWord(String s) {
        String[] w = s.split("\\s+");
        return w[w.length - 1];
    }

    private static String firstWord(String s) {
        return s.split("\\s+")[0];
    }
}
