package io.claimant.eval;

import io.claimant.document.CodePointIndex;
import io.claimant.document.Document;
import io.claimant.testing.HandBuiltDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Clause or noun phrase, on hand-tagged contents (the whole document is the content). */
class ContentKindTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
            "that/SCONJ NATO/PROPN remains/VERB/remain crucial/ADJ ; clause",
            "he/PRON would/AUX run/VERB again/ADV ; clause",
            "the/DET alliance/NOUN 's/PART strength/NOUN lies/VERB/lie in/ADP unity/NOUN ; clause",
            "prices/NOUN quickly/ADV rose/VERB/rise ; clause",
            "to/PART close/VERB two/NUM libraries/NOUN/library ; clause",
            "the/DET enduring/VERB/endure importance/NOUN of/ADP NATO/PROPN ; noun phrase",
            "tariffs/NOUN/tariff on/ADP steel/NOUN ; noun phrase",
            "the/DET possibility/NOUN of/ADP a/DET U.S./PROPN exit/NOUN ; noun phrase",
    })
    void kindOfContent(String tokens, String kind) {
        Document doc = HandBuiltDocument.parse(tokens).build();
        SpanSet all = SpanSet.of(0, doc.text().codePointCount(0, doc.text().length()));
        assertEquals(kind, ContentKind.of(doc, new CodePointIndex(doc.text()), all));
    }
}
