package io.claimant.attribution;

import io.claimant.document.Claim;
import io.claimant.document.ClaimContent;
import io.claimant.document.ClaimSource;
import io.claimant.document.ClaimType;
import io.claimant.document.Cue;
import io.claimant.document.Document;
import io.claimant.document.Entity;
import io.claimant.document.Quotation;
import io.claimant.document.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns candidates into claims: resolves the source's core to speakers, classes the cue, decides the type from the quotations in the
 * content, lists the entities the content names, and scores confidence from the evidence.
 */
final class ClaimAssembler {

    private final Document doc;
    private final SpeakerResolver.Words words;
    private final SpeakerResolver speakers;
    private final CueClassifier cueClasses;
    private final ContentQuotations quotations;
    /** The claim assembled just before, for sources that refer back to it. Claims come in document order. */
    private Claim previous;

    ClaimAssembler(Document doc, SpeakerResolver.Words words, CueClassifier cueClasses) {
        this.doc = doc;
        this.words = words;
        this.speakers = new SpeakerResolver(doc, words);
        this.cueClasses = cueClasses;
        this.quotations = new ContentQuotations(doc);
    }

    Claim assemble(Candidate c, int index) {
        ClaimSource source = null;
        SpeakerResolver.Resolution how = null;
        if (c.source() != null) {
            // The core names the speaker; what the whole source adds ("a Republican tax consultant") only describes.
            SpeakerResolver.Resolved r = speakers.resolve(c.sourceCore());
            String text = doc.text(c.sourceCore());
            List<Entity> entities = r.entities();
            if (entities.isEmpty() && words.continuingPronouns().contains(text.toLowerCase(Locale.ROOT)) && previous != null && previous.source() != null
                    && c.sentence() - previous.sentence() <= 2) {
                // "The union said … and it called for …": "it" and "they" continue the previous source.
                entities = previous.source().entities();
                how = entities.isEmpty() ? SpeakerResolver.Resolution.UNRESOLVED : SpeakerResolver.Resolution.PRONOUN_OR_TITLE;
            } else {
                how = r.how();
            }
            source = new ClaimSource(c.source(), doc.text(c.source()), new ClaimSource.Core(c.sourceCore(), text), entities);
        }
        Cue cue = c.cue() == null ? null
                : new Cue(c.cue(), doc.text(c.cue()), c.cueLemma(), cueClasses.classOf(c.cueLemma()));
        Span span = c.content();
        ClaimContent content = new ClaimContent(span, doc.text(span), c.segments());

        List<Quotation> inside = quotations.in(c);
        List<Span> quotes = new ArrayList<>();
        boolean balanced = true;
        for (Quotation q : inside) {
            quotes.addAll(q.parts());
            balanced &= q.closed();
        }
        ClaimType type = QuoteTypes.of(c.segments(), inside);
        double confidence = c.cueStrength() * c.evidence() * sourceFactor(how) * (balanced ? 1.0 : 0.8);
        Claim claim = new Claim(index, type, source, cue, content, quotes, c.sentence(), round(confidence),
                ContentMentions.in(doc, span));
        previous = claim;
        return claim;
    }

    private static double sourceFactor(SpeakerResolver.Resolution how) {
        if (how == null) {
            return 0.6;
        }
        return switch (how) {
            case NAMED -> 1.0;
            case PRONOUN_OR_TITLE -> 0.92;
            case GROUP_RESOLVED -> 0.88;
            case UNRESOLVED -> 0.85;
        };
    }

    private static double round(double v) {
        return Math.round(Math.max(0, Math.min(1, v)) * 1000) / 1000.0;
    }
}
