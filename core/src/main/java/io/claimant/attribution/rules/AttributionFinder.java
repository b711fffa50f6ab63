package io.claimant.attribution.rules;

import io.claimant.pipeline.Deadline;
import io.claimant.attribution.Candidate;
import io.claimant.document.Document;
import io.claimant.document.Quotation;
import io.claimant.document.Sentence;
import io.claimant.document.Span;
import io.claimant.lexicon.CueBehaviour;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds attributions sentence by sentence: cues with the content after them (indirect, or a quote after a
 * colon), speech tags after their content ("“…,” she said", "…, the minister said"), "according to X"; then
 * {@link QuoteContinuations} joins to each the quotes that continue it in the sentences and paragraphs after.
 */
final class AttributionFinder {

    private final Document doc;
    private final RuleLexicon lexicon;
    private final TopQuotations topQuotes;

    AttributionFinder(Document doc, RuleLexicon lexicon) {
        this.doc = doc;
        this.lexicon = lexicon;
        this.topQuotes = new TopQuotations(doc.quotations());
    }

    List<Candidate> find() {
        SentenceLayout layout = new SentenceLayout(doc, topQuotes);
        PunctuationCues punctuationCues = new PunctuationCues(doc, topQuotes, layout, lexicon.labelWords);
        List<Candidate> found = new ArrayList<>();
        List<QuoteContinuations.OpenCue> openCues = new ArrayList<>();
        for (Sentence sentence : doc.sentences()) {
            Deadline.check();
            SentenceView s = new SentenceView(doc, sentence);
            findInSentence(s, found, openCues);
            punctuationCues.read(s);
        }
        List<Candidate> punctuation = punctuationCues.found();
        found = outsideLabelledLines(found, punctuation, layout);
        found.addAll(punctuation);
        found.sort(Comparator.comparingInt(Candidate::firstOffset));
        return new QuoteContinuations(doc, topQuotes, layout).join(dedupe(found), openCues);
    }

    /**
     * The candidates whose cue is not inside what a "NAME:" line reports: "PENCE: Well, Hillary Clinton says …"
     * is Pence's claim, and the one inside it is nested (GUIDELINES R2).
     */
    private List<Candidate> outsideLabelledLines(List<Candidate> found, List<Candidate> punctuation,
                                                 SentenceLayout layout) {
        int[] labelEnd = new int[layout.paragraphCount()];
        Arrays.fill(labelEnd, Integer.MAX_VALUE);
        for (Candidate p : punctuation) {
            if (p.cueLemma().equals(":")) {
                labelEnd[paragraphOf(p)] = p.cue().end();
            }
        }
        List<Candidate> outside = new ArrayList<>(found.size());
        for (Candidate c : found) {
            if (c.cue() == null || c.cue().begin() < labelEnd[paragraphOf(c)]) {
                outside.add(c);
            }
        }
        return outside;
    }

    private int paragraphOf(Candidate c) {
        return doc.sentences().get(c.sentence()).paragraph();
    }

    private void findInSentence(SentenceView s, List<Candidate> out, List<QuoteContinuations.OpenCue> openCues) {
        Set<Integer> cues = new LinkedHashSet<>();
        for (int i = 0; i < s.size(); i++) {
            if (isCue(s, i) || isAccordingTo(s, i)) {
                cues.add(i);
            }
        }
        ContentFinder contents = new ContentFinder(s, doc.quotations(), cues, lexicon);
        SourceFinder sources = new SourceFinder(s, lexicon);
        for (int cue : cues) {
            if (insideQuotation(s.begin(cue))) {
                // Speech reported inside a quote ("I told them that …") belongs to the quote's speaker.
                continue;
            }
            Candidate c = isAccordingTo(s, cue) ? accordingTo(s, cue, contents) : fromCue(s, cue, contents, sources, out);
            if (c != null) {
                out.add(c);
            } else if (!isAccordingTo(s, cue)) {
                addOpenCue(s, cue, sources, openCues);
            }
        }
    }

