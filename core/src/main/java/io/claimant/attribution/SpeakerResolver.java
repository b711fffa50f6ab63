package io.claimant.attribution;

import io.claimant.document.Document;
import io.claimant.document.Entity;
import io.claimant.document.EntityMention;
import io.claimant.document.EntityType;
import io.claimant.document.Span;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Resolves a source span to the entities that spoke. People named (or referred to by title or pronoun) in the
 * source win, so "Massie’s bill" resolves to Thomas Massie; otherwise an organisation that heads the source
 * ("the ministry" stays unresolved, "NATO" resolves). "Both lawmakers" and "the two ministers" resolve to the
 * two people mentioned most recently; other groups ("Analysts") stay unresolved.
 */
final class SpeakerResolver {

    /** How the source was resolved; confidence follows from it. */
    enum Resolution { NAMED, PRONOUN_OR_TITLE, GROUP_RESOLVED, UNRESOLVED }

    record Resolved(List<Entity> entities, Resolution how) {
    }

    private static final Pattern PAIR = Pattern.compile("(?i)^(both|the two|the pair of|the two\\s+\\w+)\\b.*");
    private static final Set<EntityType> SPEAKING_TYPES = Set.of(EntityType.PERSON, EntityType.ORGANIZATION);

    private final Document doc;

    SpeakerResolver(Document doc) {
        this.doc = doc;
    }

    Resolved resolve(Span source) {
        Map<String, Entity> persons = new LinkedHashMap<>();
        Map<String, Entity> organisations = new LinkedHashMap<>();
        boolean onlyNames = true;
        Set<String> possessors = new java.util.HashSet<>();
        for (EntityMention m : doc.mentions()) {
            if (m.entityId() == null || !source.contains(m.span())) {
                continue;
            }
            Entity e = doc.entity(m.entityId());
            if (e == null || !SPEAKING_TYPES.contains(e.type())) {
                continue;
            }
            if (e.type() == EntityType.PERSON) {
                persons.put(e.id(), e);
                if (isPossessor(source, m)) {
                    possessors.add(e.id());
                }
                onlyNames &= m.kind() == io.claimant.document.MentionKind.NAME;
            } else if (headsOrOwns(source, m)) {
                organisations.put(e.id(), e);
            }
        }
        if (persons.size() > 1) {
            // "Castell’s producer, Noor Halvani": the possessor only qualifies the speaker named beside it.
            Map<String, Entity> notPossessors = new LinkedHashMap<>(persons);
            notPossessors.keySet().removeAll(possessors);
            if (!notPossessors.isEmpty()) {
                persons = notPossessors;
            }
        }
        if (!persons.isEmpty()) {
            return new Resolved(new ArrayList<>(persons.values()),
                    onlyNames ? Resolution.NAMED : Resolution.PRONOUN_OR_TITLE);
        }
        if (!organisations.isEmpty()) {
            return new Resolved(new ArrayList<>(organisations.values()), Resolution.NAMED);
        }
        String text = doc.text(source);
        if (PAIR.matcher(text).matches()) {
            List<Entity> pair = lastTwoPeopleBefore(source.begin());
            if (pair.size() == 2) {
                return new Resolved(pair, Resolution.GROUP_RESOLVED);
            }
        }
        Entity named = organisationNamedBy(source, text);
        if (named != null) {
            return new Resolved(List.of(named), Resolution.PRONOUN_OR_TITLE);
        }
        return new Resolved(List.of(), Resolution.UNRESOLVED);
    }

    /**
     * "the ministry", "the federation", "the review": a definite common noun that is a word of an
     * organisation's name mentioned earlier ("Ministry of Energy and Water") refers back to it.
     */
    private Entity organisationNamedBy(Span source, String text) {
        String[] words = text.trim().split("\\s+");
        if (words.length < 2 || !words[0].equalsIgnoreCase("the")) {
            return null;
        }
        String head = words[words.length - 1].toLowerCase(java.util.Locale.ROOT);
        if (head.length() < 4 || !Character.isLowerCase(words[words.length - 1].charAt(0))) {
            return null;
        }
        Entity best = null;
        int bestOffset = -1;
        for (EntityMention m : doc.mentions()) {
            if (m.entityId() == null || m.begin() >= source.begin() || m.begin() <= bestOffset
                    || m.type() == EntityType.PERSON || m.type() == EntityType.LOCATION) {
                continue;
            }
            for (String w : m.text().toLowerCase(java.util.Locale.ROOT).split("[\\s’']+")) {
                if (w.equals(head)) {
                    best = doc.entity(m.entityId());
                    bestOffset = m.begin();
                    break;
                }
            }
        }
        return best;
    }

    private boolean isPossessor(Span source, EntityMention m) {
        if (m.end() >= source.end()) {
            return false;
        }
        String after = doc.text().substring(m.end(), Math.min(source.end(), m.end() + 2));
        return after.startsWith("'") || after.startsWith("’");
    }

    /** "NATO said" or "NATO’s report said": the organisation is the source, not a modifier of it. */
    private boolean headsOrOwns(Span source, EntityMention m) {
        if (m.end() == source.end()) {
            return true;
        }
        String after = doc.text().substring(m.end(), Math.min(source.end(), m.end() + 2));
        return after.startsWith("'s") || after.startsWith("’s") || after.startsWith("'") || after.startsWith("’");
    }

    private List<Entity> lastTwoPeopleBefore(int offset) {
        List<Entity> found = new ArrayList<>();
        List<EntityMention> mentions = doc.mentions();
        for (int i = mentions.size() - 1; i >= 0 && found.size() < 2; i--) {
            EntityMention m = mentions.get(i);
            if (m.begin() >= offset || m.entityId() == null || m.type() != EntityType.PERSON) {
                continue;
            }
            Entity e = doc.entity(m.entityId());
            if (e != null && !found.contains(e)) {
                found.add(e);
            }
        }
        // Report them in the order the article introduced them.
        found.sort((a, b) -> Integer.compare(a.mentions().get(0).begin(), b.mentions().get(0).begin()));
        return found;
    }
}
