package io.claimant.attribution;

import io.claimant.document.Document;
import io.claimant.document.EntityType;
import io.claimant.document.Span;
import io.claimant.testing.HandBuiltDocument;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A source's two spans: the whole source as PolNeAR marks it, and its core, the noun phrase naming the speaker. */
class SourceSpansTest {

    private static Document doc(String tokens, String... names) {
        HandBuiltDocument built = HandBuiltDocument.parse(tokens);
        for (String name : names) {
            built.name(name, EntityType.PERSON);
        }
        return built.build();
    }

    private static Span span(Document doc, String text) {
        int begin = doc.text().indexOf(text);
        if (begin < 0) {
            throw new IllegalArgumentException("'" + text + "' is not in: " + doc.text());
        }
        return new Span(begin, begin + text.length());
    }

    @Nested
    class Core {

        /** The core of the whole of {@code tokens}, said before "said", as text. */
        private String core(String tokens, String... names) {
            Document doc = doc(tokens + " said/VERB/say", names);
            Span source = new Span(0, doc.tokens().get(doc.tokens().size() - 2).end());
            return doc.text(SourceSpans.core(doc, source));
        }

        @Test
        void anAppositionIsCut() {
            assertEquals("Halina Brzęk", core("Halina/PROPN Brzęk/PROPN , the/DET association/NOUN ’s/PART lawyer/NOUN ,",
                    "Halina Brzęk"));
        }

        @Test
        void aParentheticalIsCut() {
            assertEquals("Rep. Butterfield", core("Rep./PROPN Butterfield/PROPN ( D-N.C./PROPN )", "Butterfield"));
        }

        @Test
        void aListKeepsItsCommas() {
            assertEquals("Rubio, Cruz and Kasich", core("Rubio/PROPN , Cruz/PROPN and/CCONJ Kasich/PROPN ,",
                    "Rubio", "Cruz", "Kasich"));
        }

        @Test
        void anAppositionThatNamesAnUnnamedSpeakerStays() {
            assertEquals("Castell’s producer, Noor Halvani",
                    core("Castell/PROPN ’s/PART producer/NOUN , Noor/PROPN Halvani/PROPN ,", "Noor Halvani"));
        }

        @Test
        void aNameWhosePartStartsWithAHyphenKeepsIt() {
            Document doc = doc("Oskar/PROPN Lindqvist/PROPN -Haag/PROPN , the/DET director/NOUN , said/VERB/say",
                    "Oskar Lindqvist");
            Span source = new Span(0, doc.tokens().get(5).end());
            assertEquals(doc.text(new Span(0, doc.tokens().get(2).end())), doc.text(SourceSpans.core(doc, source)));
        }

        @Test
        void aPossessorLosesItsEnding() {
            assertEquals("NATO Chief", core("NATO/PROPN Chief/PROPN ’s/PART"));
        }

        @Test
        void aClauseAfterACommaIsCutEvenWithAConjunctionInIt() {
            assertEquals("The analysts", core("The/DET analysts/NOUN/analyst , who/PRON study/VERB trade/NOUN and/CCONJ "
                    + "tariffs/NOUN/tariff ,"));
        }
    }

    @Nested
    class Full {

        /** The whole source around the core {@code core} in the text of {@code tokens}. */
        private String full(String tokens, String core, String... names) {
            Document doc = doc(tokens, names);
            return doc.text(SourceSpans.full(doc, span(doc, core)));
        }

        @Test
        void anAppositionBeforeTheCueIsTakenWithoutItsClosingComma() {
            assertEquals("Ryan Ellis, a Republican tax consultant",
                    full("Ryan/PROPN Ellis/PROPN , a/DET Republican/ADJ tax/NOUN consultant/NOUN , said/VERB/say "
                            + "the/DET plan/NOUN failed/VERB/fail .", "Ryan Ellis", "Ryan Ellis"));
        }