    /** A speech verb with a source but nothing it reports in its sentence may introduce the quote after it. */
    private void addOpenCue(SentenceView s, int cue, SourceFinder sources, List<QuoteContinuations.OpenCue> openCues) {
        String lemma = cueLemma(s, cue);
        if (!lexicon.isSpeech(lemma) || s.token(cue).text().endsWith("ing")) {
            return;
        }
        SourceFinder.Found source = sources.before(cue);
        if (source != null) {
            openCues.add(new QuoteContinuations.OpenCue(new Span(s.begin(source.begin()), s.end(source.end() - 1)),
                    new Span(s.begin(cue), s.end(cue)), lemma, s.sentence.index(), lexicon.strength(lemma)));
        }
    }

    /**
     * The cue lemma of token {@code i}, or null. The tagger reads some participles as nouns ("with supporters
     * warning that"), so an -ing word followed by "that" is tried as a verb too.
     */
    String cueLemma(SentenceView s, int i) {
        if (lexicon.isCueLemma(s.lemma(i))) {
            return s.lemma(i);
        }
        String w = s.word(i);
        if (s.pos(i).equals("VERB") || headlineVerb(s, i)) {
            // The statistical lemmatizer misses some forms ("contended" → "contende"): try regular inflections.
            for (String stem : regularStems(w)) {
                if (lexicon.isCueLemma(stem)) {
                    return stem;
                }
            }
        }
        if (w.endsWith("ing") && w.length() > 5 && s.is(i + 1, "that")) {
            String stem = w.substring(0, w.length() - 3);
            if (lexicon.isCueLemma(stem)) {
                return stem;
            }
            if (lexicon.isCueLemma(stem + "e")) {
                return stem + "e";
            }
        }
        return null;
    }

    private static List<String> regularStems(String w) {
        List<String> stems = new ArrayList<>();
        for (String suffix : new String[] {"ed", "d", "es", "s", "ing"}) {
            if (w.endsWith(suffix) && w.length() > suffix.length() + 2) {
                String stem = w.substring(0, w.length() - suffix.length());
                stems.add(stem);
                stems.add(stem + "e");
                int n = stem.length();
                if (n > 2 && stem.charAt(n - 1) == stem.charAt(n - 2)) {
                    stems.add(stem.substring(0, n - 1)); // "admitted" → "admit"
                }
                if (stem.endsWith("i")) {
                    stems.add(stem.substring(0, n - 1) + "y"); // "replied" → "reply"
                }
            }
        }
        return stems;
    }

    private boolean isCue(SentenceView s, int i) {
        String lemma = cueLemma(s, i);
        if (lemma == null) {
            return false;
        }
        boolean verb = s.pos(i).equals("VERB") || headlineVerb(s, i)
                || (s.pos(i).equals("NOUN") || s.pos(i).equals("ADJ")) && (s.is(i + 1, "that", ":") || s.isQuoteMark(i + 1));
        if (!verb || s.is(i - 1, "to")) {
            return false;
        }
        // Passive ("it was announced that") has no written source; we leave it out rather than guess one.
        int k = i - 1;
        while (k >= 0 && s.pos(k).equals("ADV")) {
            k--;
        }
        if (s.is(k, "is", "was", "were", "are", "be", "been", "being") && !s.token(i).text().endsWith("ing")) {
            return false;
        }
        if (lemma.equals("point")) {
            return s.is(i + 1, "out");
        }
        return true;
    }

    /**
     * In a headline, an -s or -ed word right after a noun, whatever its tag: headlinese drops the articles and
     * auxiliaries that tell the tagger a verb ("study finds", "Rutte Says NATO Is Vital", "nurses’ union warns").
     */
    private static boolean headlineVerb(SentenceView s, int i) {
        String p = s.pos(i);
        if (!s.isHeadline() || !(p.equals("NOUN") || p.equals("PROPN") || p.equals("ADJ"))) {
            return false;
        }
        if (headlineTagComma(s, i) >= 0) {
            return true; // "…, final polls show"
        }
        // The subject right before, and something it reports right after ("… Over Police Shooting Comments." has not).
        String w = s.word(i);
        return (w.endsWith("s") || w.endsWith("ed")) && s.isNominal(i - 1) && !s.isPunct(i - 1)
                && i + 1 < s.size() && (!s.isPunct(i + 1) || s.isQuoteMark(i + 1));
    }

