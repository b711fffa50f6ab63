package io.claimant.eval;

import io.claimant.brat.BratParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Small gold/prediction pairs whose true and false positives are worked out by hand. */
class EvaluatorTest {

    private static final String TEXT = "Mayor Ana Ruiz said that the bridge will reopen in May. "
            + "“We are ready,” she said, “but the funds are late.” Officials warned that costs rose.";

    private static int at(String needle) {
        return TEXT.codePointCount(0, TEXT.indexOf(needle));
    }

    private static SpanSet span(String needle) {
        int b = at(needle);
        return SpanSet.of(b, b + needle.codePointCount(0, needle.length()));
    }

    private static AttributionRecord attribution(String source, String cue, String type, SpanSet content, String... names) {
        return new AttributionRecord(source == null ? null : span(source), cue == null ? null : span(cue), content,
                type, List.of(names));
    }

    private static AnnotatedDocument doc(List<AttributionRecord> attributions, List<EntityRecord> entities) {
        return new AnnotatedDocument("d.txt", new CodePointText(TEXT), attributions, entities, List.of(), true, true, true, true);
    }

    private static final SpanSet SPLIT = new SpanSet(List.of(
            new int[] {at("We are ready,"), at("We are ready,") + "We are ready,".length()},
            new int[] {at("but the funds"), at("but the funds") + "but the funds are late.".length()}));

    private static List<AttributionRecord> gold() {
        return List.of(
                attribution("Mayor Ana Ruiz", "said", "indirect", span("that the bridge will reopen in May"), "Ana Ruiz"),
                attribution("she", "said, “but", "direct", SPLIT, "Ana Ruiz"),
                attribution("Officials", "warned", "indirect", span("that costs rose")));
    }

    @Test
    void exactAndOverlapDifferOnSpanBoundaries() {
        // The first prediction drops "in May": not exact, but it covers more than half of each span.
        List<AttributionRecord> pred = List.of(
                attribution("Mayor Ana Ruiz", "said", "indirect", span("the bridge will reopen"), "Ana Ruiz"),
                attribution("Officials", "warned", "indirect", span("that costs rose.")));
        EvalReport r = Evaluator.evaluate("t", List.of(doc(gold(), List.of())), Map.of("d.txt", doc(pred, List.of())));
        assertEquals(new Counts(1, 1, 2), r.metrics().get(EvalReport.CONTENT_EXACT));
        assertEquals(new Counts(2, 0, 1), r.metrics().get(EvalReport.CONTENT_OVERLAP));
        assertEquals(new Counts(2, 0, 1), r.metrics().get(EvalReport.ATTRIBUTION));
        assertEquals(2, r.speakerAccuracy()[0]);
        assertEquals(2, r.speakerAccuracy()[1]);
        assertEquals(new Counts(0, 0, 1), r.byType().get("direct"));
    }

    @Test
    void splitContentMatchesWhetherPredictedWholeOrInPieces() {
        SpanSet whole = SpanSet.of(SPLIT.begin(), SPLIT.end()); // includes the tag ", she said, "
        List<AttributionRecord> pred = List.of(attribution("she", "said, “but", "direct", whole, "Ana Ruiz"));
        EvalReport wholeReport = Evaluator.evaluate("t", List.of(doc(gold(), List.of())), Map.of("d.txt", doc(pred, List.of())));
        assertEquals(new Counts(1, 0, 2), wholeReport.metrics().get(EvalReport.CONTENT_OVERLAP));
        assertEquals(new Counts(0, 1, 3), wholeReport.metrics().get(EvalReport.CONTENT_EXACT));

        List<AttributionRecord> pieces = List.of(attribution("she", "said, “but", "direct", SPLIT, "Ana Ruiz"));
        EvalReport piecesReport = Evaluator.evaluate("t", List.of(doc(gold(), List.of())), Map.of("d.txt", doc(pieces, List.of())));
        assertEquals(new Counts(1, 0, 2), piecesReport.metrics().get(EvalReport.CONTENT_EXACT));
    }

    @Test
    void wrongSourceKeepsTheContentButNotTheAttribution() {
        List<AttributionRecord> pred = List.of(
                attribution("Officials", "said", "indirect", span("that the bridge will reopen in May")));
        EvalReport r = Evaluator.evaluate("t", List.of(doc(gold(), List.of())), Map.of("d.txt", doc(pred, List.of())));
        assertEquals(new Counts(1, 0, 2), r.metrics().get(EvalReport.CONTENT_OVERLAP));
        assertEquals(new Counts(0, 1, 3), r.metrics().get(EvalReport.ATTRIBUTION));
        assertEquals(0, r.speakerAccuracy()[0]);
    }

