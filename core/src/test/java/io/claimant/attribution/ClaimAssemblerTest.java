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
import static org.junit.jupiter.api.Assertions.assertNull;

/** Candidates turned into claims: speakers, cue classes, quote types, entities named and confidence. */
class ClaimAssemblerTest {

    private static Span span(Document doc, String text) {
        int begin = doc.text().indexOf(text);
        return new Span(begin, begin + text.length());
    }

    private static Candidate candidate(Document doc, String source, String cue, String lemma, int sentence,
                                       String... segments) {
        List<Span> spans = new ArrayList<>();
        for (String s : segments) {
            spans.add(span(doc, s));
        }
        return new Candidate(source == null ? null : span(doc, source), span(doc, cue), lemma, spans, sentence, 1.0, 1.0);
    }

    private static List<Claim> assemble(Document doc, Candidate... candidates) {
        ClaimAssembler assembler = new ClaimAssembler(doc, new SpeakerResolver.Words(Lexicon.builtIn()),
                new CueClassifier(Lexicon.builtIn()));
        List<Claim> out = new ArrayList<>();
        for (Candidate c : candidates) {
            out.add(assembler.assemble(c, out.size()));
        }
        return out;
    }

    @Test
    void quotedParaphrasedOrBoth() {
        // “We will stay,” Voss said. Voss said the alliance would “hold firm”. Voss said costs rose. (Which "said"
        // each cue points at does not matter here: the type is read from the content.)
        Document doc = HandBuiltDocument.parse("“ We/PRON will/AUX stay/VERB , ” Voss/PROPN said/VERB/say . | "
                + "Voss/PROPN said/VERB/say the/DET alliance/NOUN would/AUX “ hold/VERB firm/ADJ ” . | "
                + "Voss/PROPN said/VERB/say costs/NOUN/cost rose/VERB/rise .").name("Voss", EntityType.PERSON).build();
        List<Claim> claims = assemble(doc,
                candidate(doc, "Voss", "said", "say", 0, "We will stay,"),
                candidate(doc, "Voss", "said", "say", 1, "the alliance would “hold firm”"),
                candidate(doc, "Voss", "said", "say", 2, "costs rose"));
        assertEquals(List.of(ClaimType.DIRECT, ClaimType.MIXED, ClaimType.INDIRECT),
                claims.stream().map(Claim::type).toList());
        assertEquals(List.of(span(doc, "hold firm")), claims.get(1).quotes());
    }

    @Test
    void aNamedSourceResolvesAndTheCueIsClassed() {
        Document doc = HandBuiltDocument.parse("Karel/PROPN Voss/PROPN warned/VERB/warn that/SCONJ NATO/PROPN "
                + "would/AUX split/VERB .").name("Karel Voss", EntityType.PERSON)
                .name("NATO", EntityType.ORGANIZATION).build();
        Claim claim = assemble(doc, candidate(doc, "Karel Voss", "warned", "warn", 0, "that NATO would split")).get(0);
        assertEquals(List.of("Karel Voss"), claim.speakers().stream().map(Entity::name).toList());
        assertEquals("speech", claim.cue().cueClass());
        assertEquals(List.of("NATO"), claim.mentions().stream().map(Entity::name).toList(), "entities in the content");
        assertEquals(1.0, claim.confidence(), "a named speaker, a sure cue and a clear content");
    }

    @Test
    void itCarriesOnThePreviousSourceAndAMissingSourceCostsConfidence() {
        Document doc = HandBuiltDocument.parse("Unite/PROPN said/VERB/say pay/NOUN fell/VERB/fall . || "
                + "It/PRON called/VERB/call for/ADP strikes/NOUN/strike . || "
                + "Strikes/NOUN/strike were/AUX called/VERB/call for/ADP Monday/PROPN .")
                .name("Unite", EntityType.ORGANIZATION).build();
        List<Claim> claims = assemble(doc,
                candidate(doc, "Unite", "said", "say", 0, "pay fell"),
                candidate(doc, "It", "called for", "call for", 1, "strikes"),
                candidate(doc, null, "called", "call for", 2, "Monday"));
        assertEquals(List.of("Unite"), claims.get(1).speakers().stream().map(Entity::name).toList());
        assertEquals("stance", claims.get(1).cue().cueClass());
        assertNull(claims.get(2).source());
        assertEquals(0.6, claims.get(2).confidence(), 1e-9);
    }
}