    /**
     * The comma before a tag of at most four words that ends a headline ("…, drone survey finds"), or -1. The
     * words between are the source whatever their tags: the tagger reads headlinese badly.
     */
    private static int headlineTagComma(SentenceView s, int cue) {
        for (int k = cue + 1; k < s.size(); k++) {
            if (!s.isPunct(k)) {
                return -1;
            }
        }
        for (int k = cue - 1; k >= 0 && k >= cue - 5; k--) {
            if (s.is(k, ",")) {
                return k < cue - 1 ? k : -1;
            }
            if (s.isPunct(k)) {
                return -1;
            }
        }
        return -1;
    }

    private boolean insideQuotation(int offset) {
        return topQuotes.inQuotedText(offset);
    }

    private static boolean isAccordingTo(SentenceView s, int i) {
        return s.is(i, "according") && s.is(i + 1, "to");
    }

    /** Sentence-local token range of the source of the last claim found in this sentence, or null. */
    private static SourceFinder.Found lastSourceInSentence(List<Candidate> found, SentenceView s) {
        for (int i = found.size() - 1; i >= 0; i--) {
            Candidate c = found.get(i);
            if (c.sentence() != s.sentence.index() || c.source() == null) {
                return null;
            }
            int b = -1;
            int e = -1;
            for (int k = 0; k < s.size(); k++) {
                if (s.begin(k) == c.source().begin()) {
                    b = k;
                }
                if (s.end(k) == c.source().end()) {
                    e = k + 1;
                }
            }
            return b >= 0 && e > b ? new SourceFinder.Found(b, e, false) : null;
        }
        return null;
    }

    private Candidate fromCue(SentenceView s, int cue, ContentFinder contents, SourceFinder sources,
                              List<Candidate> found) {
        String lemma = cueLemma(s, cue);
        int cueEnd = cue + 1;
        if (lemma.equals("point") && s.is(cueEnd, "out")) {
            cueEnd++;
        }
        if (lemma.equals("call") && s.is(cueEnd, "for", "on")) {
            cueEnd++;
        }
        Span cueSpan = new Span(s.begin(cue), s.end(cueEnd - 1));
        double strength = lexicon.strength(lemma);
        int contentFrom = lemma.equals("call") && s.is(cueEnd - 1, "for") ? cueEnd - 1 : cueEnd;
        // A tag between two quotes ("“A,” she said, “B.”") belongs to both, not just to the quote after it.
        Candidate tagged = tagAfterContent(s, cue, cueEnd, cueSpan, lemma, strength, sources);
        if (tagged != null && tagged.evidence() >= 1.0) {
            return tagged;
        }
        ContentFinder.Found content = contents.after(contentFrom, lemma);
        if (lemma.equals("call") && s.is(cueEnd - 1, "for", "on")) {
            lemma = "call " + s.word(cueEnd - 1);
        }
        if (content != null) {
            SourceFinder.Found source = sources.before(cue);
            if (source == null) {
                source = sources.sharedSubject(cue, lastSourceInSentence(found, s));
            }
            if (source == null) {
                return null;
            }
            List<Span> segments = segmentsOf(contents.span(content));
            if (quotationOpeningAt(s, content.begin()) != null) {
                // "said: “…" runs to the end of the quotation, whichever sentence or paragraph that is in, and
                // "said: “A.” “B.”" is made of two quotes, without the marks and the space between.
                Span span = contents.span(content);
                List<Span> quoted = topQuotes.partsIfOnlyQuotes(doc.text(), span.begin(), span.end());
                segments = quoted != null ? quoted : segments;
            }
            return new Candidate(new Span(s.begin(source.begin()), s.end(source.end() - 1)), cueSpan, lemma,
                    segments, s.sentence.index(), strength, content.evidence() * (source.participial() ? 0.9 : 1.0));
        }
        return tagged;
    }

