package io.claimant.attribution.rules;

import io.claimant.document.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A colon or a dash that alone ties what was said to its speaker (GUIDELINES R5c), on hand-built documents:
 * transcript lines ("TAPPER: …"), headline labels ("Trump: ‘…’") and signature lines ("“…” ― Name").
 */
class PunctuationCuesTest {

    record Case(String pattern, String tokens, List<String> names, List<String> expected) {
        @Override
        public String toString() {
            return pattern;
        }
    }

    private static final String QUOTE = "“ Courage/NOUN is/AUX/be rarely/ADV loud/ADJ . ”";
    private static final String BODY = " || The/DET report/NOUN came/VERB/come out/ADP on/ADP Monday/PROPN .";

    static Stream<Case> patterns() {
        return Stream.of(
                new Case("a transcript line",
                        "TAPPER/NOUN/tapper : Do/AUX/do you/PRON think/VERB the/DET plan/NOUN will/AUX work/VERB ?",
                        List.of(),
                        List.of("TAPPER | : | Do you think the plan will work")),
                new Case("a transcript line that is a quote",
                        "ROMEO/NOUN/romeo : “ Is/AUX/be the/DET day/NOUN so/ADV young/ADJ ? ”",
                        List.of(),
                        List.of("ROMEO | : | Is the day so young?")),
                new Case("a recognised name before the colon",
                        "Ines/PROPN Falk/PROPN : We/PRON will/AUX stay/VERB until/ADP spring/NOUN .",
                        List.of("Ines Falk"),
                        List.of("Ines Falk | : | We will stay until spring")),
                new Case("a label that names no speaker",
                        "UPDATE/NOUN/update : The/DET mayor/NOUN resigned/VERB/resign on/ADP Friday/PROPN .",
                        List.of(),
                        List.of()),
                new Case("capitalised words that are no name in the body",
                        "Next/ADJ steps/NOUN/step : The/DET council/NOUN meets/VERB/meet on/ADP Friday/PROPN .",
                        List.of(),
                        List.of()),
                new Case("a headline label",
                        "Trump/PROPN : ‘ We/PRON will/AUX win/VERB ’" + BODY,
                        List.of(),
                        List.of("Trump | : | We will win")),
                new Case("a cue inside a transcript line is nested in it",
                        "PENCE/NOUN/pence : Well/INTJ , Clinton/PROPN said/VERB/say that/SCONJ the/DET plan/NOUN "
                                + "failed/VERB/fail .",
                        List.of("Clinton"),
                        List.of("PENCE | : | Well, Clinton said that the plan failed")),
                new Case("a transcript quoted as a whole, one speaker over two paragraphs",
                        "“ WALLACE/NOUN/wallace : Let/VERB us/PRON start/VERB . || “ After/ADP that/PRON we/PRON go/VERB "
                                + "on/ADP . || “ PENCE/NOUN/pence : Well/INTJ , look/VERB .",
                        List.of(),
                        List.of("WALLACE | : | Let us start … After that we go on.", "PENCE | : | Well, look")),
                new Case("a signature after the quote",
                        QUOTE + " ― Albert/PROPN Einstein/PROPN",
                        List.of("Albert Einstein"),
                        List.of("Albert Einstein | ― | Courage is rarely loud.")),
                new Case("a signature on a line of its own",
                        QUOTE + " || ― Albert/PROPN Einstein/PROPN",
                        List.of("Albert Einstein"),
                        List.of("Albert Einstein | ― | Courage is rarely loud.")),
                new Case("an em dash, an initial and a final period",
                        QUOTE + " — Edwin/PROPN G/PROPN . Monroy/PROPN .",
                        List.of(),
                        List.of("Edwin G. Monroy | — | Courage is rarely loud.")),
                new Case("a signature takes the quote that would otherwise continue a claim",
                        "Voss/PROPN said/VERB/say the/DET plan/NOUN was/AUX/be dead/ADJ . || " + QUOTE
                                + " || ― Albert/PROPN Einstein/PROPN",
                        List.of("Voss", "Albert Einstein"),
                        List.of("Voss | said | the plan was dead", "Albert Einstein | ― | Courage is rarely loud.")),
                new Case("a dash in narration is no signature",
                        "The/DET vote/NOUN passed/VERB/pass — Mayor/PROPN Lund/PROPN",
                        List.of(),
                        List.of()),
                new Case("a signature line under narration",
                        "The/DET vote/NOUN passed/VERB/pass . || ― Mayor/PROPN Lund/PROPN",
                        List.of(),
                        List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("patterns")
    void punctuationCues(Case c) {
        Document doc = RuleTestDocuments.document(c.tokens(), c.names());
        assertEquals(c.expected(), RuleCandidatesTest.describe(doc, new RuleCandidates().candidates(doc)), doc.text());
    }
}
