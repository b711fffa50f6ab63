package io.claimant.attribution.rules;

import io.claimant.pipeline.Deadline;
import io.claimant.attribution.Candidate;
import io.claimant.document.Document;
import io.claimant.document.Sentence;
import io.claimant.document.Span;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds attributions sentence by sentence, and puts together what each rule finds. In each sentence,
 * {@link CueWords} finds the cues; "according to X" is read by {@link AccordingTo}, and every other cue by
 * {@link VerbCues}: the content after it (indirect, or a quote after a colon), or, through {@link SpeechTags}, the
 * content before it ("“…,” she said", "…, the minister said"). {@link PunctuationCues} reads the colons and dashes
 * that alone tie a line to its speaker. Last, {@link QuoteContinuations} joins to each attribution the quotes that
 * continue it in the sentences and paragraphs after, and gives a speech verb that found no content the quote after
 * its sentence.
 */
final class AttributionFinder {

    private final Document doc;
    private final RuleLexicon lexicon;
    private final TopQuotations topQuotes;
    private final CueWords cueWords;
    private final AccordingTo accordingTo;
    private final VerbCues verbCues;

    AttributionFinder(Document doc, RuleLexicon lexicon) {
        this.doc = doc;
        this.lexicon = lexicon;
        this.topQuotes = new TopQuotations(doc.quotations());
        this.cueWords = new CueWords(lexicon);
        NearbyQuotes nearby = new NearbyQuotes(doc, topQuotes);
        this.accordingTo = new AccordingTo(nearby);
        this.verbCues = new VerbCues(lexicon, cueWords, nearby, new SpeechTags(lexicon, topQuotes, nearby));
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

    private void findInSentence(SentenceView s, List<Candidate> out, List<QuoteContinuations.OpenCue> openCues) {
        Set<Integer> cues = cueWords.in(s);
        ContentFinder contents = new ContentFinder(s, doc.quotations(), cues, lexicon);
        SourceFinder sources = new SourceFinder(s, lexicon);
        for (int cue : cues) {
            if (topQuotes.inQuotedText(s.begin(cue))) {
                // Speech reported inside a quote ("I told them that …") belongs to the quote's speaker.
                continue;
            }
            boolean according = AccordingTo.startsAt(s, cue);
            Candidate c = according ? accordingTo.candidate(s, cue, contents)
                    : verbCues.candidate(s, cue, contents, sources, out);
            if (c != null) {
                out.add(c);
            } else if (!according) {
                QuoteContinuations.OpenCue open = verbCues.openCue(s, cue, sources);
                if (open != null) {
                    openCues.add(open);
                }
            }
        }
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
