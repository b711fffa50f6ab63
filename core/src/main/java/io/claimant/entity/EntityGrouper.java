package io.claimant.entity;

import io.claimant.document.Document;
import io.claimant.document.Entity;
import io.claimant.document.EntityMention;
import io.claimant.document.EntityType;
import io.claimant.document.Layer;
import io.claimant.lexicon.Lexicon;
import io.claimant.pipeline.Annotator;
import io.claimant.pipeline.Deadline;

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
        People people = new People(entities);
        // Full names first, so that a bare surname can point back (or forward) to the person it names.
        for (EntityMention m : persons) {
            if (wordCount(m.text()) > 1 && !byFullName.containsKey(key(m.text()))) {
                Deadline.check();
                EntityBuilder e = people.bySurname(lastWord(m.text()), firstWord(m.text()));
                if (e == null) {
                    e = new EntityBuilder(EntityType.PERSON, m.text());
                    e.offerGender(lexicon.genderOfGivenName(firstWord(m.text())));
                    people.add(e);
                }
                byFullName.put(key(m.text()), e);
            }
        }
        FamilyNames familyNames = new FamilyNames();
        for (EntityMention m : persons) {
            Deadline.check();
            EntityBuilder e = byFullName.get(key(m.text()));
            if (e == null) {
                e = nearestBySurname(people, familyNames, lastWord(m.text()), m.begin());
            }
            if (e == null) {
                e = new EntityBuilder(EntityType.PERSON, m.text());
                people.add(e);
                byFullName.put(key(m.text()), e);
            }
            e.mentions.add(m);
            owner.put(m, e);
            familyNames.add(m, e);
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

    /**
     * The people grouped so far ({@code entities}, which this adds to), indexed by surname and by the words that
     * name them alone: a name looked up by a pass over every person was quadratic in an archive of many people.
     */
    private static final class People {
        private final List<EntityBuilder> entities;
        private final Map<String, List<EntityBuilder>> bySurname = new HashMap<>();
        private final Map<String, EntityBuilder> firstByFamilyName = new HashMap<>();

        People(List<EntityBuilder> entities) {
            this.entities = entities;
        }

        void add(EntityBuilder e) {
            entities.add(e);
            bySurname.computeIfAbsent(e.surname(), k -> new ArrayList<>()).add(e);
            for (String w : e.familyNames()) {
                firstByFamilyName.putIfAbsent(w, e);
            }
        }

        /** The first person with this surname whose name is the surname alone or starts with {@code given}. */
        EntityBuilder bySurname(String surname, String given) {
            for (EntityBuilder e : bySurname.getOrDefault(surname, List.of())) {
                String[] words = e.name.split("\\s+");
                if (words.length == 1 || words[0].equals(given)) {
                    return e;
                }
            }
            return null;
        }

        /** The first person a lone {@code word} names ({@link EntityBuilder#hasFamilyName}). */
        EntityBuilder firstWithFamilyName(String word) {
            return firstByFamilyName.get(word);
        }
    }

    /** The person with this surname mentioned most recently before {@code offset}, else the first one after. */
    private static EntityBuilder nearestBySurname(People people, FamilyNames familyNames, String surname, int offset) {
        EntityBuilder best = familyNames.lastBefore(surname, offset);
        return best != null ? best : people.firstWithFamilyName(surname);
    }

    /**
     * The person mentions grouped so far, under each word that names their person alone
     * ({@link EntityBuilder#hasFamilyName}), in the order they were grouped: a surname looks back through its own
     * list rather than through every mention, which was quadratic in a long document. A builder's name is fixed
     * when it is made, so the words it is filed under stay right.
     */
    private static final class FamilyNames {
        private final Map<String, List<Map.Entry<EntityMention, EntityBuilder>>> byWord = new HashMap<>();
        /** Per word, whether its mentions were grouped in begin order (they are: names come sorted). */
        private final Map<String, Boolean> inOrder = new HashMap<>();

        void add(EntityMention m, EntityBuilder e) {
            for (String word : new java.util.LinkedHashSet<>(e.familyNames())) {
                List<Map.Entry<EntityMention, EntityBuilder>> list = byWord.computeIfAbsent(word, w -> new ArrayList<>());
                if (!list.isEmpty() && list.get(list.size() - 1).getKey().begin() > m.begin()) {
                    inOrder.put(word, false);
                }
                list.add(Map.entry(m, e));
            }
        }

        /** The person whose mention with this family word begins last before {@code offset}; the first grouped on a tie. */
        EntityBuilder lastBefore(String word, int offset) {
            List<Map.Entry<EntityMention, EntityBuilder>> list = byWord.getOrDefault(word, List.of());
            if (!inOrder.getOrDefault(word, true)) {
                return scan(list, offset);
            }
            int lo = 0;
            int hi = list.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (list.get(mid).getKey().begin() < offset) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            int i = lo - 1;
            if (i < 0) {
                return null;
            }
            while (i > 0 && list.get(i - 1).getKey().begin() == list.get(i).getKey().begin()) {
                i--;
            }
            return list.get(i).getValue();
        }

        private static EntityBuilder scan(List<Map.Entry<EntityMention, EntityBuilder>> list, int offset) {
            EntityBuilder best = null;
            int bestOffset = -1;
            for (Map.Entry<EntityMention, EntityBuilder> en : list) {
                if (en.getKey().begin() < offset && en.getKey().begin() > bestOffset) {
                    best = en.getValue();
                    bestOffset = en.getKey().begin();
                }
            }
            return best;
        }
    }

    private static void groupOthers(List<EntityMention> names, List<EntityBuilder> entities,
                                    Map<EntityMention, EntityBuilder> owner) {
        Map<String, EntityBuilder> byKey = new HashMap<>();
        for (EntityMention m : names) {
            Deadline.check();
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
        Set<EntityBuilder> owners = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        owners.addAll(owner.values()); // one set, not a pass over every mention per entity
        builders.removeIf(b -> b.mentions.isEmpty() && !owners.contains(b));
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
