package io.claimant.entity;

import io.claimant.document.SortedByStart;
import io.claimant.document.Document;
import io.claimant.document.EntityMention;
import io.claimant.document.EntityType;
import io.claimant.document.MentionKind;
import io.claimant.document.Token;
import io.claimant.pipeline.Deadline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Links a definite title without a name ("The Secretary General", "the senator", "the German chancellor") to
 * the most recent person whose title has the same head word. News introduces a person once with title and
 * name, then refers back by title alone.
 */
final class NominalResolver {

    private final Document doc;
    private final EntityLexicon lexicon;

    NominalResolver(Document doc, EntityLexicon lexicon) {
        this.doc = doc;
        this.lexicon = lexicon;
    }

    void resolve(Map<EntityMention, EntityBuilder> owner) {
        // The mentions do not change until every nominal is found, so they are indexed once: a pass over them
        // per "the" was quadratic in a long document.
        Names names = new Names(owner);
        List<Token> tokens = doc.tokens();
        List<Map.Entry<EntityMention, EntityBuilder>> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).text().equalsIgnoreCase("the")) {
                continue;
            }
            int sentenceEnd = doc.sentences().get(tokens.get(i).sentence()).endToken();
            int head = -1;
            int j = i + 1;
            while (j < sentenceEnd && j - i <= 4 && isTitlePart(tokens.get(j))) {
                if (lexicon.isSingularTitleWord(tokens.get(j).text())) {
                    head = j;
                }
                j++;
            }
            if (head < 0 || head != j - 1 || startsName(names, j, sentenceEnd)) {
                continue;
            }
            EntityMention nominal = new EntityMention(tokens.get(i).begin(), tokens.get(head).end(),
                    doc.text().substring(tokens.get(i).begin(), tokens.get(head).end()), EntityType.PERSON,
                    MentionKind.NOMINAL, tokens.get(i).sentence(), null);
            if (names.overlap(nominal)) {
                continue;
            }
            Deadline.check();
            EntityBuilder target = names.mostRecentWithTitle(tokens.get(head).text(), nominal.begin());
            if (target != null) {
                found.add(Map.entry(nominal, target));
            }
            i = head;
        }
        for (Map.Entry<EntityMention, EntityBuilder> en : found) {
            owner.put(en.getKey(), en.getValue());
            en.getValue().mentions.add(en.getKey());
        }
    }

    private boolean isTitlePart(Token t) {
        return lexicon.isSingularTitleWord(t.text()) || "ADJ".equals(t.pos()) || "PROPN".equals(t.pos());
    }

    /** "the Secretary General Mark Rutte": the title belongs to the name that follows. */
    private boolean startsName(Names names, int tokenIndex, int sentenceEnd) {
        return tokenIndex < sentenceEnd && names.beginsAt(doc.tokens().get(tokenIndex).begin());
    }

    /** The mentions found so far, by start offset, and the people each title head word can refer back to. */
    private final class Names {
        private final Map<EntityMention, EntityBuilder> owner;
        private final Set<Integer> begins = new HashSet<>();
        private final MentionOverlaps overlaps;
        private final Map<String, TitleHolders> holdersByHead = new HashMap<>();

        Names(Map<EntityMention, EntityBuilder> owner) {
            this.owner = owner;
            for (EntityMention m : owner.keySet()) {
                begins.add(m.begin());
            }
            overlaps = new MentionOverlaps(owner.keySet());
        }

        boolean beginsAt(int offset) {
            return begins.contains(offset);
        }

        /** Whether a mention overlaps {@code nominal}: one that begins before its end and ends after its begin. */
        boolean overlap(EntityMention nominal) {
            return overlaps.any(nominal.begin(), nominal.end());
        }

        /**
         * The person whose title has the same head word, mentioned most recently before {@code offset} (the
         * first such mention in map order when several begin at the same place).
         */
        EntityBuilder mostRecentWithTitle(String headWord, int offset) {
            String head = headWord.toLowerCase(Locale.ROOT);
            TitleHolders holders = holdersByHead.computeIfAbsent(head, h -> new TitleHolders(owner, lexicon.titlesFor(h)));
            return holders.lastBefore(offset);
        }
    }

    /** The mentions of people whose title holds one of the accepted words, in begin order (map order for ties). */
    private static final class TitleHolders {
        private final List<EntityBuilder> people = new ArrayList<>();
        private final int[] begins;

        TitleHolders(Map<EntityMention, EntityBuilder> owner, Set<String> accepted) {
            List<Map.Entry<EntityMention, EntityBuilder>> matching = new ArrayList<>();
            for (Map.Entry<EntityMention, EntityBuilder> en : owner.entrySet()) {
                EntityBuilder e = en.getValue();
                if (e.type == EntityType.PERSON && e.title != null && hasAcceptedWord(e.title, accepted)) {
                    matching.add(en);
                }
            }
            matching.sort(Comparator.comparingInt(en -> en.getKey().begin())); // stable: ties keep map order
            begins = new int[matching.size()];
            for (int i = 0; i < matching.size(); i++) {
                begins[i] = matching.get(i).getKey().begin();
                people.add(matching.get(i).getValue());
            }
        }

        private static boolean hasAcceptedWord(String title, Set<String> accepted) {
            for (String w : title.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
                if (accepted.contains(w)) {
                    return true;
                }
            }
            return false;
        }

        EntityBuilder lastBefore(int offset) {
            int i = SortedByStart.firstAtLeast(begins, offset) - 1;
            if (i < 0) {
                return null;
            }
            while (i > 0 && begins[i - 1] == begins[i]) {
                i--;
            }
            return people.get(i);
        }
    }
}
