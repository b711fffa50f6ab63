package io.claimant.eval;

import io.claimant.document.Document;
import io.claimant.document.EntityMention;
import io.claimant.document.EntityType;
import io.claimant.document.Layer;
import io.claimant.document.MentionKind;
import io.claimant.document.Sentence;
import io.claimant.document.Token;
import io.claimant.pipeline.Annotator;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ConllEvaluatorTest {

    private static Path resource(String name) throws Exception {
        return Path.of(ConllEvaluatorTest.class.getResource("/conll/" + name).toURI());
    }

    @Test
    void iob2ChunksStartAtB() {
        List<ConllEvaluator.Chunk> chunks = ConllEvaluator.chunks(0, List.of("O", "B-PER", "I-PER", "B-PER", "O", "B-LOC"));
        assertEquals(List.of(new ConllEvaluator.Chunk(0, 1, 3, "PERSON"), new ConllEvaluator.Chunk(0, 3, 4, "PERSON"),
                new ConllEvaluator.Chunk(0, 5, 6, "LOCATION")), chunks);
    }

    @Test
    void iob1UsesBOnlyBetweenAdjacentEntitiesOfOneType() {
        List<ConllEvaluator.Chunk> chunks = ConllEvaluator.chunks(0,
                List.of("O", "I-PER", "I-PER", "O", "I-PER", "I-PER", "B-PER", "I-PER", "O", "I-LOC"));
        assertEquals(List.of(new ConllEvaluator.Chunk(0, 1, 3, "PERSON"), new ConllEvaluator.Chunk(0, 4, 6, "PERSON"),
                new ConllEvaluator.Chunk(0, 6, 8, "PERSON"), new ConllEvaluator.Chunk(0, 9, 10, "LOCATION")), chunks);
    }

    /** Tags fixed token sequences, so the expected counts can be worked out by hand. */
    private static final class ListRecognizer implements Annotator {
        private final Map<String, EntityType> names;

        ListRecognizer(Map<String, EntityType> names) {
            this.names = names;
        }

        @Override public Set<Layer> requires() { return EnumSet.of(Layer.SENTENCES, Layer.TOKENS); }
        @Override public Set<Layer> provides() { return EnumSet.of(Layer.ENTITY_MENTIONS); }

        @Override
        public Document annotate(Document doc) {
            List<EntityMention> found = new ArrayList<>();
            for (Sentence s : doc.sentences()) {
                String line = doc.text(s.span());
                for (var en : names.entrySet()) {
                    for (int at = line.indexOf(en.getKey()); at >= 0; at = line.indexOf(en.getKey(), at + 1)) {
                        int b = s.begin() + at;
                        found.add(new EntityMention(b, b + en.getKey().length(), en.getKey(), en.getValue(),
                                MentionKind.NAME, s.index(), null));
                    }
                }
            }
            return doc.withMentions(found);
        }
    }

    @Test
    void scoresTheRecognizerOnTheFilesOwnTokens() throws Exception {
        // Right: Ana Ruiz. Wrong type: Port Varnholm as ORGANIZATION. Wrong boundary: Federation alone.
        // Missed: Estravan. So TP 1, FP 2, FN 3.
        Annotator recognizer = new ListRecognizer(Map.of("Ana Ruiz", EntityType.PERSON,
                "Port Varnholm", EntityType.ORGANIZATION, "Federation", EntityType.ORGANIZATION));
        assertEquals(new Counts(1, 2, 3), ConllEvaluator.evaluate(resource("invented-iob2.conll"), recognizer));
    }

    @Test
    void iob1FileScoresTheSameWay() throws Exception {
        Annotator recognizer = new ListRecognizer(Map.of("Ana Ruiz", EntityType.PERSON,
                "Karel Voss Ilse Brandt", EntityType.PERSON, "Varnholm", EntityType.LOCATION));
        // Gold: Ana Ruiz, Karel Voss, Ilse Brandt, Varnholm. The merged Karel Voss Ilse Brandt matches neither.
        assertEquals(new Counts(2, 1, 2), ConllEvaluator.evaluate(resource("invented-iob1.conll"), recognizer));
    }
}
