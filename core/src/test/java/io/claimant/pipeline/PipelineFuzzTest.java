package io.claimant.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimant.document.Claim;
import io.claimant.document.Document;
import io.claimant.document.Span;
import io.claimant.output.ClaimJson;
import io.claimant.testing.Fuzz;
import io.claimant.testing.MessyText;
import io.claimant.testing.SharedPipeline;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole default pipeline (real models, shared per JVM) on random mixes of words, marks and line ends: it
 * never throws, and every claim points into the text it came from, in UTF-16 in the document and in code points
 * in the JSON a user reads. Few tries, as each one runs every model.
 */
class PipelineFuzzTest {

    @Test
    void everyClaimPointsIntoItsText() {
        // Guards the property itself: if no sample had a claim, the checks would check nothing.
        Fuzz.Coverage hasClaims = new Fuzz.Coverage("claims");
        Fuzz.forAll(200, random -> MessyText.withClaims(random, 80), MessyText::describe, text -> {
            Document doc = SharedPipeline.claimant().annotate("fuzz", text);
            hasClaims.count(!doc.claims().isEmpty());
            checkClaims(text, doc);
        });
        hasClaims.assertAtLeast(0.15);
    }

    private static void checkClaims(String text, Document doc) {
        for (Claim claim : doc.claims()) {
            String where = MessyText.describe(text) + " claim " + claim;
            for (Span span : spansOf(claim)) {
                assertTrue(span.end() <= text.length(), where + ": " + span + " past the end");
            }
            assertEquals(claim.content().text(), doc.text(claim.content().span()), where);
            if (claim.source() != null) {
                assertEquals(claim.source().text(), doc.text(claim.source().span()), where);
                assertEquals(claim.source().core().text(), doc.text(claim.source().core().span()), where);
                assertTrue(claim.source().span().contains(claim.source().core().span()), where + ": core outside source");
            }
            if (claim.cue() != null) {
                assertEquals(claim.cue().text(), doc.text(claim.cue().span()), where);
            }
            for (Span segment : claim.content().segments()) {
                assertTrue(claim.content().span().contains(segment), where + ": segment " + segment);
            }
            checkJsonSlices(text, ClaimJson.toJson("fuzz", doc, claim), where);
        }
    }

    /** Code point offsets in the output must cut the same text: no span may split an emoji's surrogate pair. */
    private static void checkJsonSlices(String text, JsonNode claim, String where) {
        int[] codePoints = text.codePoints().toArray();
        for (String field : List.of("/source", "/source/core", "/cue", "/content")) {
            JsonNode span = claim.at(field);
            if (!span.isMissingNode() && !span.isNull()) {
                int begin = span.get("begin").asInt();
                int end = span.get("end").asInt();
                assertEquals(span.get("text").asText(), new String(codePoints, begin, end - begin), where + " " + field);
            }
        }
    }

    private static List<Span> spansOf(Claim claim) {
        List<Span> spans = new ArrayList<>(claim.content().segments());
        spans.add(claim.content().span());
        spans.addAll(claim.quotes());
        if (claim.source() != null) {
            spans.add(claim.source().span());
        }
        if (claim.cue() != null) {
            spans.add(claim.cue().span());
        }
        return spans;
    }
}
