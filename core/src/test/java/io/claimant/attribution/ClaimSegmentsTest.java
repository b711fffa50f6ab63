package io.claimant.attribution;

import io.claimant.document.Claim;
import io.claimant.document.ClaimType;
import io.claimant.document.Document;
import io.claimant.document.Entity;
import io.claimant.document.EntityType;
import io.claimant.document.Span;
import io.claimant.lexicon.Lexicon;
import io.claimant.testing.HandBuiltDocument;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A claim of several content segments as one claim per segment; claims built from hand-built documents. */
class ClaimSegmentsTest {

    private static Span span(Document doc, String text) {
        int begin = doc.text().indexOf(text);
        if (begin < 0) {
            throw new IllegalArgumentException("not in the text: " + text);
        }
        return new Span(begin, begin + text.length());
    }

    /** The claims the assembler makes of these candidates: the same sources, types and mentions as the pipeline's. */
    private static List<Claim> claims(Document doc, Candidate... candidates) {
        ClaimAssembler assembler = new ClaimAssembler(doc, new SpeakerResolver.Words(Lexicon.builtIn()),
                new CueClassifier(Lexicon.builtIn()));
        List<Claim> out = new ArrayList<>();
        for (Candidate c : candidates) {
            out.add(assembler.assemble(c, out.size()));
        }
        return out;
    }

    private static Candidate candidate(Document doc, String source, String cue, String lemma, int sentence,
                                       String... segments) {
        List<Span> spans = new ArrayList<>();
        for (String s : segments) {
            spans.add(span(doc, s));
        }
        return new Candidate(source == null ? null : span(doc, source), cue == null ? null : span(doc, cue), lemma,
                spans, sentence, 1.0, 1.0);
    }

    private static List<String> texts(List<ClaimPart> parts) {
        return parts.stream().map(p -> p.claim().content().text()).toList();
    }

    private static List<String> names(List<Entity> entities) {
        return entities.stream().map(Entity::name).toList();
    }

    @Test
    void aQuoteSplitByItsSpeechTagBecomesTwoDirectClaimsWithTheSameSourceAndCue() {
        Document doc = HandBuiltDocument.parse("“ Dalmark/PROPN will/AUX stay/VERB , ” said/VERB/say Karel/PROPN "
                + "Voss/PROPN , “ and/CCONJ Riga/PROPN will/AUX win/VERB . ”")
                .name("Dalmark", EntityType.LOCATION).name("Karel Voss", EntityType.PERSON)
                .name("Riga", EntityType.LOCATION).build();
        Claim claim = claims(doc, candidate(doc, "Karel Voss", "said", "say", 0,
                "Dalmark will stay,", "and Riga will win.")).get(0);
        assertEquals(ClaimType.DIRECT, claim.type());
        assertEquals(List.of("Dalmark", "Karel Voss", "Riga"), names(claim.mentions()), "the whole span, tag included");

        List<ClaimPart> parts = ClaimSegments.split(doc, claim);

        assertEquals(List.of("Dalmark will stay,", "and Riga will win."), texts(parts));
        assertEquals(List.of(".1", ".2"), parts.stream().map(ClaimPart::idSuffix).toList());
        for (ClaimPart part : parts) {
            Claim c = part.claim();
            assertEquals(2, part.parts());
            assertEquals(claim.index(), c.index(), "the id keeps the claim's number");
            assertSame(claim.source(), c.source());
            assertSame(claim.cue(), c.cue());
            assertEquals(claim.sentence(), c.sentence());
            assertEquals(claim.confidence(), c.confidence());
            assertEquals(ClaimType.DIRECT, c.type());
            assertEquals(List.of(c.content().span()), c.content().segments(), "one segment each");
            assertEquals(List.of(c.content().span()), c.quotes(), "each quote goes with its own segment");
        }
        assertEquals(List.of("Dalmark"), names(parts.get(0).claim().mentions()), "the tag's speaker is no mention");
        assertEquals(List.of("Riga"), names(parts.get(1).claim().mentions()));
    }

    @Test
    void theTypeIsDecidedAgainForEachSegment() {
        // A paraphrase, the tag, then a quote: the whole claim is mixed, its parts indirect and direct.
        Document doc = HandBuiltDocument.parse("The/DET plan/NOUN , Voss/PROPN said/VERB/say , “ will/AUX not/PART "
                + "survive/VERB the/DET winter/NOUN . ”").name("Voss", EntityType.PERSON).build();
        Claim claim = claims(doc, candidate(doc, "Voss", "said", "say", 0, "The plan",
                "will not survive the winter.")).get(0);
        assertEquals(ClaimType.MIXED, claim.type());

        List<ClaimPart> parts = ClaimSegments.split(doc, claim);

        assertEquals(List.of(ClaimType.INDIRECT, ClaimType.DIRECT), parts.stream().map(p -> p.claim().type()).toList());
        assertEquals(List.of(), parts.get(0).claim().quotes());
        assertEquals(List.of(span(doc, "will not survive the winter.")), parts.get(1).claim().quotes());
    }