        @Test
        void anAppositionAfterAnInvertedCueRunsToTheSentenceEnd() {
            assertEquals("Ryan Ellis, a tax consultant at Brill & Co.",
                    full("“ It/PRON failed/VERB/fail , ” said/VERB/say Ryan/PROPN Ellis/PROPN , a/DET tax/NOUN "
                            + "consultant/NOUN at/ADP Brill/PROPN &/CCONJ Co./PROPN .", "Ryan Ellis", "Ryan Ellis"));
        }

        @Test
        void anAgeAndAResidenceFollowOneAnother() {
            assertEquals("Cory James, 22, of Flint",
                    full("Cory/PROPN James/PROPN , 22/NUM , of/ADP Flint/PROPN , said/VERB/say it/PRON "
                            + "was/AUX/be late/ADJ .", "Cory James", "Cory James"));
        }

        @Test
        void aBracketedPartyIsPartOfTheSource() {
            assertEquals("Sen. Tim Kaine (D-Va.)",
                    full("Sen./PROPN Tim/PROPN Kaine/PROPN ( D-Va./PROPN ) said/VERB/say no/INTJ .", "Sen. Tim Kaine",
                            "Tim Kaine"));
        }

        @Test
        void anAppositionKeepsARelativeClauseThatIdentifiesIt() {
            assertEquals("Warren Strother, a university official who is researching a book",
                    full("“ Little/ADJ is/AUX/be known/VERB/know , ” says/VERB/say Warren/PROPN Strother/PROPN , a/DET "
                            + "university/NOUN official/NOUN who/PRON is/AUX/be researching/VERB/research a/DET "
                            + "book/NOUN .", "Warren Strother", "Warren Strother"));
        }

        @Test
        void aRelativeClauseOnTheSpeakerIsPartOfTheSource() {
            assertEquals("Kasich, who has the hardest path", full("Kasich/PROPN , who/PRON has/VERB/have the/DET "
                    + "hardest/ADJ/hard path/NOUN , said/VERB/say no/INTJ .", "Kasich", "Kasich"));
        }

        @Test
        void anApostropheIsNotAQuotationMark() {
            assertEquals("Ingrid Halvorsæter, who chairs the Maritime Workers’ Union",
                    full("Ingrid/PROPN Halvorsæter/PROPN , who/PRON chairs/VERB/chair the/DET Maritime/PROPN "
                            + "Workers/PROPN ’ Union/PROPN , said/VERB/say no/INTJ .", "Ingrid Halvorsæter",
                            "Ingrid Halvorsæter"));
        }

        @Test
        void aQuotedNameInsideARelativeClauseIsPassedOver() {
            assertEquals("Their group, which calls itself “Meadow Watch”",
                    full("Their/PRON group/NOUN , which/PRON calls/VERB/call itself/PRON “ Meadow/PROPN Watch/PROPN ” "
                            + ", has/AUX/have gathered/VERB/gather signatures/NOUN/signature .", "Their group"));
        }

        @Test
        void aQuotationAfterTheSourceIsNotPartOfIt() {
            assertEquals("Ryan Ellis", full("“ It/PRON failed/VERB/fail , ” said/VERB/say Ryan/PROPN Ellis/PROPN , "
                    + "“ and/CCONJ it/PRON will/AUX fail/VERB again/ADV . ”", "Ryan Ellis", "Ryan Ellis"));
        }

        @Test
        void anAppositionMayHoldAModifyingVerb() {
            assertEquals("Jo Coelbart, a retired general",
                    full("Jo/PROPN Coelbart/PROPN , a/DET retired/VERB/retire general/NOUN , said/VERB/say no/INTJ .",
                            "Jo Coelbart", "Jo Coelbart"));
            assertEquals("Joaquín Ibarra, the lawyer representing the villages",
                    full("Joaquín/PROPN Ibarra/PROPN , the/DET lawyer/NOUN representing/VERB/represent the/DET "
                            + "villages/NOUN/village , argues/VERB/argue that/SCONJ it/PRON fails/VERB/fail .",
                            "Joaquín Ibarra", "Joaquín Ibarra"));
        }

        @Test
        void aParticipleStaysOut() {
            assertEquals("Merz", full("Merz/PROPN , speaking/VERB/speak in/ADP Berlin/PROPN , said/VERB/say no/INTJ .",
                    "Merz", "Merz"));
        }

