package io.claimant.attribution;

import io.claimant.pipeline.Deadline;
import io.claimant.document.Claim;
import io.claimant.document.Document;
import io.claimant.document.Layer;
import io.claimant.lexicon.Lexicon;
import io.claimant.pipeline.Annotator;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Finds who said what and adds the CLAIMS layer: a candidate generator proposes attributions, and the assembler
 * resolves their speakers, types and confidence. Stateless, so one instance serves every thread.
 */
public final class AttributionAnnotator implements Annotator {

    private final CandidateGenerator generator;
    private final SpeakerResolver.Words speakerWords;
    private final CueClassifier cueClasses;

    /** With the built-in word lists for resolving speakers. */
    public AttributionAnnotator(CandidateGenerator generator) {
        this(generator, Lexicon.builtIn());
    }

    /**
     * {@code lexicon} gives the nouns that let "the company" or "the council’s report" name a speaker, and the
     * verb table that classes each cue.
     */
    public AttributionAnnotator(CandidateGenerator generator, Lexicon lexicon) {
        this.generator = generator;
        this.speakerWords = new SpeakerResolver.Words(lexicon);
        this.cueClasses = new CueClassifier(lexicon);
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.SENTENCES, Layer.TOKENS, Layer.POS, Layer.LEMMAS, Layer.ENTITIES, Layer.QUOTATIONS);
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.of(Layer.CLAIMS);
    }

    @Override
    public Document annotate(Document document) {
        List<Candidate> candidates = generator.candidates(document);
        ClaimAssembler assembler = new ClaimAssembler(document, speakerWords, cueClasses);
        List<Claim> claims = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            Deadline.check();
            claims.add(assembler.assemble(c, claims.size()));
        }
        return document.withClaims(claims);
    }
}
