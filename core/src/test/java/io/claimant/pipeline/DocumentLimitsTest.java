package io.claimant.pipeline;

import io.claimant.document.Document;
import io.claimant.document.Layer;
import io.claimant.quote.QuotationAnnotator;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The size limit and the time budget: a document past either fails with its code, and the batch goes on. */
class DocumentLimitsTest {

    /** Spins over its text for as long as the text says, checking the deadline as annotators must. */
    private static final class CooperativeSpinner implements Annotator {
        @Override public Set<Layer> requires() { return EnumSet.noneOf(Layer.class); }
        @Override public Set<Layer> provides() { return EnumSet.noneOf(Layer.class); }
        @Override public Document annotate(Document d) {
            long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millisIn(d.text()));
            while (System.nanoTime() < until) {
                Deadline.check();
            }
            return d;
        }
    }

    /** Like a library call that cannot check: it ignores the deadline and interrupts, and spins on. */
    private static final class Deaf implements Annotator {
        @Override public Set<Layer> requires() { return EnumSet.noneOf(Layer.class); }
        @Override public Set<Layer> provides() { return EnumSet.noneOf(Layer.class); }
        @Override public Document annotate(Document d) {
            long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millisIn(d.text()));
            while (System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            return d;
        }
    }

    private static long millisIn(String text) {
        return text.startsWith("spin ") ? Long.parseLong(text.substring(5).trim()) : 0;
    }

    @Test
    void aDocumentPastItsBudgetFailsWithTimeLimitAndTheOthersGoOn() {
        Pipeline pipeline = Pipeline.builder().add(new CooperativeSpinner()).add(new QuotationAnnotator())
                .limits(DocumentLimits.DEFAULT.withBudget(TimeBudget.fixed(0.3))).build();
        List<DocumentResult> results = pipeline.processAll(List.of(
                DocumentInput.ofText("quick", "“Fine,” she said."),
                DocumentInput.ofText("slow", "spin 60000"),
                DocumentInput.ofText("after", "“Also fine,” he said.")), 2);
        assertFalse(results.get(0).failed());
        assertEquals(ErrorCode.TIME_LIMIT, results.get(1).code());
        assertTrue(results.get(1).error().startsWith("time limit"), results.get(1).error());
        assertTrue(results.get(1).seconds() < 5, "stopped at " + results.get(1).seconds() + " s");
        assertEquals(1, results.get(2).document().quotations().size());
    }

    @Test
    void theJavaApiStopsAtTheSameBudget() {
        Pipeline pipeline = Pipeline.builder().add(new CooperativeSpinner())
                .limits(DocumentLimits.DEFAULT.withBudget(TimeBudget.fixed(0.2))).build();
        DocumentException e = assertThrows(DocumentException.class, () -> pipeline.annotate("d", "spin 60000"));
        assertEquals(ErrorCode.TIME_LIMIT, e.code());
        assertEquals("spin 10", pipeline.annotate("d", "spin 10").text());
    }

    @Test
    void aWorkerThatNeverChecksIsAbandonedAfterTheGraceAndReplaced() {
        Pipeline pipeline = Pipeline.builder().add(new Deaf())
                .limits(DocumentLimits.DEFAULT.withBudget(TimeBudget.fixed(0.2))).build();
        List<DocumentInput> inputs = new ArrayList<>();
        inputs.add(DocumentInput.ofText("stuck-1", "spin 20000"));
        inputs.add(DocumentInput.ofText("stuck-2", "spin 20000"));
        for (int i = 0; i < 6; i++) {
            inputs.add(DocumentInput.ofText("ok-" + i, "Ordinary text " + i + "."));
        }
        List<DocumentResult> results = new ArrayList<>();
        long start = System.nanoTime();
        new OrderedBatch(pipeline, 2, TimeUnit.MILLISECONDS.toNanos(300)).run(inputs, results::add);
        double seconds = (System.nanoTime() - start) / 1e9;
        // Both workers are stuck for 20 s; the batch must not wait for them.
        assertTrue(seconds < 5, "took " + seconds + " s");
        assertEquals(8, results.size());
        assertEquals(ErrorCode.TIME_LIMIT, results.get(0).code());
        assertEquals(ErrorCode.TIME_LIMIT, results.get(1).code());
        for (int i = 2; i < 8; i++) {
            assertEquals("ok-" + (i - 2), results.get(i).id());
            assertFalse(results.get(i).failed(), results.get(i).error());
        }
    }

    @Test
    void textOverTheSizeLimitFailsAtOnceWithTooLarge() {
        Pipeline pipeline = Pipeline.builder().add(new QuotationAnnotator())
                .limits(DocumentLimits.DEFAULT.withMaxBytes(30)).build();
        // 11 characters, but 33 bytes in UTF-8: the limit counts bytes.
        DocumentException e = assertThrows(DocumentException.class, () -> pipeline.annotate("d", "€€€€€€€€€€€"));
        assertEquals(ErrorCode.TOO_LARGE, e.code());
        assertTrue(pipeline.annotate("d", "“Short,” he said.").has(Layer.QUOTATIONS));
        DocumentResult r = pipeline.processAll(List.of(DocumentInput.ofText("big", "x".repeat(31))), 1).get(0);
        assertEquals(ErrorCode.TOO_LARGE, r.code());
    }

    @Test
    void theDefaultBudgetGrowsWithTheText() {
        assertEquals(30.0, TimeBudget.DEFAULT.secondsFor(0), 1e-9);
        assertEquals(35.0, TimeBudget.DEFAULT.secondsFor(50_000), 1e-9);
        assertEquals(0.0, TimeBudget.NONE.secondsFor(1_000_000), 1e-9);
        assertFalse(TimeBudget.NONE.deadlineFor(10).isLimited());
    }
}
