package io.claimant.attribution.learned;

import io.claimant.attribution.learned.table.TokenSpan;
import io.claimant.attribution.learned.table.TokenTable;
import io.claimant.attribution.learned.table.WordClusters;
import io.claimant.document.Document;
import io.claimant.document.EntityType;
import io.claimant.testing.HandBuiltDocument;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The core of a source: the noun phrase that names the speaker, as Claimant's guidelines write it. */
class SourceCoreTest {

    /** The core of the whole of {@code tokens} (the sentence before its last token, "said"), as text. */
    private static String core(String tokens, String... names) {
        HandBuiltDocument built = HandBuiltDocument.parse(tokens + " said/VERB/say");
        for (String name : names) {
            built.name(name, EntityType.PERSON);
        }
        Document doc = built.build();
        TokenTable t = new TokenTable(doc, List.of(), WordClusters.NONE);
        TokenSpan core = SourceCore.of(t, new TokenSpan(0, t.size - 1));
        return doc.text(core.characters(doc.tokens()));
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
    void aClauseAfterACommaIsCutEvenWithAConjunctionInIt() {
        assertEquals("The analysts", core("The/DET analysts/NOUN/analyst , who/PRON study/VERB trade/NOUN and/CCONJ "
                + "tariffs/NOUN/tariff ,"));
    }
}
