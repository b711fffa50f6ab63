package io.claimant.entity;

import io.claimant.document.Document;
import io.claimant.document.EntityMention;
import io.claimant.document.EntityType;
import io.claimant.document.MentionKind;
import io.claimant.document.Token;
import io.claimant.document.TokenText;
import io.claimant.pipeline.Deadline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tidies the recognizer's name mentions before grouping: trims quote marks and possessive endings that the CRF
 * sometimes includes ("“Cold War", "United States’"), moves leading title words out of person names
 * ("Senator Mike Lee" → "Mike Lee"), and retypes a lone word that is a known person's surname (the CRF tags
 * unfamiliar surnames as places now and then).
 */
final class MentionCleaner {

    private final EntityLexicon lexicon;

    MentionCleaner(EntityLexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<EntityMention> clean(Document doc) {
        List<EntityMention> trimmed = new ArrayList<>();
        for (EntityMention m : doc.mentions()) {
            EntityMention t = trim(doc, m);
            if (t != null) {
                trimmed.add(t);
            }
        }
        trimmed = new EntityTypeRules(lexicon).apply(doc, dropCovered(trimmed));
        Set<String> surnames = new HashSet<>();
        for (EntityMention m : trimmed) {
            if (m.type() == EntityType.PERSON && m.text().contains(" ")) {
                surnames.add(EntityGrouper.lastWord(m.text()));
            }
        }
        List<EntityMention> out = new ArrayList<>(trimmed.size());
        for (EntityMention m : trimmed) {
            boolean loneSurname = m.type() != EntityType.PERSON && !m.text().contains(" ") && surnames.contains(m.text());
            out.add(loneSurname ? new EntityMention(m.begin(), m.end(), m.text(), EntityType.PERSON, m.kind(),
                    m.sentence(), null) : m);
        }
        addMissedSurnames(doc, surnames, out);
        out.sort(java.util.Comparator.comparingInt(EntityMention::begin));
        return out;
    }

    private EntityMention trim(Document doc, EntityMention m) {
        List<Token> inside = new ArrayList<>();
        for (Token t : doc.tokens(doc.sentences().get(m.sentence()))) {
            if (t.begin() >= m.begin() && t.end() <= m.end()) {
                inside.add(t);
            }
        }
        int from = 0;
        int to = inside.size();
        while (from < to && (TokenText.isQuoteMark(inside.get(from).text())
                || m.type() == EntityType.PERSON && to - from > 1 && lexicon.isSingularTitleWord(inside.get(from).text()))) {
            from++;
        }
        while (to > from && (TokenText.isQuoteMark(inside.get(to - 1).text())
                || TokenText.isPossessiveMarker(inside.get(to - 1).text()))) {
            to--;
        }
        if (from >= to) {
            return null;
        }
        if (m.type() == EntityType.PERSON) {
            // The CRF sometimes runs a name on into its place: "Ruth Calloway of Marrowby".
            for (int k = from + 1; k < to - 1; k++) {
                if (inside.get(k).text().equals("of")) {
                    to = k;
                    break;
                }
            }
        }
        int begin = extendHyphenatedLeft(doc.text(), inside.get(from).begin());
        int end = extendHyphenated(doc.text(), inside.get(to - 1).end());
        return new EntityMention(begin, end, doc.text().substring(begin, end), m.type(), MentionKind.NAME,
                m.sentence(), null);
    }

    /**
     * Once a person has been named in full, the recognizer often misses the bare surname at the start of a
     * later sentence ("Thornquist, for her part, …"); a capitalized token equal to a known surname is that person.
     */
    private static void addMissedSurnames(Document doc, Set<String> surnames, List<EntityMention> mentions) {
        String text = doc.text();
        List<EntityMention> added = new ArrayList<>();
        // Overlap questions by binary search: a pass over every mention per occurrence was quadratic.
        MentionOverlaps found = new MentionOverlaps(mentions);
        java.util.TreeMap<Integer, Integer> addedSpans = new java.util.TreeMap<>(); // disjoint: one is added only if it overlaps none
        Map<String, List<Integer>> starts = wordStartsOf(text, surnames);
        for (String surname : surnames) {
            for (int at : starts.getOrDefault(surname, List.of())) {
                int end = at + surname.length();
                boolean wordEnd = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end)) && text.charAt(end) != '-';
                if (!wordEnd || found.any(at, end) || overlapsAdded(addedSpans, at, end)) {
                    continue;
                }
                Deadline.check();
                Token first = doc.tokenAt(at);
                if (first != null) {
                    added.add(new EntityMention(at, end, surname, EntityType.PERSON, MentionKind.NAME, first.sentence(), null));
                    addedSpans.put(at, end);
                }
            }
        }
        mentions.addAll(added);
    }

    /**
     * Where each surname occurs in the text at the start of a word (after a char that is no letter or digit), in
     * text order. One pass over the word starts, trying each surname length there, instead of a search of the
     * whole text per surname: an archive of many articles has thousands of surnames.
     */
    private static Map<String, List<Integer>> wordStartsOf(String text, Set<String> surnames) {
        Set<Integer> lengths = new java.util.TreeSet<>();
        Set<Character> firstChars = new HashSet<>();
        for (String surname : surnames) {
            lengths.add(surname.length());
            firstChars.add(surname.charAt(0));
        }
        Map<String, List<Integer>> starts = new java.util.HashMap<>();
        for (int at = 0; at < text.length(); at++) {
            if (!firstChars.contains(text.charAt(at)) || at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))) {
                continue;
            }
            for (int length : lengths) {
                if (at + length <= text.length() && surnames.contains(text.substring(at, at + length))) {
                    starts.computeIfAbsent(text.substring(at, at + length), k -> new ArrayList<>()).add(at);
                }
            }
        }
        return starts;
    }

    /** Among disjoint spans, only the last that begins before {@code end} can overlap {@code [begin, end)}. */
    private static boolean overlapsAdded(java.util.TreeMap<Integer, Integer> disjoint, int begin, int end) {
        java.util.Map.Entry<Integer, Integer> before = disjoint.lowerEntry(end);
        return before != null && before.getValue() > begin;
    }

    /** "Zofia Wędrowska-Ilić": the recognizer may stop at the hyphen of a double-barrelled name. */
    private static int extendHyphenated(String text, int end) {
        int e = end;
        while (e < text.length() && isNameChar(text.codePointAt(e))) {
            e += Character.charCount(text.codePointAt(e)); // combining marks the tokenizer split off ("Adébáyọ̀")
        }
        while (e + 1 < text.length() && text.charAt(e) == '-' && Character.isUpperCase(text.codePointAt(e + 1))) {
            e++;
            while (e < text.length() && isNameChar(text.codePointAt(e))) {
                e += Character.charCount(text.codePointAt(e));
            }
        }
        return e;
    }

    /** "Felicity Anand-Roux" found as "Roux": the first half of a double-barrelled name belongs too. */
    private static int extendHyphenatedLeft(String text, int begin) {
        int b = begin;
        while (b >= 2 && text.charAt(b - 1) == '-' && Character.isLetter(text.charAt(b - 2))) {
            int w = b - 1;
            while (w > 0 && isNameChar(text.codePointBefore(w))) {
                w -= Character.charCount(text.codePointBefore(w));
            }
            if (!Character.isUpperCase(text.codePointAt(w))) {
                break;
            }
            b = w;
        }
        return b;
    }

    private static boolean isNameChar(int cp) {
        return Character.isLetter(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
    }

    /**
     * A mention that a longer one covers (after the extensions above) is the same name: keep the longer. A longer
     * mention covers {@code m} when it begins before {@code m} and ends at or after it, or begins with it and ends
     * after it; so the farthest end among mentions beginning earlier, and among those beginning at the same
     * place, answers for every mention at once (a comparison of every pair was quadratic).
     */
    private static List<EntityMention> dropCovered(List<EntityMention> mentions) {
        java.util.TreeMap<Integer, Integer> farthestEndByBegin = new java.util.TreeMap<>();
        for (EntityMention m : mentions) {
            farthestEndByBegin.merge(m.begin(), m.end(), Math::max);
        }
        // For each begin, the farthest end of the mentions that begin strictly before it.
        java.util.Map<Integer, Integer> farthestEndBefore = new java.util.HashMap<>();
        int farthest = Integer.MIN_VALUE;
        for (java.util.Map.Entry<Integer, Integer> en : farthestEndByBegin.entrySet()) {
            farthestEndBefore.put(en.getKey(), farthest);
            farthest = Math.max(farthest, en.getValue());
        }
        List<EntityMention> out = new ArrayList<>();
        Set<Long> kept = new HashSet<>();
        for (EntityMention m : mentions) {
            boolean covered = farthestEndBefore.get(m.begin()) >= m.end() || farthestEndByBegin.get(m.begin()) > m.end();
            if (!covered && kept.add(((long) m.begin() << 32) | m.end())) {
                out.add(m);
            }
        }
        return out;
    }
}
