package io.claimant.pipeline;

import io.claimant.document.Document;
import io.claimant.testing.SharedPipeline;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Every annotator checks the document's deadline as it goes: one given a deadline already past stops with
 * {@link TimeLimitExceededException} instead of finishing, so a pathological document cannot hold a worker.
 */
class CooperativeDeadlineTest {

    @Test
    void everyAnnotatorStopsOnceTheDeadlineHasPassed() throws InterruptedException {
        List<Annotator> learned = SharedPipeline.claimant().pipeline().annotators();
        List<Annotator> annotators = new ArrayList<>(learned);
        List<Annotator> rules = SharedPipeline.rules().pipeline().annotators();
        annotators.add(rules.get(rules.size() - 1));

        // Each annotator's input, made by the ones before it with no limit.
        List<Document> inputs = new ArrayList<>();
        Document doc = Document.of("news", ScalingTest.news());
        for (Annotator a : learned) {
            inputs.add(doc);
            doc = a.annotate(doc);
        }
        inputs.add(inputs.get(inputs.size() - 1)); // the rules' attribution takes what the learned one took
        assertFalse(doc.claims().isEmpty(), "the text has claims, so attribution has work to stop");

        Deadline past = Deadline.in(1e-6);
        Thread.sleep(5);
        for (int i = 0; i < annotators.size(); i++) {
            Annotator a = annotators.get(i);
            Document input = inputs.get(i);
            assertThrows(TimeLimitExceededException.class, () -> past.run(() -> a.annotate(input)),
                    a.name() + " should check the deadline");
        }
    }
}
