package io.claimant.attribution.rules;

import io.claimant.attribution.Candidate;
import io.claimant.document.Document;
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
 * Attributions whose cue is a punctuation mark that alone ties what was said to its speaker (GUIDELINES R5c):
 * <ul>
 *   <li>a colon after a name that opens a paragraph: transcripts ("TAPPER: Do you think …", "ROMEO: “Is the day
 *   so young?”") and headlines ("Rutte: ‘We stay’"); the content is the rest of the paragraph;</li>
 *   <li>a dash before a name after a quote, at the end of its paragraph ("“…” ― Albert Einstein") or on a line of
 *   its own below it; the content is the quote.</li>
 * </ul>
 * One look at the first and the last sentence of each paragraph, as the attribution finder reads them.
 */
final class PunctuationCues {

    /** A speaker's name before a colon: "TAPPER", "Dr. Ines Falk". Longer, it is a sentence that runs on. */
    private static final int MAX_LABEL_TOKENS = 4;
    /** Headlines name speakers with their role: "Elizabeth Warren Hammers Wells Fargo CEO: ‘…’". */
    private static final int MAX_HEADLINE_LABEL_TOKENS = 6;
    private static final int MAX_SIGNATURE_TOKENS = 6;
    private static final Set<String> DASHES = Set.of("―", "—", "–", "-", "--");
    /** How surely a colon or a dash after a name reports what that person said. */
    private static final double STRENGTH = 0.85;
    private static final double EVIDENCE = 0.9;

    private final Document doc;
    private final String text;
    private final TopQuotations quotes;
    private final SentenceLayout layout;
    private final Set<String> labelWords;
    /** Per paragraph, the label that opens it, or null. */
    private final Candidate[] labels;
    private final List<Candidate> signatures = new ArrayList<>();

    PunctuationCues(Document doc, TopQuotations quotes, SentenceLayout layout, Set<String> labelWords) {
        this.doc = doc;
        this.text = doc.text();
        this.quotes = quotes;
        this.layout = layout;
        this.labelWords = labelWords;
        this.labels = new Candidate[layout.paragraphCount()];
    }

    /** Reads the document's sentences one by one, in order: a label opens a paragraph, a signature ends one. */
    void read(SentenceView s) {
        List<Sentence> sentences = doc.sentences();
        int k = s.sentence.index();
        int paragraph = s.sentence.paragraph();
        if (k == 0 || sentences.get(k - 1).paragraph() != paragraph) {
            labels[paragraph] = label(s);
        }
        if (k + 1 == sentences.size() || sentences.get(k + 1).paragraph() != paragraph) {
            Candidate signature = signature(s.sentence);
            if (signature != null) {
                signatures.add(signature);
            }
        }
    }

    /** What {@link #read} found: signatures, and labels with the transcript paragraphs that continue them. */
    List<Candidate> found() {
        List<Candidate> found = new ArrayList<>(signatures);
        for (Candidate label : labels) {
            if (label != null) {
                found.add(continuedTranscript(label));
            }
        }
        return found;
    }

    /**
     * A transcript quoted as a whole reopens its quotation in every paragraph ("WALLACE: …⏎"PENCE: …⏎"…): the
     * paragraphs after a speaker's line that carry no name of their own are that speaker's too.
     */
    private Candidate continuedTranscript(Candidate label) {
        int q = quotes.containing(label.cue().begin());
        if (q < 0 || !quotes.get(q).isMultiParagraph()) {
            return label;
        }
        List<Span> segments = new ArrayList<>(label.segments());
        List<Span> parts = quotes.get(q).parts();
        // Start after the label's own part, so that a transcript of many speakers is read once, not once per speaker.
        for (int k = SortedByStart.firstFrom(parts, Span::begin, label.cue().end()); k < parts.size(); k++) {
            if (labels[layout.paragraphAt(parts.get(k).begin())] != null) {
                break;
            }
            segments.add(parts.get(k));
        }
        return segments.size() == label.segments().size() ? label : new Candidate(label.source(), label.cue(),
                label.cueLemma(), segments, label.sentence(), label.cueStrength(), label.evidence());
    }

    /** "NAME: what they said" at the start of a paragraph, after any opening quotation mark. */
    private Candidate label(SentenceView s) {
        int first = 0;
        while (s.isQuoteMark(first)) {
            first = s.markEnd(first); // "WALLACE: … inside a transcript quoted as a whole
        }
        int max = s.isHeadline() ? MAX_HEADLINE_LABEL_TOKENS : MAX_LABEL_TOKENS;
        int colon = first;
        while (colon < s.size() && colon - first <= max && !s.is(colon, ":")) {
            colon++;
        }
        if (colon == first || colon >= s.size() || colon - first > max || !isLabel(s, first, colon)) {
            return null;
        }
        int paragraph = s.sentence.paragraph();
        int begin = skipSpaces(s.end(colon), layout.paragraphEnd(paragraph));
        List<Span> segments = contentToParagraphEnd(begin, layout.paragraphEnd(paragraph));
        if (segments == null) {
            return null;
        }
        return new Candidate(new Span(s.begin(first), s.end(colon - 1)), new Span(s.begin(colon), s.end(colon)), ":",
                segments, s.sentence.index(), STRENGTH, EVIDENCE);
    }

    /**
     * A speaker's name: capitalised words, in capitals in a transcript (TAPPER) or recognised as a name, any
     * capitalised words in a headline; not a label such as "Update" or "Editor's note".
     */
    private boolean isLabel(SentenceView s, int from, int to) {
        boolean capitals = true;
        boolean name = true;
        for (int k = from; k < to; k++) {
            String t = s.token(k).text();
            if (!Character.isUpperCase(t.codePointAt(0)) || s.isPunct(k)) {
                return false;
            }
            capitals &= t.equals(t.toUpperCase(Locale.ROOT)) && t.codePoints().anyMatch(Character::isLetter);
            name &= s.inName(k);
        }
        return (capitals || name || s.isHeadline()) && !labelWords.contains(s.word(to - 1));
    }

    /** The paragraph after a label: its quotes when it holds nothing else, else its text without final punctuation. */
    private List<Span> contentToParagraphEnd(int begin, int end) {
        if (begin >= end) {
            return null;
        }
        if (quotes.openingAt(begin) != null) {
            List<Span> parts = quotes.partsIfOnlyQuotes(text, begin, end);
            if (parts != null) {
                return parts;
            }
        }
        int e = end;
        while (e > begin && ".,;:!?".indexOf(text.charAt(e - 1)) >= 0) {
            e--;
        }
        return e > begin ? List.of(new Span(begin, e)) : null;
    }

    /**
     * "“…” ― Name" ending the paragraph whose last sentence is {@code last}, or "― Name" as a paragraph of its own
     * under a quote. Read on the paragraph's tokens: the sentence splitter may cut "Edwin G. Monroy" or put the
     * dash at the end of the quote's sentence.
     */
    private Candidate signature(Sentence last) {
        List<Token> tokens = doc.tokens();
        int paragraph = last.paragraph();
        int first = doc.firstTokenFrom(layout.paragraphBegin(paragraph));
        int k = last.endToken() - 1;
        while (k >= first && tokens.get(k).text().equals(".")) {
            k--;
        }
        int nameLast = k;
        while (k >= first && nameLast - k < MAX_SIGNATURE_TOKENS && isNamePart(tokens, k, first, nameLast)) {
            k--;
        }
        if (k < first || k == nameLast || !DASHES.contains(tokens.get(k).text())
                || !Character.isUpperCase(tokens.get(k + 1).text().codePointAt(0))) {
            return null;
        }
        Token dash = tokens.get(k);
        List<Span> quoted;
        if (dash.begin() == layout.paragraphBegin(paragraph)) {
            quoted = paragraph > 0 && layout.paragraphIsQuoteOnly(paragraph - 1)
                    ? quotedFrom(layout.paragraphBegin(paragraph - 1), layout.paragraphEnd(paragraph - 1)) : null;
        } else {
            quoted = quotedFrom(layout.paragraphBegin(paragraph), dash.begin());
        }
        if (quoted == null) {
            return null;
        }
        return new Candidate(new Span(tokens.get(k + 1).begin(), tokens.get(nameLast).end()),
                new Span(dash.begin(), dash.end()), dash.text(), quoted, dash.sentence(), STRENGTH, EVIDENCE);
    }

    /** A word of a name: capitalised, a particle inside it ("de", "van"), or the period of an initial ("G."). */
    private static boolean isNamePart(List<Token> tokens, int k, int first, int nameLast) {
        String t = tokens.get(k).text();
        if (t.equals(".")) {
            return k > first && tokens.get(k - 1).text().length() == 1 && k < nameLast;
        }
        if (TokenText.isPunctuation(tokens.get(k))) {
            return false;
        }
        boolean particle = k < nameLast && t.length() <= 3 && t.chars().allMatch(Character::isLowerCase);
        return Character.isUpperCase(t.codePointAt(0)) || particle;
    }

    /** The parts of the quotes that make up {@code [from, to)}, counting one that began in an earlier paragraph. */
    private List<Span> quotedFrom(int from, int to) {
        int open = quotes.containing(from);
        return quotes.partsIfOnlyQuotes(text, open >= 0 ? quotes.get(open).begin() : from, to);
    }

    private int skipSpaces(int from, int to) {
        int k = from;
        while (k < to && Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        return k;
    }
}
