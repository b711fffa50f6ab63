package io.claimant.pipeline;

import io.claimant.document.Document;
import io.claimant.document.Layer;
import io.claimant.quote.QuotationAnnotator;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PipelineTest {

    /** Needs tokens, which nothing before it adds. */
    private static final class NeedsTokens implements Annotator {
        @Override public Set<Layer> requires() { return EnumSet.of(Layer.TOKENS); }
        @Override public Set<Layer> provides() { return EnumSet.of(Layer.CLAIMS); }
        @Override public Document annotate(Document d) { return d.withClaims(List.of()); }
    }

    @Test
    void buildFailsWhenARequiredLayerIsMissing() {
        PipelineConfigurationException e = assertThrows(PipelineConfigurationException.class,
                () -> Pipeline.builder().add(new QuotationAnnotator()).add(new NeedsTokens()).build());
        assertTrue(e.getMessage().contains("NeedsTokens needs [TOKENS]"), e.getMessage());
    }

    /** Declares quotations but forgets to add them: the bug the pipeline's after-check is there for. */
    private static final class ForgetsQuotations implements Annotator {
        @Override public Set<Layer> requires() { return EnumSet.noneOf(Layer.class); }
        @Override public Set<Layer> provides() { return EnumSet.of(Layer.QUOTATIONS, Layer.CLAIMS); }
        @Override public Document annotate(Document d) { return d.withClaims(List.of()); }
    }

    @Test
    void anAnnotatorThatSkipsADeclaredLayerFailsTheDocumentNamingItAndTheLayer() {
        try (Pipeline pipeline = Pipeline.builder().add(new ForgetsQuotations()).build()) {
            MissingLayersException e = assertThrows(MissingLayersException.class, () -> pipeline.annotate("d", "Text."));
            assertTrue(e.getMessage().contains("ForgetsQuotations"), e.getMessage());
            assertTrue(e.getMessage().contains("did not add [QUOTATIONS]"), e.getMessage());

            List<DocumentResult> results = pipeline.processAll(List.of(DocumentInput.ofText("a", "One."),
                    DocumentInput.ofText("b", "Two.")), 1);
            assertEquals(2, results.size());
            for (DocumentResult r : results) {
                assertTrue(r.failed());
                assertTrue(r.error().contains("ForgetsQuotations declares") && r.error().contains("[QUOTATIONS]"), r.error());
            }
        }
    }

    @Test
    void anAnnotatorThatAddsWhatItDeclaresPasses() {
        try (Pipeline pipeline = Pipeline.builder().add(new QuotationAnnotator()).build()) {
            Document doc = pipeline.annotate("d", "“Fine,” she said.");
            assertTrue(doc.has(Layer.QUOTATIONS));
        }
    }

    @Test
    void batchKeepsInputOrderAndIsolatesFailures() {
        try (Pipeline pipeline = Pipeline.builder().add(new QuotationAnnotator()).build()) {
            List<DocumentInput> inputs = new ArrayList<>();
            IntStream.range(0, 40).forEach(i -> inputs.add(i == 7 ? failing("doc-7")
                    : DocumentInput.ofText("doc-" + i, "“Quote number " + i + ",” she said.")));
            List<DocumentResult> results = pipeline.processAll(inputs, 3);
            assertEquals(40, results.size());
            for (int i = 0; i < 40; i++) {
                DocumentResult r = results.get(i);
                assertEquals("doc-" + i, r.id());
                if (i == 7) {
                    assertTrue(r.failed());
                    assertNull(r.document());
                    assertTrue(r.error().contains("disk unplugged"), r.error());
                } else {
                    assertEquals(1, r.document().quotations().size());
                    assertTrue(r.document().text().contains("number " + i + ","));
                }
            }
        }
    }

    private static DocumentInput failing(String id) {
        return new DocumentInput() {
            @Override public String id() { return id; }
            @Override public String readText() throws IOException { throw new IOException(id + ": disk unplugged"); }
        };
    }
}
