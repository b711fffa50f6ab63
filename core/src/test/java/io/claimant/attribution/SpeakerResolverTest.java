package io.claimant.attribution;

import io.claimant.document.Document;
import io.claimant.document.Entity;
import io.claimant.document.EntityType;
import io.claimant.document.Span;
import io.claimant.lexicon.Lexicon;
import io.claimant.testing.HandBuiltDocument;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Sources resolved to the entities that spoke, on hand-built documents with their names marked. */
class SpeakerResolverTest {

    private static final SpeakerResolver.Words WORDS = new SpeakerResolver.Words(Lexicon.builtIn());

    /** The entities {@code source} (its last occurrence) resolves to, and how, as "Name, Name: HOW". */
    private static String resolve(Document doc, String source) {
        int begin = doc.text().lastIndexOf(source);
        SpeakerResolver.Resolved r = new SpeakerResolver(doc, WORDS).resolve(new Span(begin, begin + source.length()));
        return String.join(", ", r.entities().stream().map(Entity::name).toList()) + ": " + r.how();
    }

    @Test
    void aNamedPersonOrOrganisation() {
        Document doc = HandBuiltDocument.parse("Karel/PROPN Voss/PROPN and/CCONJ NATO/PROPN said/VERB/say so/ADV .")
                .name("Karel Voss", EntityType.PERSON).name("NATO", EntityType.ORGANIZATION).build();
        assertEquals("Karel Voss: NAMED", resolve(doc, "Karel Voss"));
        assertEquals("NATO: NAMED", resolve(doc, "NATO"));
    }

    @Test
    void aPlaceQualifiesSpeakersButDoesNotSpeak() {
        Document doc = HandBuiltDocument.parse("Residents/NOUN/resident of/ADP Lunde/PROPN said/VERB/say so/ADV .")
                .name("Lunde", EntityType.LOCATION).build();
        assertEquals(": UNRESOLVED", resolve(doc, "Residents of Lunde"));
    }

    @Test
    void bothLawmakersAreTheTwoPeopleLastMentioned() {
        Document doc = HandBuiltDocument.parse("Mike/PROPN Lee/PROPN and/CCONJ Thomas/PROPN Massie/PROPN filed/VERB/file "
                + "a/DET bill/NOUN . || Both/DET lawmakers/NOUN/lawmaker said/VERB/say it/PRON matters/VERB/matter .")
                .name("Mike Lee", EntityType.PERSON).name("Thomas Massie", EntityType.PERSON).build();
        assertEquals("Mike Lee, Thomas Massie: GROUP_RESOLVED", resolve(doc, "Both lawmakers"));
    }

    @Test
    void theMinistryRefersBackToTheMinistryNamedBefore() {
        Document doc = HandBuiltDocument.parse("The/DET Ministry/PROPN of/ADP Energy/PROPN met/VERB/meet . || "
                + "The/DET ministry/NOUN said/VERB/say prices/NOUN/price rose/VERB/rise .")
                .name("Ministry of Energy", EntityType.ORGANIZATION).build();
        assertEquals("Ministry of Energy: PRONOUN_OR_TITLE", resolve(doc, "The ministry"));
    }

    @Test
    void theCompanyIsTheOrganisationNamedLastAndAReportSpeaksForItsOwner() {
        Document doc = HandBuiltDocument.parse("The/DET Lunde/PROPN Council/PROPN and/CCONJ Halbrecht/PROPN "
                + "Bank/PROPN met/VERB/meet . || The/DET company/NOUN said/VERB/say no/INTJ . || "
                + "The/DET council/NOUN ’s/PART report/NOUN said/VERB/say yes/INTJ .")
                .name("Halbrecht Bank", EntityType.ORGANIZATION).name("Lunde Council", EntityType.ORGANIZATION).build();
        assertEquals("Halbrecht Bank: PRONOUN_OR_TITLE", resolve(doc, "The company"));
        assertEquals("Lunde Council: PRONOUN_OR_TITLE", resolve(doc, "The council’s report"));
    }

    @Test
    void aPossessorOnlyQualifiesTheSpeakerNamedBesideIt() {
        Document doc = HandBuiltDocument.parse("Castell/PROPN ’s/PART producer/NOUN , Noor/PROPN Halvani/PROPN , "
                + "said/VERB/say no/INTJ .")
                .name("Castell", EntityType.PERSON).name("Noor Halvani", EntityType.PERSON).build();
        assertEquals("Noor Halvani: NAMED", resolve(doc, "Castell’s producer, Noor Halvani"));
    }

    @Test
    void anUnnamedGroupStaysUnresolved() {
        Document doc = HandBuiltDocument.parse("Analysts/NOUN/analyst said/VERB/say prices/NOUN/price rose/VERB/rise .")
                .build();
        assertEquals(List.of(), new SpeakerResolver(doc, WORDS).resolve(new Span(0, 8)).entities());
    }
}
