package io.claimant.attribution;

import io.claimant.document.Document;
import io.claimant.document.EntityMention;
import io.claimant.document.MentionKind;
import io.claimant.document.Quotation;
import io.claimant.document.Sentence;
import io.claimant.document.SortedByStart;
import io.claimant.document.Span;
import io.claimant.document.Token;
import io.claimant.document.TokenText;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The two spans of a claim's source, and the way from either to the other (src-test-data/GUIDELINES.md, "Spans").
 * <ul>
 *   <li>The <b>source</b> is the whole phrase that tells who is speaking, as PolNeAR marks it (rule R6): the noun
 *       phrase with the apposition, age, residence, bracketed party or relative clause that describes the speaker
 *       ("Ryan Ellis, a Republican tax consultant"; "Sen. Tim Kaine (D-Va.)"; "Cory James, 22, of Flint";
 *       "Niamh Corrigan, who runs a bakery near the site"). A participle set off by commas ("Merz, speaking in
 *       Berlin, said") tells what the speaker was doing, not who they are, so it stays out, and so do an
 *       adverbial ("Sanders, however, said") and a relative clause that is a claim of its own ("Fahr, who
 *       championed the ordinance, said").</li>
 *   <li>The <b>core</b> is the noun phrase inside it that names the speaker ("Ryan Ellis"; "Sen. Tim Kaine"):
 *       speakers are resolved from it.</li>
 * </ul>
 * A generator that finds whole sources (a tagger trained on PolNeAR's spans) gets each one's core from
 * {@link #core}; one that finds the naming noun phrase (the rules) gets the whole source from {@link #full}.
 * Spans are document (UTF-16) offsets on token boundaries.
 */
public final class SourceSpans {

    /** Longest apposition or bracket taken into a source, in tokens: beyond it a comma starts something else. */
    private static final int MAX_DESCRIPTION = 20;
    /** How far past a source its description is looked for, in parts as long as the longest apposition. */
    private static final int MAX_PARTS = 4;
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "whom", "whose", "which", "that");
    private static final Set<String> POSSESSIVE_DETERMINERS = Set.of("his", "her", "its", "their", "our", "my", "your");
    /** Words that open a description of the speaker without being a noun phrase's first word: "X, like Y, said". */
    private static final Set<String> EXAMPLE_WORDS = Set.of("including", "like");

    private SourceSpans() {
    }

    /**
     * The core of a source: the same start, and an end at or before the source's. An apposition, a parenthetical
     * or a non-restrictive clause is cut ("Halina Brzęk, the association’s lawyer," → "Halina Brzęk"; "Rep. G.K.
     * Butterfield (D-N.C.)" → "Rep. G.K. Butterfield"), a list keeps its commas ("Rubio, Cruz and Kasich"), and an
     * apposition that names an unnamed speaker stays ("Castell’s producer, Noor Halvani").
     */
    public static Span core(Document doc, Span source) {
        Words t = new Words(doc, source);
        if (t.size == 0) {
            return source;
        }
        int begin = 0;
        int end = t.size;
        for (int k = begin + 1; k < end; k++) {
            String w = t.word[k];
            if (w.equals("(")) {
                return t.span(begin, trimmed(t, begin, k));
            }
            if (w.equals(",") || w.equals("—") || w.equals("–")) {
                if (isList(t, k, end) || namesTheSpeaker(t, begin, k, end)) {
                    return t.span(begin, trimmed(t, begin, end));
                }
                return t.span(begin, trimmed(t, begin, k));
            }
        }
        return t.span(begin, trimmed(t, begin, end));
    }

    /**
     * The whole source around a core: the core, then, within its sentence, what describes the speaker right after
     * it, one part after another: a bracket ("(D-Va.)"); an apposition set off by a comma or dashes ("22", "of
     * Flint", "a Republican tax consultant", "like Reid"), a noun phrase with no verb of its own but a participle
     * or a restrictive relative clause in it ("a lawyer representing the villages", "a university official who
     * is researching a book"); and a relative clause ("who chairs the transport committee"). It stops at a
     * participle, a preposition or an adverb after a comma ("Merz, speaking in Berlin, said"; "Sanders, however,
     * said"), and at a comma followed by a clause ("According to Smith, the plan is dead"). A span that already
     * holds its appositions comes back whole, without the punctuation at its end.
     *
     * <p>Where the claims of the text are known, {@link #withWholeSources} keeps each source clear of every cue and
     * of its own content: a relative clause that reports ("Fahr, who championed the ordinance, said") is a claim
     * of its own, and "According to Smith, the plan, …" only reads like an apposition.
     */
    public static Span full(Document doc, Span core) {
        return full(doc, core, Avoided.NONE);
    }

    /**
     * The candidates with their sources made whole ({@link #full} of the source each has), their cores kept: the
     * rules give a candidate its core as its source, a tagger the span it found with that span's core. A part of
     * the whole source that would take in a cue of any of the candidates, or the candidate's own content, is left
     * out, and so is what follows it.
     */
    public static List<Candidate> withWholeSources(Document doc, List<Candidate> candidates) {
        List<Span> cues = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.cue() != null) {
                cues.add(c.cue());
            }
        }
        Avoided otherCues = new Avoided(cues);
        List<Candidate> out = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            if (c.source() == null) {
                out.add(c);
                continue;
            }
            Avoided avoided = otherCues.and(c.segments());
            Span whole = full(doc, c.source(), avoided);
            out.add(whole.equals(c.source()) ? c : c.withSource(whole, c.sourceCore()));
        }
        return out;
    }

    private static Span full(Document doc, Span found, Avoided avoided) {
        Sentence sentence = sentenceOf(doc, found);
        if (sentence == null) {
            return found;
        }
        // Only the next few parts can describe the speaker: reading on to the end of a very long sentence for every
        // source would make a text without full stops quadratic.
        int last = doc.firstTokenFrom(found.end());
        int stop = Math.min(sentence.endToken(), last + MAX_PARTS * (MAX_DESCRIPTION + 2));
        if (stop <= doc.firstTokenFrom(found.begin())) {
            return found;
        }
        Words t = new Words(doc, new Span(found.begin(), doc.tokens().get(stop - 1).end()));
        int given = t.firstFrom(found.end());
        if (given == 0) {
            return found;
        }
        int end = trimmed(t, 0, given);
        while (end < t.size) {
            String w = t.word[end];
            int next;
            if (w.equals("(")) {
                next = bracket(t, end);
            } else if (w.equals(",") || w.equals("—") || w.equals("–")) {
                next = description(t, end + 1, !w.equals(","));
            } else {
                break;
            }
            if (next < 0 || avoided.overlaps(new Span(t.begin(end), t.end(next - 1)))) {
                break;
            }
            end = next;
        }
        return new Span(found.begin(), t.end(trimmed(t, 0, end) - 1));
    }

    /** The token after a bracket that opens at {@code open} and closes within the sentence, or -1. */
    private static int bracket(Words t, int open) {
        for (int k = open + 1; k < t.size && k - open <= MAX_DESCRIPTION; k++) {
            if (t.word[k].equals(")")) {
                return k > open + 1 ? k + 1 : -1;
            }
            if (t.word[k].equals("(")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The end of an apposition or a relative clause that starts at {@code from} and runs to the next comma, dash,
     * bracket, quotation mark or the end of the sentence (after a dash, to the closing dash), or -1 when what
     * follows is neither. A quotation inside it is passed over whole ("which calls itself “Meadow Watch”").
     */
    private static int description(Words t, int from, boolean afterDash) {
        int end = from;
        while (end < t.size && end - from <= MAX_DESCRIPTION) {
            if (end > from && t.quotationEnd[end] > end) {
                end = t.quotationEnd[end];
                continue;
            }
            if (closes(t, end, afterDash)) {
                break;
            }
            end++;
        }
        if (end == from || end - from > MAX_DESCRIPTION) {
            return -1;
        }
        if (afterDash && end == t.size) {
            return -1; // "X — and that is the point": a dash that never closes starts a new thought
        }
        boolean describes = RELATIVE_PRONOUNS.contains(t.word[from]) ? !t.word[from].equals("that")
                : describesTheSpeaker(t, from, end);
        return describes ? end : -1;
    }

    private static boolean closes(Words t, int k, boolean afterDash) {
        String word = t.word[k];
        if (afterDash) {
            return word.equals("—") || word.equals("–") || word.equals("(") || word.equals(")");
        }
        return word.equals(",") || word.equals(";") || word.equals(":") || word.equals("—") || word.equals("–")
                || word.equals("(") || word.equals(")") || isQuotationMark(t, k) || isSentenceEnd(word);
    }

    /** A quotation mark, but not an apostrophe: "the Maritime Workers’ Union" goes on past its ’. */
    private static boolean isQuotationMark(Words t, int k) {
        String word = t.word[k];
        if (!TokenText.isQuoteMark(word)) {
            return false;
        }
        boolean single = word.equals("'") || word.equals("’") || word.equals("‘") || word.equals("‚");
        return !single || t.quotationEdge[k];
    }

    private static boolean isSentenceEnd(String word) {
        return word.equals(".") || word.equals("?") || word.equals("!");
    }

    /**
     * "a Republican tax consultant", "22", "of Flint", "Republican of Illinois", "its chief executive", "like
     * Reid", "a retired general": a noun phrase (or an age, a residence, an example) in which a verb is only a
     * modifier, a participle after a noun, or in a relative clause of its own.
     */
    private static boolean describesTheSpeaker(Words t, int from, int end) {
        String first = t.word[from];
        boolean opens = switch (t.pos[from]) {
            case "DET", "NUM", "ADJ", "NOUN", "PROPN" -> true;
            case "PRON" -> POSSESSIVE_DETERMINERS.contains(first);
            case "ADP" -> first.equals("of") && from + 1 < end && t.pos[from + 1].equals("PROPN") || first.equals("like");
            default -> EXAMPLE_WORDS.contains(first);
        };
        if (!opens) {
            return false;
        }
        boolean nominal = false;
        boolean inRelative = false;
        for (int k = from; k < end; k++) {
            String p = t.pos[k];
            if (k > from && RELATIVE_PRONOUNS.contains(t.word[k]) && nominal) {
                inRelative = true; // "a university official who is researching a book": restrictive, it identifies
            }
            boolean verb = p.equals("VERB") || p.equals("AUX");
            if (verb && !inRelative && !(k == from && EXAMPLE_WORDS.contains(t.word[k])) && !isModifier(t, k, end)) {
                return false;
            }
            nominal |= p.equals("NOUN") || p.equals("PROPN") || p.equals("NUM") || p.equals("PRON") && k > from;
        }
        return nominal;
    }

    /**
     * A verb that only qualifies a noun: before one ("a retired general", "a Florida-based group"), or a
     * participle after one ("the lawyer representing the villages", "a group based in Ohio").
     */
    private static boolean isModifier(Words t, int k, int end) {
        if (!t.pos[k].equals("VERB")) {
            return false;
        }
        if (k + 1 < end && (t.pos[k + 1].equals("NOUN") || t.pos[k + 1].equals("PROPN") || t.pos[k + 1].equals("ADJ"))) {
            return true;
        }
        boolean afterNoun = k > 0 && (t.pos[k - 1].equals("NOUN") || t.pos[k - 1].equals("PROPN"));
        boolean ing = t.word[k].endsWith("ing");
        boolean ed = t.word[k].endsWith("ed") && k + 1 < end && t.pos[k + 1].equals("ADP");
        return afterNoun && (ing || ed);
    }

    /** "Rubio, Cruz and Kasich": a conjunction after the comma, with no verb, makes the source a list. */
    private static boolean isList(Words t, int comma, int end) {
        for (int k = comma + 1; k < end; k++) {
            if (t.pos[k].equals("VERB") || t.pos[k].equals("AUX") || t.word[k].equals("who") || t.word[k].equals("which")) {
                return false;
            }
            if (t.word[k].equals("and") || t.word[k].equals("or") || t.word[k].equals("&")) {
                return true;
            }
        }
        return false;
    }

    /** "Castell’s producer, Noor Halvani": no name before the comma and only a person's name after it. */
    private static boolean namesTheSpeaker(Words t, int begin, int comma, int end) {
        for (int k = begin; k < comma; k++) {
            if (t.name[k].equals("PERSON") || t.name[k].equals("ORGANIZATION")) {
                return false;
            }
        }
        int last = end;
        while (last > comma + 1 && t.word[last - 1].equals(",")) {
            last--;
        }
        if (last <= comma + 1) {
            return false;
        }
        for (int k = comma + 1; k < last; k++) {
            if (!t.name[k].equals("PERSON")) {
                return false;
            }
        }
        return true;
    }

    /** The end of {@code [begin, end)} without the punctuation at its end, but for a closing bracket. */
    private static int trimmed(Words t, int begin, int end) {
        int e = end;
        while (e > begin + 1 && t.punctuation[e - 1] && !t.word[e - 1].equals(")")) {
            e--;
        }
        return e;
    }

    /**
     * Spans a whole source must not reach into: every cue, sorted by start with the furthest end reached so far,
     * so that a question costs a binary search; and the candidate's own content.
     */
    private static final class Avoided {
        static final Avoided NONE = new Avoided(List.of());
        private final List<Span> sorted;
        private final int[] furthestEnd;
        private final List<Span> own;

        Avoided(List<Span> spans) {
            List<Span> byBegin = new ArrayList<>(spans);
            byBegin.sort(null);
            this.sorted = byBegin;
            this.furthestEnd = new int[byBegin.size()];
            for (int i = 0; i < furthestEnd.length; i++) {
                furthestEnd[i] = Math.max(byBegin.get(i).end(), i > 0 ? furthestEnd[i - 1] : 0);
            }
            this.own = List.of();
        }

        private Avoided(Avoided shared, List<Span> own) {
            this.sorted = shared.sorted;
            this.furthestEnd = shared.furthestEnd;
            this.own = own;
        }

        Avoided and(List<Span> more) {
            return new Avoided(this, more);
        }

        boolean overlaps(Span part) {
            for (Span s : own) {
                if (s.overlaps(part)) {
                    return true;
                }
            }
            int lo = 0;
            int hi = sorted.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (sorted.get(mid).begin() < part.end()) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            for (int i = lo - 1; i >= 0 && furthestEnd[i] > part.begin(); i--) {
                if (sorted.get(i).overlaps(part)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static Sentence sentenceOf(Document doc, Span span) {
        Token last = doc.tokenAt(Math.max(span.begin(), span.end() - 1));
        return last == null ? null : doc.sentences().get(last.sentence());
    }

    /**
     * What the two conversions read of the tokens of one stretch of text: the word in lower case, its tag, the
     * type of the name it is part of ("PERSON", … or "-"), and whether it is punctuation (quotation marks are
     * not). Indices count from the stretch's first token.
     */
    private static final class Words {
        private final List<Token> tokens;
        private final int first;
        final int size;
        final String[] word;
        final String[] pos;
        final String[] name;
        final boolean[] punctuation;
        /** For the opening mark of a quotation that closes in the stretch, the index after its closing mark; else -1. */
        final int[] quotationEnd;
        /** Whether the token is the opening or closing mark of a quotation. */
        final boolean[] quotationEdge;

        Words(Document doc, Span stretch) {
            List<Token> all = doc.tokens();
            int from = doc.firstTokenFrom(stretch.begin());
            int to = from;
            while (to < all.size() && all.get(to).begin() < stretch.end()) {
                to++;
            }
            this.tokens = all;
            this.first = from;
            this.size = to - from;
            word = new String[size];
            pos = new String[size];
            name = new String[size];
            punctuation = new boolean[size];
            quotationEnd = new int[size];
            quotationEdge = new boolean[size];
            for (int k = 0; k < size; k++) {
                Token token = all.get(from + k);
                word[k] = token.text().toLowerCase(Locale.ROOT);
                pos[k] = token.pos() == null ? "X" : token.pos();
                name[k] = "-";
                punctuation[k] = isPunctuation(token.text());
                quotationEnd[k] = -1;
            }
            markMentions(doc, stretch);
            markQuotations(doc, stretch);
        }

        private void markQuotations(Document doc, Span stretch) {
            List<Quotation> quotations = doc.quotations();
            for (int q = SortedByStart.firstFrom(quotations, Quotation::begin, stretch.begin());
                 q < quotations.size() && quotations.get(q).begin() < stretch.end(); q++) {
                Quotation quotation = quotations.get(q);
                int open = firstFrom(quotation.begin());
                if (open < size && tokens.get(first + open).begin() == quotation.begin()) {
                    quotationEdge[open] = true;
                }
                int close = firstFrom(quotation.end()) - 1;
                if (quotation.closed() && close >= 0 && close < size && tokens.get(first + close).end() == quotation.end()) {
                    quotationEdge[close] = true;
                    if (open < close && quotationEdge[open]) {
                        quotationEnd[open] = close + 1;
                    }
                }
            }
        }

        /**
         * Each token takes the kind of the last mention in the document's list that covers it, as the learned
         * stage's token table marks them, so a core is cut the same way there and here.
         */
        private void markMentions(Document doc, Span stretch) {
            if (size == 0) {
                return;
            }
            // A mention may start before the stretch or end after it; names are short.
            Span around = new Span(Math.max(0, stretch.begin() - 200), Math.min(doc.text().length(), stretch.end() + 200));
            for (EntityMention m : doc.mentionsWithin(around)) {
                String kind = m.kind() == MentionKind.NAME ? m.type().name() : m.kind() == MentionKind.PRONOUN ? "PRON" : "NOMINAL";
                for (int k = 0; k < size; k++) {
                    Token token = tokens.get(first + k);
                    if (token.begin() >= m.begin() && token.begin() < m.end()) {
                        name[k] = kind;
                    }
                }
            }
        }

        /**
         * What a source does not end with: punctuation (no letter or digit: "-Haag" of "Lindqvist-Haag" has one), and
         * a possessive ending, since a possessor source is the possessor ("NATO Chief" of "NATO Chief’s Defense").
         */
        private static boolean isPunctuation(String text) {
            if (text.length() == 1 && TokenText.isQuoteMark(text)) {
                return false;
            }
            return TokenText.isPossessiveMarker(text) || text.codePoints().noneMatch(Character::isLetterOrDigit);
        }

        /** The index of the first token at or after {@code offset}. */
        int firstFrom(int offset) {
            int k = SortedByStart.firstFrom(tokens, Token::begin, offset) - first;
            return Math.max(0, Math.min(size, k));
        }

        int begin(int k) {
            return tokens.get(first + k).begin();
        }

        int end(int k) {
            return tokens.get(first + k).end();
        }

        Span span(int begin, int end) {
            return new Span(tokens.get(first + begin).begin(), tokens.get(first + end - 1).end());
        }
    }
}