    @Test
    void aSegmentThatCarriesItsQuotationMarksIsStillDirect() {
        // The fast profile keeps the marks at a content's seams, as PolNeAR does.
        Document doc = HandBuiltDocument.parse("“ We/PRON stay/VERB here/ADV , ” Voss/PROPN said/VERB/say . "
                + "“ We/PRON will/AUX win/VERB . ”").name("Voss", EntityType.PERSON).build();
        Claim claim = claims(doc, candidate(doc, "Voss", "said", "say", 0, "“We stay here,”", "“We will win.”"))
                .get(0);
        assertEquals(ClaimType.DIRECT, claim.type());

        List<ClaimPart> parts = ClaimSegments.split(doc, claim);

        assertEquals(List.of("“We stay here,”", "“We will win.”"), texts(parts));
        assertEquals(List.of(ClaimType.DIRECT, ClaimType.DIRECT), parts.stream().map(p -> p.claim().type()).toList());
        assertEquals(List.of(span(doc, "We stay here,")), parts.get(0).claim().quotes());
        assertEquals(List.of(span(doc, "We will win.")), parts.get(1).claim().quotes());
    }

    @Test
    void eachParagraphOfAQuoteOfSeveralParagraphsTakesItsOwnPartOfTheQuotation() {
        Document doc = HandBuiltDocument.parse("Voss/PROPN said/VERB/say : “ The/DET depot/NOUN is/AUX full/ADJ . || "
                + "“ The/DET buses/NOUN/bus wait/VERB . ”").name("Voss", EntityType.PERSON).build();
        assertEquals(1, doc.quotations().size());
        assertEquals(2, doc.quotations().get(0).parts().size(), "one quotation over two paragraphs");
        Claim claim = claims(doc, candidate(doc, "Voss", "said", "say", 0, "The depot is full.",
                "The buses wait.")).get(0);

        List<ClaimPart> parts = ClaimSegments.split(doc, claim);

        assertEquals(List.of("The depot is full.", "The buses wait."), texts(parts));
        assertEquals(List.of(span(doc, "The depot is full.")), parts.get(0).claim().quotes());
        assertEquals(List.of(span(doc, "The buses wait.")), parts.get(1).claim().quotes());
        assertEquals(List.of(ClaimType.DIRECT, ClaimType.DIRECT), parts.stream().map(p -> p.claim().type()).toList());
    }

    @Test
    void aClaimWithoutCueTakesTheSentenceEachSegmentStartsIn() {
        Document doc = HandBuiltDocument.parse("“ We/PRON stay/VERB . ” | Rain/NOUN fell/VERB/fall . | "
                + "“ We/PRON win/VERB . ”").build();
        Claim claim = claims(doc, candidate(doc, null, null, null, 0, "We stay.", "We win.")).get(0);

        List<ClaimPart> parts = ClaimSegments.split(doc, claim);

        assertEquals(List.of(0, 2), parts.stream().map(p -> p.claim().sentence()).toList());
        Claim withCue = claims(doc, candidate(doc, null, "fell", "fall", 1, "We stay.", "We win.")).get(0);
        assertEquals(List.of(1, 1), ClaimSegments.split(doc, withCue).stream().map(p -> p.claim().sentence()).toList(),
                "a claim with a cue keeps the cue's sentence");
    }

    @Test
    void aClaimWithOneSegmentIsWrittenAsItIs() {
        Document doc = HandBuiltDocument.parse("Voss/PROPN said/VERB/say costs/NOUN/cost rose/VERB/rise .")
                .name("Voss", EntityType.PERSON).build();
        Claim claim = claims(doc, candidate(doc, "Voss", "said", "say", 0, "costs rose")).get(0);

        List<ClaimPart> parts = ClaimSegments.split(doc, claim);

        assertEquals(1, parts.size());
        assertSame(claim, parts.get(0).claim());
        assertEquals("", parts.get(0).idSuffix(), "its id stays the claim's");
        assertThrows(IllegalArgumentException.class, () -> new ClaimPart(claim, 2, 1));
    }

    @Test
    void aDocumentSplitsEveryClaimInOrderAndWholeKeepsThemAsTheyAre() {
        Document doc = HandBuiltDocument.parse("“ We/PRON stay/VERB , ” Voss/PROPN said/VERB/say , “ we/PRON "
                + "win/VERB . ” | Voss/PROPN said/VERB/say costs/NOUN/cost rose/VERB/rise .")
                .name("Voss", EntityType.PERSON).build();
        List<Claim> made = claims(doc, candidate(doc, "Voss", "said", "say", 0, "We stay,", "we win."),
                candidate(doc, "Voss", "said", "say", 1, "costs rose"));
        doc = doc.withClaims(made);

        List<ClaimPart> split = SegmentMode.SPLIT.parts(doc);
        List<ClaimPart> whole = SegmentMode.WHOLE.parts(doc);

        assertEquals(List.of("We stay,", "we win.", "costs rose"), texts(split));
        assertEquals(List.of(0, 0, 1), split.stream().map(p -> p.claim().index()).toList());
        assertEquals(List.of(".1", ".2", ""), split.stream().map(ClaimPart::idSuffix).toList());
        assertEquals(doc.claims(), whole.stream().map(ClaimPart::claim).toList());
        assertTrue(whole.stream().allMatch(p -> p.idSuffix().isEmpty()));
    }

    @Test
    void modesAreNamedWholeAndSplit() {
        assertSame(SegmentMode.SPLIT, SegmentMode.of("split"));
        assertSame(SegmentMode.WHOLE, SegmentMode.of(" Whole "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SegmentMode.of("each"));
        assertTrue(e.getMessage().contains("'each'") && e.getMessage().contains("whole or split"), e.getMessage());
    }
}