    @Test
    void emptyPredictionsAreAllMisses() {
        List<EntityRecord> entities = List.of(new EntityRecord("PERSON", span("Ana Ruiz")));
        EvalReport r = Evaluator.evaluate("t", List.of(doc(gold(), entities)), Map.of());
        assertEquals(new Counts(0, 0, 3), r.metrics().get(EvalReport.CONTENT_OVERLAP));
        assertEquals(new Counts(0, 0, 1), r.metrics().get(EvalReport.ENTITY_STRICT));
        assertEquals(0.0, r.f1(EvalReport.ATTRIBUTION));
        assertNull(r.speakerAccuracy());
    }

    @Test
    void entitiesStrictNeedTypeAndBoundaries() {
        List<EntityRecord> gold = List.of(new EntityRecord("PERSON", span("Ana Ruiz")));
        List<EntityRecord> pred = List.of(new EntityRecord("PERSON", span("Mayor Ana Ruiz")),
                new EntityRecord("LOCATION", span("May")));
        EvalReport r = Evaluator.evaluate("t", List.of(doc(List.of(), gold)), Map.of("d.txt", doc(List.of(), pred)));
        assertEquals(new Counts(0, 2, 1), r.metrics().get(EvalReport.ENTITY_STRICT));
        assertEquals(new Counts(1, 1, 0), r.metrics().get(EvalReport.ENTITY_OVERLAP));
    }

    @Test
    void codePointOffsetsSurviveEmoji(@TempDir Path dir) throws Exception {
        String text = "🐝🐝 “Bees first,” said Ilse Brandt.\n";
        Files.writeString(dir.resolve("bees.txt"), text);
        // "Bees first," starts at code point 4 (two emoji, a space, the opening mark), though at UTF-16 index 6.
        Files.writeString(dir.resolve("bees.ann"), String.join("\n",
                "T1\tContent 4 15\tBees first,",
                "T2\tCue 17 21\tsaid",
                "T3\tSource 22 33\tIlse Brandt",
                "T4\tAttribution 17 21\tsaid",
                "E1\tAttribution:T4 Source:T3 Cue:T2 Content:T1",
                "A1\tQuoteType E1 Direct",
                "#1\tAnnotatorNotes T3\tIlse Brandt",
                "T5\tPERSON 22 33\tIlse Brandt",
                "T6\tQuotation 3 16\t“Bees first,”", ""));
        List<AnnotatedDocument> gold = GoldCorpus.read(dir);
        assertEquals("Bees first,", gold.get(0).attributions().get(0).content().text(gold.get(0).text()));
        AnnotatedDocument same = BratAnnotations.full("bees.txt", gold.get(0).text(),
                BratParser.parse(Files.readString(dir.resolve("bees.ann")), "bees.ann"));
        EvalReport r = Evaluator.evaluate("t", gold, Map.of("bees.txt", same));
        assertEquals(new Counts(1, 0, 0), r.metrics().get(EvalReport.CONTENT_EXACT));
        assertEquals(new Counts(1, 0, 0), r.metrics().get(EvalReport.QUOTATION_EXACT));
    }

    @Test
    void polnearLayoutTakesTheLowestAnnotatorAndHasNoTypes(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("text"));
        Files.createDirectories(dir.resolve("attributions"));
        String text = "The senator said the vote was rigged. Aides denied it.";
        Files.writeString(dir.resolve("text/story_one.txt"), text);
        // Annotator 4b22 marks one attribution, 9f01 marks two: 4b22 is the lower id and is the one read.
        Files.writeString(dir.resolve("attributions/story_one_9f01.ann"), String.join("\n",
                "T1\tSource 0 11\tThe senator", "T2\tCue 12 16\tsaid", "T3\tContent 17 36\tthe vote was rigged",
                "T4\tAttribution 12 16\tsaid", "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
                "T5\tSource 38 43\tAides", "T6\tCue 44 50\tdenied", "T7\tContent 51 53\tit",
                "T8\tAttribution 44 50\tdenied", "E2\tAttribution:T8 Cue:T6 Source:T5 Content:T7", ""));
        Files.writeString(dir.resolve("attributions/story_one_4b22.ann"), String.join("\n",
                "T1\tContent 17 36\tthe vote was rigged", "T2\tCue 12 16\tsaid", "T3\tSource 0 11\tThe senator",
                "T4\tAttribution 12 16\tsaid", "T9\tDiscuss 17 36\tthe vote was rigged",
                "E1\tAttribution:T4 Cue:T2 Content:T1 Source:T3", ""));
        List<AnnotatedDocument> gold = GoldCorpus.read(dir);
        assertEquals(1, gold.size());
        assertEquals("story_one.txt", gold.get(0).id());
        assertEquals(1, gold.get(0).attributions().size());
        EvalReport r = Evaluator.evaluate("polnear", gold, Map.of());
        assertNull(r.metrics().get(EvalReport.ENTITY_STRICT));
        assertNull(r.typeAccuracy());
        assertEquals(new Counts(0, 0, 1), r.metrics().get(EvalReport.CONTENT_OVERLAP));
    }
}
