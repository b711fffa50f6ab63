package io.claimant.attribution;

import io.claimant.document.Claim;
import io.claimant.document.ClaimContent;
import io.claimant.document.ClaimType;
import io.claimant.document.Document;
import io.claimant.document.Quotation;
import io.claimant.document.Sentence;
import io.claimant.document.SortedByStart;
import io.claimant.document.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One claim per content segment, for users who want one record per quote (as the GDELT Global Quotation Graph
 * has): a quote interrupted by its speech tag ("“We will stay,” she said, “and we will win.”"), a quote carried on
 * in the sentences or paragraphs after its cue, or a quote of several paragraphs is one claim with several
 * {@link ClaimContent#segments()}, and becomes one claim per segment here.
 *
 * <p>Each segment's claim keeps the whole claim's index, source, cue, confidence and, when there is a cue, its
 * sentence. Its content is the segment alone (one segment); its quotes are the claim's quote parts that overlap the
 * segment; its mentions are the entities named inside the segment; its type is decided again, by the rule that
 * decides a whole claim's, from the quotations of those parts alone, so that a paraphrase and a quote after it
 * ("The plan, she said, “will not survive the winter.”") become an indirect and a direct record; and a claim
 * without a cue takes the sentence its segment starts in. A claim with one segment is returned as it is
 * ({@link ClaimPart#whole}), so that its record is the same in both modes.
 *
 * <p>Splitting a document's claims costs one pass over its quotations, then per claim one sweep over its quote
 * parts and per segment two binary searches (its mentions, its sentence): linear in the document, as the pipeline is.
 */
public final class ClaimSegments {

    private final Document document;
    /** Each quote part of an outermost quotation, to its quotation: claims list the parts of the ones they hold. */
    private final Map<Span, Quotation> quotationByPart = new HashMap<>();

    private ClaimSegments(Document document) {
        this.document = document;
        for (Quotation q : document.quotations()) {
            if (q.depth() == 0) {
                for (Span part : q.parts()) {
                    quotationByPart.putIfAbsent(part, q);
                }
            }
        }
    }

    /** For a document whose claims are split one by one ({@link #split(Claim)}). */
    public static ClaimSegments in(Document document) {
        return new ClaimSegments(document);
    }

    /** Every claim of the document, split, in document order: the segments of a claim in their order. */
    public static List<ClaimPart> split(Document document) {
        ClaimSegments segments = in(document);
        List<ClaimPart> out = new ArrayList<>(document.claims().size());
        for (Claim claim : document.claims()) {
            out.addAll(segments.split(claim));
        }
        return out;
    }

    /** One claim of the document, split: one part per segment, or the claim whole when it has one segment. */
    public static List<ClaimPart> split(Document document, Claim claim) {
        return in(document).split(claim);
    }

    /** {@code claim}, a claim of this document, split into one part per content segment, in the segments' order. */
    public List<ClaimPart> split(Claim claim) {
        List<Span> segments = claim.content().segments();
        if (segments.size() <= 1) {
            return List.of(ClaimPart.whole(claim));
        }
        List<Span> quotes = new ArrayList<>(claim.quotes());
        quotes.sort(null);
        List<ClaimPart> out = new ArrayList<>(segments.size());
        // One sweep over the quote parts for all segments (both in document order), so that a quote of thousands
        // of paragraphs costs the same per segment as a short one.
        int from = 0;
        int previousBegin = Integer.MIN_VALUE;
        for (int i = 0; i < segments.size(); i++) {
            Span segment = segments.get(i);
            if (segment.begin() < previousBegin) {
                from = 0; // segments out of document order: look again from the first quote
            }
            previousBegin = segment.begin();
            while (from < quotes.size() && quotes.get(from).end() <= segment.begin()) {
                from++;
            }
            List<Span> inSegment = new ArrayList<>();
            for (int k = from; k < quotes.size() && quotes.get(k).begin() < segment.end(); k++) {
                if (quotes.get(k).overlaps(segment)) {
                    inSegment.add(quotes.get(k));
                }
            }
            out.add(new ClaimPart(segmentClaim(claim, segment, inSegment), i + 1, segments.size()));
        }
        return out;
    }

    private Claim segmentClaim(Claim claim, Span segment, List<Span> quotes) {
        List<Quotation> quotations = new ArrayList<>();
        for (Span part : quotes) {
            Quotation q = quotationByPart.get(part);
            if (q != null && (quotations.isEmpty() || quotations.get(quotations.size() - 1) != q)) {
                quotations.add(q);
            }
        }
        ClaimType type = QuoteTypes.of(List.of(segment), quotations);
        ClaimContent content = new ClaimContent(segment, document.text(segment), List.of(segment));
        int sentence = claim.cue() != null ? claim.sentence() : sentenceAt(segment.begin(), claim.sentence());
        return new Claim(claim.index(), type, claim.source(), claim.cue(), content, quotes, sentence,
                claim.confidence(), ContentMentions.in(document, segment));
    }

    /** The index of the sentence holding {@code offset}; {@code otherwise} when the document has no sentences. */
    private int sentenceAt(int offset, int otherwise) {
        List<Sentence> sentences = document.sentences();
        int i = SortedByStart.firstFrom(sentences, Sentence::begin, offset + 1) - 1;
        return i >= 0 ? sentences.get(i).index() : otherwise;
    }
}