        @Test
        void anAdverbStaysOut() {
            assertEquals("Sanders", full("Sanders/PROPN , however/ADV , said/VERB/say no/INTJ .", "Sanders", "Sanders"));
        }

        @Test
        void aClauseAfterTheCommaIsNotAnApposition() {
            assertEquals("Smith", full("According/VERB/accord to/ADP Smith/PROPN , the/DET plan/NOUN is/AUX/be "
                    + "dead/ADJ .", "Smith", "Smith"));
        }

        @Test
        void aWholeSourceComesBackWholeAndWithoutItsTrailingComma() {
            Document doc = doc("Ryan/PROPN Ellis/PROPN , a/DET tax/NOUN consultant/NOUN , said/VERB/say no/INTJ .",
                    "Ryan Ellis");
            Span whole = span(doc, "Ryan Ellis, a tax consultant");
            assertEquals(whole, SourceSpans.full(doc, whole));
            assertEquals(whole, SourceSpans.full(doc, span(doc, "Ryan Ellis, a tax consultant,")));
            assertEquals(span(doc, "Ryan Ellis"), SourceSpans.core(doc, whole));
        }
    }

    @Nested
    class WholeSources {

        @Test
        void aCandidateGetsItsWholeSourceAndKeepsItsCore() {
            Document doc = doc("“ It/PRON failed/VERB/fail , ” said/VERB/say Ryan/PROPN Ellis/PROPN , a/DET tax/NOUN "
                    + "consultant/NOUN .", "Ryan Ellis");
            Candidate c = new Candidate(span(doc, "Ryan Ellis"), span(doc, "said"), "say",
                    List.of(span(doc, "It failed")), 0, 1, 1);
            Candidate after = SourceSpans.withWholeSources(doc, List.of(c)).get(0);
            assertEquals("Ryan Ellis, a tax consultant", doc.text(after.source()));
            assertEquals("Ryan Ellis", doc.text(after.sourceCore()));
        }

        @Test
        void aSourceStaysClearOfItsOwnContent() {
            Document doc = doc("According/VERB/accord to/ADP Smith/PROPN , the/DET plan/NOUN , unveiled/VERB/unveil "
                    + "Monday/PROPN , is/AUX/be dead/ADJ .", "Smith");
            Candidate c = new Candidate(span(doc, "Smith"), span(doc, "According to"), "according to",
                    List.of(span(doc, "the plan, unveiled Monday, is dead")), 0, 1, 1);
            Candidate after = SourceSpans.withWholeSources(doc, List.of(c)).get(0);
            assertEquals(span(doc, "Smith"), after.source());
            assertEquals(span(doc, "Smith"), after.sourceCore());
        }

        @Test
        void aRelativeClauseThatReportsIsAClaimOfItsOwnNotPartOfTheSource() {
            Document doc = doc("Fahr/PROPN , who/PRON championed/VERB/champion the/DET ordinance/NOUN , said/VERB/say "
                    + "it/PRON works/VERB/work . || Voss/PROPN , who/PRON chairs/VERB/chair the/DET committee/NOUN , "
                    + "said/VERB/say it/PRON fails/VERB/fail .", "Fahr", "Voss");
            Candidate said = new Candidate(span(doc, "Fahr"), span(doc, "said"), "say", List.of(span(doc, "it works")),
                    0, 1, 1);
            Candidate championed = new Candidate(span(doc, "who"), span(doc, "championed"), "champion",
                    List.of(span(doc, "the ordinance")), 0, 1, 1);
            Candidate chairs = new Candidate(span(doc, "Voss"), new Span(doc.text().lastIndexOf("said"),
                    doc.text().lastIndexOf("said") + 4), "say", List.of(span(doc, "it fails")), 1, 1, 1);
            List<Candidate> after = SourceSpans.withWholeSources(doc, List.of(said, championed, chairs));
            assertEquals("Fahr", doc.text(after.get(0).source()));
            assertEquals("Voss, who chairs the committee", doc.text(after.get(2).source()));
            assertEquals("Voss", doc.text(after.get(2).sourceCore()));
        }
    }
}