    /** "“…,” she said." / "…, the minister said." / "“…,” said Karel Voss, “…”" */
    private Candidate tagAfterContent(SentenceView s, int cue, int cueEnd, Span cueSpan, String lemma,
                                      double strength, SourceFinder sources) {
        if (s.token(cue).text().endsWith("ing")) {
            return null; // "…, emphasizing the alliance’s importance": a participle is not a speech tag
        }
        // "“…, and nobody can tell me,” said X, …": a quote that opens the sentence and closes right before an
        // inverted cue is the content, not a parenthetical whose last noun would pass for the source.
        SourceFinder.Found source = invertedAfterOpeningQuote(s, cue, lemma) ? null : sources.before(cue);
        if (source == null && s.isHeadline() && headlineTagComma(s, cue) >= 0) {
            source = new SourceFinder.Found(headlineTagComma(s, cue) + 1, cue, false);
        }
        boolean inverted = false;
        int tagStart;
        int tagEnd;
        int opener = source == null ? -1 : tagOpener(s, source.begin());
        if (opener >= 0) {
            // Words the tagger could not place between the quote and the name still belong to the source.
            source = new SourceFinder.Found(opener + 1, source.end(), source.participial());
            tagStart = source.begin();
            tagEnd = cueEnd;
        } else if ((s.is(cue - 1, ",") || s.isQuoteMark(cue - 1)) && lexicon.has(lemma, CueBehaviour.INVERTED_TAG)) {
            source = sources.after(cueEnd);
            if (source == null) {
                return null;
            }
            tagStart = cue;
            tagEnd = source.end();
            inverted = true;
        } else {
            return null;
        }
        int after = tagEnd;
        while (after < s.size() && lexicon.tagTrailingWords.contains(s.word(after)) && !s.is(after, "that")) {
            after++;
        }
        // "…,” he told reporters outside his office in Estrava, “and …": a verbless phrase may trail the tag.
        int scan = after;
        while (scan < s.size() && scan - after < 10 && !s.isVerbal(scan) && !s.isPunct(scan)) {
            scan++;
        }
        if (!inverted && scan < s.size() && (s.is(scan, ",") && s.isQuoteMark(scan + 1) || s.is(scan, ".") && scan + 1 >= s.size())) {
            after = scan;
        }
        boolean endsSentence = after >= s.size() || s.is(after, ".", "!", "?") && after + 1 >= s.size()
                || s.is(after, ".") && s.isQuoteMark(after + 1);
        boolean continuesQuote = s.is(after, ",") && s.isQuoteMark(after + 1) || !inverted && s.isQuoteMark(after);
        boolean addsMore = s.is(after, ",", ";", "and");
        if (!endsSentence && !continuesQuote && !addsMore) {
            return null;
        }
        List<Span> segments = new ArrayList<>();
        double evidence;
        Quotation before = quotationEndingBefore(s.begin(tagStart));
        if (before != null) {
            segments.addAll(before.parts());
            evidence = 1.0;
            if (continuesQuote) {
                Quotation next = quotationStartingAfter(s.end(Math.min(after, s.size() - 1)) - 1);
                if (next != null) {
                    segments.addAll(next.parts());
                }
            }
        } else {
            int start = 0;
            int end = tagStart - 1; // the comma before the tag
            // Headlinese may have no word the tagger calls a verb: "Malaria drug halves hospital stays, researchers say".
            if (end - start < 4 || !hasVerb(s, start, end) && !s.isHeadline()) {
                return null;
            }
            segments.add(new Span(s.begin(start), s.end(end - 1)));
            evidence = 0.75;
        }
        Span src = new Span(s.begin(source.begin()), s.end(source.end() - 1));
        return new Candidate(src, cueSpan, lemma, segments, s.sentence.index(), strength, evidence);
    }

    /** The cue can stand before its speaker and follows the closing mark of a quote that opens the sentence. */
    private boolean invertedAfterOpeningQuote(SentenceView s, int cue, String lemma) {
        if (!s.isQuoteMark(cue - 1) || !lexicon.has(lemma, CueBehaviour.INVERTED_TAG)) {
            return false;
        }
        int q = topQuotes.containing(s.begin(cue - 1));
        return q >= 0 && topQuotes.get(q).begin() == s.begin(0) && topQuotes.get(q).end() == s.end(cue - 1);
    }

    /** The comma or closing quote a speech tag follows, at most two words before its source; else -1. */
    private static int tagOpener(SentenceView s, int sourceBegin) {
        for (int k = sourceBegin - 1; k >= 0 && k >= sourceBegin - 3; k--) {
            if (s.is(k, ",") || s.isQuoteMark(k)) {
                return k;
            }
            if (s.isPunct(k)) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean hasVerb(SentenceView s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.isVerbal(k)) {
                return true;
            }
        }
        return false;
    }

