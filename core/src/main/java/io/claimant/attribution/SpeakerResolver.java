package io.claimant.attribution;

import io.claimant.document.Document;
import io.claimant.document.Entity;
import io.claimant.document.EntityMention;
import io.claimant.document.EntityType;
import io.claimant.document.Span;
import io.claimant.lexicon.Lexicon;
import io.claimant.lexicon.LexiconList;

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

    /**
     * The word lists speaker resolution reads, taken from a lexicon once per annotator.
     *
     * @param continuingPronouns pronouns that, as a whole source, carry on the previous claim's source
     */
    record Words(Set<String> genericOrganisationNouns, Set<String> documentNouns, Set<String> continuingPronouns) {
        Words(Lexicon lexicon) {
            this(lexicon.words(LexiconList.GENERIC_ORGANISATION_NOUNS), lexicon.words(LexiconList.DOCUMENT_NOUNS),
                    lexicon.words(LexiconList.CONTINUING_PRONOUNS));
        }
    }

    private final Document doc;
    private final Words lists;
    /** Built on the first source that needs it. */
    private OrganisationWords organisationWords;

    SpeakerResolver(Document doc, Words lists) {
        this.doc = doc;
        this.lists = lists;
    }

    Resolved resolve(Span source) {
        Map<String, Entity> persons = new LinkedHashMap<>();
        Map<String, Entity> organisations = new LinkedHashMap<>();
        boolean onlyNames = true;
        Set<String> possessors = new java.util.HashSet<>();
        for (EntityMention m : doc.mentionsWithin(source)) {
            if (m.entityId() == null) {
                continue;
            }
            Entity e = doc.entity(m.entityId());
            if (e == null || !SPEAKING_TYPES.contains(e.type())) {
                continue;
            }
            if (m.kind() == io.claimant.document.MentionKind.PRONOUN && m.end() < source.end()) {
                continue; // "Her Dalmark counterpart": a possessive determiner names someone else
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
            List<Entity> pair = lastTwoWithRole(text, source.begin());
            if (pair.size() != 2) {
                pair = lastTwoPeopleBefore(source.begin());
            }
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

    /** "Both coaches": the two people most recently introduced with that role in their title. */
    private List<Entity> lastTwoWithRole(String text, int offset) {
        String[] words = text.trim().split("\\s+");
        String role = singular(words[words.length - 1].toLowerCase(java.util.Locale.ROOT));
        List<Entity> found = new ArrayList<>();
        List<EntityMention> mentions = doc.mentions();
        for (int i = doc.mentionIndex().scanLimitBefore(offset) - 1; i >= 0 && found.size() < 2; i--) {
            EntityMention m = mentions.get(i);
            Entity e = m.entityId() == null || m.begin() >= offset ? null : doc.entity(m.entityId());
            if (e != null && e.type() == EntityType.PERSON && e.title() != null && !found.contains(e)
                    && java.util.Arrays.asList(e.title().toLowerCase(java.util.Locale.ROOT).split("\\s+")).contains(role)) {
                found.add(e);
            }
        }
        found.sort((a, b) -> Integer.compare(a.mentions().get(0).begin(), b.mentions().get(0).begin()));
        return found;
    }

    private static String singular(String noun) {
        if (noun.endsWith("ches") || noun.endsWith("shes") || noun.endsWith("sses")) {
            return noun.substring(0, noun.length() - 2);
        }
        return noun.endsWith("s") ? noun.substring(0, noun.length() - 1) : noun;
    }

    /**
     * "the ministry", "the federation", "the review": a definite common noun that is a word of an
     * organisation's name mentioned earlier ("Ministry of Energy and Water") refers back to it.
     */
    private Entity organisationNamedBy(Span source, String text) {
        String[] words = text.trim().split("\\s+");
        int possessive = -1;
        for (int i = 0; i < words.length; i++) {
            if (words[i].endsWith("'s") || words[i].endsWith("’s")) {
                possessive = i;
            }
        }
        if (possessive > 0 && lists.documentNouns().contains(words[words.length - 1].toLowerCase(java.util.Locale.ROOT))) {
            // "the council’s budget papers": a document speaks for its owner.
            String owner = String.join(" ", java.util.Arrays.copyOfRange(words, 0, possessive + 1)).replaceAll("['’]s$", "");
            return organisationNamedBy(source, owner);
        }
        if (words.length < 2 || !words[0].equalsIgnoreCase("the")) {
            return null;
        }
        String head = words[words.length - 1].toLowerCase(java.util.Locale.ROOT);
        if (head.length() < 4 || !Character.isLowerCase(words[words.length - 1].charAt(0))) {
            return null;
        }
        boolean generic = lists.genericOrganisationNouns().contains(head);
        int best = organisationWords().lastBefore(head, generic, source.begin());
        return best < 0 ? null : doc.entity(doc.mentions().get(best).entityId());
    }

    private OrganisationWords organisationWords() {
        if (organisationWords == null) {
            organisationWords = new OrganisationWords(doc.mentions());
        }
        return organisationWords;
    }

    /**
     * The mentions a definite noun can refer back to (grouped, neither person nor place), as positions in the
     * mention list under each lower-cased word of their text, and the organisations among them for a generic
     * noun ("the company"). Built once per document: a pass over every mention per source was quadratic.
     */
    private static final class OrganisationWords {
        private final List<EntityMention> mentions;
        private final Map<String, List<Integer>> byWord = new java.util.HashMap<>();
        private final List<Integer> organisations = new ArrayList<>();
        private final boolean sorted;

        OrganisationWords(List<EntityMention> mentions) {
            this.mentions = mentions;
            boolean inOrder = true;
            for (int i = 0; i < mentions.size(); i++) {
                EntityMention m = mentions.get(i);
                inOrder &= i == 0 || mentions.get(i - 1).begin() <= m.begin();
                if (m.entityId() == null || m.type() == EntityType.PERSON || m.type() == EntityType.LOCATION) {
                    continue;
                }
                if (m.type() == EntityType.ORGANIZATION) {
                    organisations.add(i);
                }
                for (String w : new java.util.LinkedHashSet<>(List.of(m.text().toLowerCase(java.util.Locale.ROOT).split("[\\s’']+")))) {
                    byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
                }
            }
            this.sorted = inOrder;
        }

        /**
         * The position of the mention that begins last before {@code offset} and has {@code head} as a word (or,
         * when {@code generic}, is an organisation); the first in list order on a tie; -1 if none.
         */
        int lastBefore(String head, boolean generic, int offset) {
            int best = lastBefore(byWord.getOrDefault(head, List.of()), offset);
            if (generic) {
                int org = lastBefore(organisations, offset);
                if (org >= 0 && (best < 0 || mentions.get(org).begin() > mentions.get(best).begin()
                        || mentions.get(org).begin() == mentions.get(best).begin() && org < best)) {
                    best = org;
                }
            }
            return best;
        }

        private int lastBefore(List<Integer> positions, int offset) {
            if (!sorted) {
                int best = -1;
                for (int p : positions) {
                    int b = mentions.get(p).begin();
                    if (b < offset && (best < 0 || b > mentions.get(best).begin())) {
                        best = p;
                    }
                }
                return best;
            }
            int lo = 0;
            int hi = positions.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (mentions.get(positions.get(mid)).begin() < offset) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            int i = lo - 1;
            if (i < 0) {
                return -1;
            }
            while (i > 0 && mentions.get(positions.get(i - 1)).begin() == mentions.get(positions.get(i)).begin()) {
                i--;
            }
            return positions.get(i);
        }
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
        String before = doc.text().substring(source.begin(), m.begin()).stripTrailing();
        if (before.matches("(?is).*\\b(of|in|from|at|for|near)$")) {
            return false; // "Residents of Lunde": the place qualifies the speakers, it does not speak
        }
        if (m.end() == source.end()) {
            return true;
        }
        String after = doc.text().substring(m.end(), Math.min(source.end(), m.end() + 2));
        return after.startsWith("'s") || after.startsWith("’s") || after.startsWith("'") || after.startsWith("’");
    }

    private List<Entity> lastTwoPeopleBefore(int offset) {
        List<Entity> found = new ArrayList<>();
        List<EntityMention> mentions = doc.mentions();
        for (int i = doc.mentionIndex().scanLimitBefore(offset) - 1; i >= 0 && found.size() < 2; i--) {
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
