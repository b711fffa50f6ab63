package io.claimant.attribution.rules;

import io.claimant.document.Document;
import io.claimant.document.Quotation;
import io.claimant.document.Sentence;
import io.claimant.document.SortedByStart;
import io.claimant.document.Span;
import io.claimant.lexicon.Lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules' span finders, offered for any cue, including cues the rules would never take: the noun phrase
 * before the cue (or after an inverted one), the content after it (a that-clause, a quote, a bare clause), and
 * the quote or clause a tag closes. The learned role model reads these as features, so what the rules know
 * about noun phrases and clauses helps every cue the cue model finds. One instance serves one document.
 */
public final class RuleSpans {

    /** What the rules would take as the source and content of one cue; null where they see none. */
    public record Proposal(Span sourceBefore, Span sourceAfter, Span contentAfter, List<Span> contentBefore) {
    }

    private final Document doc;
    private final RuleLexicon lexicon;
    private final Map<Integer, SentenceView> views = new HashMap<>();
    private final List<Quotation> topQuotes;

    public RuleSpans(Document doc, Lexicon lexicon) {
        this.doc = doc;
        this.lexicon = new RuleLexicon(lexicon);
        this.topQuotes = doc.quotations().stream().filter(q -> q.depth() == 0).toList();
    }

    /**
     * Proposals for a cue of document tokens {@code [begin, end)} with head lemma {@code lemma}; {@code cuesInSentence}
     * are the document token indices of every cue of its sentence, where a content before a coordinated cue ends.
     */
    public Proposal propose(int begin, int end, String lemma, List<Integer> cuesInSentence) {
        int sentence = doc.tokens().get(begin).sentence();
        Sentence sent = doc.sentences().get(sentence);
        SentenceView s = views.computeIfAbsent(sentence, k -> new SentenceView(doc, sent));
        int first = sent.firstToken();
        int cue = begin - first;
        int cueEnd = end - first;
        Set<Integer> local = new LinkedHashSet<>();
        for (int c : cuesInSentence) {
            local.add(c - first);
        }
        SourceFinder sources = new SourceFinder(s, lexicon);
        ContentFinder contents = new ContentFinder(s, doc.quotations(), local, lexicon);
        SourceFinder.FoundSource before = sources.before(cue);
        SourceFinder.FoundSource after = cueEnd < s.size() ? sources.after(cueEnd) : null;
        ContentFinder.FoundContent content = cueEnd < s.size() ? contents.after(cueEnd, lemma) : null;
        return new Proposal(span(s, before), span(s, after), content == null ? null : contents.span(content),
                contentBefore(s, cue, before));
    }

    private static Span span(SentenceView s, SourceFinder.FoundSource f) {
        return f == null ? null : new Span(s.begin(f.begin()), s.end(f.end() - 1));
    }

    /**
     * A tag's content before it: the quotation closing just before the tag ("“…,” she said"), or the clause before
     * the comma that opens a tag at the sentence's end ("…, the minister said.").
     */
    private List<Span> contentBefore(SentenceView s, int cue, SourceFinder.FoundSource source) {
        int tagStart = source != null && source.end() <= cue ? source.begin() : cue;
        int k = tagStart - 1;
        while (k >= 0 && (s.is(k, ",") || s.isQuoteMark(k))) {
            k--;
        }
        if (k == tagStart - 1) {
            return null;
        }
        int offset = s.end(Math.max(0, k));
        Quotation q = lastQuoteBefore(s.begin(tagStart));
        if (q != null && q.end() >= offset && q.end() <= s.begin(tagStart) && q.closed()) {
            return new ArrayList<>(q.parts());
        }
        if (s.is(tagStart - 1, ",") && k >= 3 && restIsShort(s, cue)) {
            return List.of(new Span(s.begin(0), s.end(k)));
        }
        return null;
    }

    /** The last outermost quotation that starts before {@code offset}: a binary search, since they are sorted. */
    private Quotation lastQuoteBefore(int offset) {
        int next = SortedByStart.firstFrom(topQuotes, Quotation::begin, offset);
        return next == 0 ? null : topQuotes.get(next - 1);
    }

    private static boolean restIsShort(SentenceView s, int cue) {
        return s.size() - cue <= 8;
    }
}