    /** The top-level quotation whose opening mark is token {@code i}, or null. */
    private Quotation quotationOpeningAt(SentenceView s, int i) {
        return s.isQuoteMark(i) ? topQuotes.openingAt(s.begin(i)) : null;
    }

    /**
     * A top-level quotation that closes right before {@code offset} (only spaces, commas and periods between),
     * or whose closing mark is the char at {@code offset}. Only the nearest one can be: any other has the
     * nearest one's marks between.
     */
    private Quotation quotationEndingBefore(int offset) {
        int after = topQuotes.firstEndingAfter(offset);
        if (after > 0 && onlyChars(topQuotes.get(after - 1).end(), offset, " ,.")) {
            return topQuotes.get(after - 1);
        }
        if (after < topQuotes.size() && topQuotes.get(after).end() == offset + 1 && topQuotes.get(after).begin() < offset) {
            return topQuotes.get(after);
        }
        return null;
    }

    /** The top-level quotation that opens after {@code offset} with only spaces and commas between, or null. */
    private Quotation quotationStartingAfter(int offset) {
        int next = topQuotes.firstFrom(offset);
        if (next < topQuotes.size() && onlyChars(offset, topQuotes.get(next).begin(), " ,")) {
            return topQuotes.get(next);
        }
        return null;
    }

    /** Whether {@code text[from, to)} holds only whitespace and chars of {@code allowed}. */
    private boolean onlyChars(int from, int to, String allowed) {
        for (int k = from; k < to; k++) {
            char c = doc.text().charAt(k);
            if (!Character.isWhitespace(c) && allowed.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private Candidate accordingTo(SentenceView s, int at, ContentFinder contents) {
        int npStart = at + 2;
        int npEnd = npStart;
        while (npEnd < s.size() && npEnd - npStart < 12 && !s.is(npEnd, ",", ".", ";", ":") && !s.isQuoteMark(npEnd)) {
            npEnd++;
        }
        if (npEnd == npStart) {
            return null;
        }
        Span cue = new Span(s.begin(at), s.end(at + 1));
        Span source = new Span(s.begin(npStart), s.end(npEnd - 1));
        Span content;
        if (at <= 2 && s.is(npEnd, ",")) {
            npEnd = skipApposition(s, npEnd);
            int end = contents.boundary(npEnd + 1);
            if (end <= npEnd + 1) {
                return null;
            }
            content = new Span(s.begin(npEnd + 1), s.end(end - 1));
        } else if (at > 2 && s.is(at - 1, ",")) {
            content = new Span(s.begin(0), s.end(at - 2));
        } else {
            return null;
        }
        return new Candidate(source, cue, "according to", segmentsOf(content), s.sentence.index(), 0.95, 0.95);
    }

    /** "According to Ilka Brenner, a shipping economist at X, …": the comma after the apposition, if any. */
    private static int skipApposition(SentenceView s, int comma) {
        if (!s.is(comma + 1, "a", "an", "the") && !s.pos(comma + 1).equals("PROPN")) {
            return comma;
        }
        for (int k = comma + 1; k < s.size() && k < comma + 12; k++) {
            if (s.is(k, ",")) {
                return k + 1 < s.size() ? k : comma;
            }
            if (s.isVerbal(k) || s.isPunct(k)) {
                return comma;
            }
        }
        return comma;
    }

    /** A content that covers exactly one multi-paragraph quotation keeps that quotation's parts as segments. */
    private List<Span> segmentsOf(Span content) {
        for (int at = Math.max(0, content.begin() - 1); at <= content.begin(); at++) {
            Quotation q = topQuotes.openingAt(at);
            if (q != null && q.isMultiParagraph()) {
                return q.parts();
            }
        }
        return List.of(content);
    }

    /** One claim per cue, and one per content: the first rule to claim a span keeps it. */
    private static List<Candidate> dedupe(List<Candidate> sorted) {
        List<Candidate> out = new ArrayList<>();
        Set<Span> cues = new HashSet<>();
        Set<Span> contents = new HashSet<>();
        for (Candidate c : sorted) {
            boolean newCue = c.cue() == null || !cues.contains(c.cue());
            if (newCue && contents.add(c.content())) {
                if (c.cue() != null) {
                    cues.add(c.cue());
                }
                out.add(c);
            }
        }
        return out;
    }
}
