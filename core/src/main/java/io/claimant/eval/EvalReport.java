package io.claimant.eval;

import java.util.List;
import java.util.Map;

/**
 * Scores of one corpus. A metric is absent from {@code metrics} (reported "n/a") when the gold or the
 * predictions do not annotate that layer at all.
 *
 * @param metrics          name → counts, in display order
 * @param speakerAccuracy  canonical speaker names right, on matched contents: {correct, total}; null if n/a
 * @param typeAccuracy     quote type right, on matched contents: {correct, total}; null if n/a
 * @param byType           content overlap counts per quote type (gold type for recall, predicted for precision)
 * @param errors           per document: misses and false positives, for development
 */
public record EvalReport(String corpus, int documents, Map<String, Counts> metrics, int[] speakerAccuracy,
                         int[] typeAccuracy, Map<String, Counts> byType, List<DocumentErrors> errors) {

    public static final String CONTENT_EXACT = "content (exact)";
    public static final String CONTENT_OVERLAP = "content (overlap)";
    public static final String SOURCE = "source (overlap)";
    public static final String CUE = "cue (overlap)";
    public static final String ATTRIBUTION = "attribution (content + source)";
    public static final String QUOTATION_EXACT = "quotations (exact)";
    public static final String QUOTATION_OVERLAP = "quotations (overlap)";
    public static final String ENTITY_STRICT = "entities (CoNLL strict)";
    public static final String ENTITY_OVERLAP = "entities (overlap)";

    /** The three figures quality is summarised by. */
    public static final List<String> HEADLINE = List.of(CONTENT_OVERLAP, ATTRIBUTION, ENTITY_STRICT);

    public record DocumentErrors(String doc, List<String> missed, List<String> falsePositives,
                                 List<String> wrongSpeakers) {
    }

    public Double f1(String metric) {
        Counts c = metrics.get(metric);
        return c == null ? null : c.f1();
    }
}
