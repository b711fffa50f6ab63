package io.claimant.cli;

import io.claimant.Claimant;
import io.claimant.document.Claim;
import io.claimant.document.ClaimContent;
import io.claimant.document.ClaimType;
import io.claimant.document.Cue;
import io.claimant.document.Document;
import io.claimant.document.Layer;
import io.claimant.document.Sentence;
import io.claimant.document.Token;
import io.claimant.pipeline.Annotator;
import io.claimant.pipeline.Pipeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The real pipeline, built once per JVM because its models take seconds to load.
 *
 * <p>The attribution annotator is still being written and may find no claims, which would leave the
 * claim lines untested. So a document that gets no claims from it gets one stand-in claim per sentence,
 * built on the real sentences, tokens and lemmas; once attribution works, its claims pass through untouched.
 */
final class TestPipeline {

    private static final class Holder {
        static final Pipeline PIPELINE = build();
    }

    private TestPipeline() {
    }

    static Pipeline shared() {
        return Holder.PIPELINE;
    }

    private static Pipeline build() {
        Pipeline.Builder builder = Pipeline.builder();
        Claimant.defaultPipeline().annotators().forEach(builder::add);
        return builder.add(new StandInClaims()).build();
    }

    private static final class StandInClaims implements Annotator {
        @Override
        public Set<Layer> requires() {
            return EnumSet.of(Layer.SENTENCES, Layer.TOKENS, Layer.LEMMAS, Layer.CLAIMS);
        }

        @Override
        public Set<Layer> provides() {
            return EnumSet.of(Layer.CLAIMS);
        }

        @Override
        public Document annotate(Document document) {
            if (!document.claims().isEmpty()) {
                return document;
            }
            List<Claim> claims = new ArrayList<>();
            for (Sentence sentence : document.sentences()) {
                Cue cue = null;
                for (Token token : document.tokens(sentence)) {
                    if ("say".equals(token.lemma())) {
                        cue = new Cue(token.span(), token.text(), token.lemma());
                        break;
                    }
                }
                String text = document.text(sentence.span());
                claims.add(new Claim(claims.size(), ClaimType.INDIRECT, null, cue,
                        new ClaimContent(sentence.span(), text, List.of(sentence.span())),
                        List.of(), sentence.index(), 0.5, List.of()));
            }
            return document.withClaims(claims);
        }
    }
}
