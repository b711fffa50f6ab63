package io.claimant.output;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimant.attribution.ClaimPart;
import io.claimant.attribution.ClaimSegments;
import io.claimant.document.Claim;
import io.claimant.document.ClaimSource;
import io.claimant.document.Document;
import io.claimant.document.Span;
import io.claimant.testing.SchemaCheck;
import org.junit.jupiter.api.Test;

import static io.claimant.output.SampleDocuments.TEXT;
import static io.claimant.output.SampleDocuments.codePointSlice;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClaimJsonTest {

    private final Document doc = SampleDocuments.annotated();

    @Test
    void offsetsAreCodePointsAndSliceToTheWrittenText() {
        JsonNode json = ClaimJson.toJson("news/rutte.txt", doc, doc.claims().get(0));

        JsonNode content = json.get("content");
        Span utf16 = doc.claims().get(0).content().span();
        assertEquals(utf16.begin() - SampleDocuments.SHIFT, content.get("begin").asInt());
        assertEquals(utf16.end() - SampleDocuments.SHIFT, content.get("end").asInt());
        for (String field : new String[] {"source", "cue", "content"}) {
            assertSlices(json.get(field));
        }
        for (JsonNode quote : json.get("quotes")) {
            assertSlices(quote);
        }
        assertEquals("We are totally committed,", json.get("quotes").get(0).get("text").asText());
    }

    @Test
    void writesEveryFieldOfSchemaVersionOne() {
        JsonNode json = ClaimJson.toJson("news/rutte.txt", doc, doc.claims().get(0));

        assertEquals("news/rutte.txt", json.get("doc").asText());
        assertEquals("news/rutte.txt#0", json.get("id").asText());
        assertEquals("direct", json.get("type").asText());
        assertEquals("he", json.at("/source/text").asText());
        JsonNode entity = json.at("/source/entities/0");
        assertEquals("e1", entity.get("id").asText());
        assertEquals("Mark Rutte", entity.get("name").asText());
        assertEquals("PERSON", entity.get("type").asText());
        assertEquals("NATO Secretary General", entity.get("title").asText());
        assertEquals("say", json.at("/cue/lemma").asText());
        assertEquals("speech", json.at("/cue/class").asText());
        assertEquals(2, json.at("/content/segments").size(), "speech tag left out of the segments");
        JsonNode firstSegment = json.at("/content/segments/0");
        assertEquals("\u201CWe are totally committed,\u201D",
                codePointSlice(TEXT, firstSegment.get(0).asInt(), firstSegment.get(1).asInt()));
        assertEquals(2, json.get("sentence").asInt());
        assertEquals(0.9, json.get("confidence").asDouble());
        assertEquals(0, json.get("mentions").size());
    }

    @Test
    void aClaimSplitBySegmentKeepsItsIdWithASuffixAndEachRecordIsValid() {
        java.util.List<JsonNode> records = ClaimSegments.split(doc).stream()
                .map(part -> (JsonNode) ClaimJson.toJson("news/rutte.txt", doc, part)).toList();

        assertEquals(java.util.List.of("news/rutte.txt#0.1", "news/rutte.txt#0.2", "news/rutte.txt#1",
                "news/rutte.txt#2"), records.stream().map(r -> r.get("id").asText()).toList());
        String[] quoted = {"We are totally committed,", "and we will stay."};
        for (int i = 0; i < 2; i++) {
            JsonNode record = records.get(i);
            SchemaCheck.CLAIM.assertValid(record);
            assertEquals("\u201C" + quoted[i] + "\u201D", record.at("/content/text").asText());
            assertEquals(1, record.at("/content/segments").size());
            assertEquals(record.at("/content/begin"), record.at("/content/segments/0/0"));
            assertEquals(record.at("/content/end"), record.at("/content/segments/0/1"));
            assertEquals(1, record.get("quotes").size());
            assertEquals(quoted[i], record.at("/quotes/0/text").asText());
            assertEquals("direct", record.get("type").asText());
            assertEquals("he", record.at("/source/text").asText());
            assertEquals("said", record.at("/cue/text").asText());
            for (String field : new String[] {"source", "cue", "content"}) {
                assertSlices(record.get(field));
            }
            assertSlices(record.at("/quotes/0"));
        }
        for (Claim claim : doc.claims()) {
            assertEquals(ClaimJson.toJson("news/rutte.txt", doc, claim),
                    ClaimJson.toJson("news/rutte.txt", doc, ClaimPart.whole(claim)), "a whole claim is written as before");
        }
        assertEquals(ClaimJson.toJson("news/rutte.txt", doc, doc.claims().get(1)), records.get(2),
                "a claim of one segment is the same record in both modes");
    }

    @Test
    void theSourceCarriesItsCoreInCodePoints() {
        Span whole = SampleDocuments.find("NATO Secretary General Mark Rutte");
        Span core = SampleDocuments.find("Mark Rutte");
        Claim claim = doc.claims().get(0);
        Claim described = new Claim(claim.index(), claim.type(), new ClaimSource(whole, doc.text(whole),
                new ClaimSource.Core(core, doc.text(core)), claim.source().entities()), claim.cue(), claim.content(),
                claim.quotes(), claim.sentence(), claim.confidence(), claim.mentions());

        JsonNode source = ClaimJson.toJson("d", doc, described).get("source");

        assertEquals("NATO Secretary General Mark Rutte", source.get("text").asText());
        assertEquals("Mark Rutte", source.at("/core/text").asText());
        assertEquals(core.begin() - SampleDocuments.SHIFT, source.at("/core/begin").asInt());
        assertSlices(source.get("core"));
        assertEquals("Mark Rutte", source.at("/entities/0/name").asText());
    }

    @Test
    void aSourceThatIsItsOwnCoreWritesTheSameSpanTwice() {
        JsonNode source = ClaimJson.toJson("d", doc, doc.claims().get(0)).get("source");

        assertEquals("he", source.at("/core/text").asText());
        assertEquals(source.get("begin"), source.at("/core/begin"));
        assertEquals(source.get("end"), source.at("/core/end"));
    }

    @Test
    void absentSourceAndCueAreNullAndMissingSegmentsBecomeTheWholeContent() {
        Claim bare = doc.claims().get(2);
        JsonNode json = ClaimJson.toJson("d", doc, bare);

        assertTrue(json.get("source").isNull());
        assertTrue(json.get("cue").isNull());
        assertEquals("mixed", json.get("type").asText());
        JsonNode content = json.get("content");
        JsonNode only = content.at("/segments/0");
        assertEquals(1, content.get("segments").size());
        assertEquals(content.get("begin").asInt(), only.get(0).asInt());
        assertEquals(content.get("end").asInt(), only.get(1).asInt());
    }

    @Test
    void aCueOfUnknownClassHasANullClass() {
        JsonNode cue = ClaimJson.toJson("d", doc, doc.claims().get(1)).get("cue");

        assertTrue(cue.has("class"), "the field is always written");
        assertTrue(cue.get("class").isNull());
    }

    @Test
    void mentionsNameTheEntitiesWithoutTitles() {
        JsonNode json = ClaimJson.toJson("d", doc, doc.claims().get(1));

        JsonNode mention = json.at("/mentions/0");
        assertEquals("e2", mention.get("id").asText());
        assertEquals("NATO", mention.get("name").asText());
        assertEquals("ORGANIZATION", mention.get("type").asText());
        assertEquals(3, mention.size());
        assertEquals(0, json.at("/source/entities").size(), "an unresolved group has no entities");
    }

    private static void assertSlices(JsonNode span) {
        assertEquals(span.get("text").asText(),
                codePointSlice(TEXT, span.get("begin").asInt(), span.get("end").asInt()));
    }
}
