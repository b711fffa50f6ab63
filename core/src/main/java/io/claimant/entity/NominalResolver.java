package io.claimant.entity;

import io.claimant.document.Document;
import io.claimant.document.EntityMention;
import io.claimant.document.EntityType;
import io.claimant.document.MentionKind;
import io.claimant.document.Token;

import java.util.ArrayList;
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
            if (head < 0 || head != j - 1 || startsName(owner, j, sentenceEnd)) {
                continue;
            }
            EntityMention nominal = new EntityMention(tokens.get(i).begin(), tokens.get(head).end(),
                    doc.text().substring(tokens.get(i).begin(), tokens.get(head).end()), EntityType.PERSON,
                    MentionKind.NOMINAL, tokens.get(i).sentence(), null);
            if (overlapsName(owner, nominal)) {
                continue;
            }
            EntityBuilder target = mostRecentWithTitle(owner, tokens.get(head).text(), nominal.begin());
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
    private boolean startsName(Map<EntityMention, EntityBuilder> owner, int tokenIndex, int sentenceEnd) {
        if (tokenIndex >= sentenceEnd) {
            return false;
        }
        int offset = doc.tokens().get(tokenIndex).begin();
        for (EntityMention m : owner.keySet()) {
            if (m.begin() == offset) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlapsName(Map<EntityMention, EntityBuilder> owner, EntityMention nominal) {
        for (EntityMention m : owner.keySet()) {
            if (m.span().overlaps(nominal.span())) {
                return true;
            }
        }
        return false;
    }

    private EntityBuilder mostRecentWithTitle(Map<EntityMention, EntityBuilder> owner,
                                                           String headWord, int offset) {
        String head = headWord.toLowerCase(Locale.ROOT);
        Set<String> accepted = lexicon.titlesFor(head);
        EntityBuilder best = null;
        int bestOffset = -1;
        for (Map.Entry<EntityMention, EntityBuilder> en : owner.entrySet()) {
            EntityBuilder e = en.getValue();
            if (e.type != EntityType.PERSON || e.title == null || en.getKey().begin() >= offset
                    || en.getKey().begin() <= bestOffset) {
                continue;
            }
            for (String w : e.title.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
                if (accepted.contains(w)) {
                    best = e;
                    bestOffset = en.getKey().begin();
                    break;
                }
            }
        }
        return best;
    }
}
