package io.claimant.attribution.rules;

import io.claimant.attribution.AttributionAnnotator;
import io.claimant.attribution.Candidate;
import io.claimant.document.Claim;
import io.claimant.document.ClaimType;
import io.claimant.document.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * One attribution per quote across its tag, sentences and paragraphs (GUIDELINES R1), on hand-built documents:
 * each row lists the candidates the rules must propose ("source | cue | segment … segment") and the type of
 * each claim the assembler makes of them.
 */
class QuoteContinuationsTest {

    record Case(String pattern, String tokens, List<String> names, List<String> expected, List<ClaimType> types) {
        @Override
        public String toString() {
            return pattern;
        }
    }

    private static final String QUOTE_THEN_SHE_SAID =
            "“ We/PRON will/AUX not/PART move/VERB , ” she/PRON said/VERB/say . ";

    static Stream<Case> patterns() {
        return Stream.of(
                new Case("a quote continued in the sentence after its tag",
                        QUOTE_THEN_SHE_SAID + "| “ The/DET port/NOUN stays/VERB/stay open/ADJ . ”",
                        List.of(),
                        List.of("she | said | We will not move, … The port stays open."),
                        List.of(ClaimType.DIRECT)),
                new Case("several quote-only sentences after the tag, however short",
                        "“ We/PRON will/AUX not/PART move/VERB , ” said/VERB/say Voss/PROPN . | “ Never/ADV . ” | "
                                + "“ Not/PART now/ADV . ”",
                        List.of("Voss"),
                        List.of("Voss | said | We will not move, … Never. … Not now."),
                        List.of(ClaimType.DIRECT)),
                new Case("a tag with a relative clause on its speaker, which is part of the whole source (R6)",
                        "“ We/PRON will/AUX not/PART move/VERB , ” said/VERB/say Voss/PROPN , who/PRON chairs/VERB/chair "
                                + "the/DET union/NOUN . | “ Not/PART now/ADV . ”",
                        List.of("Voss"),
                        List.of("Voss, who chairs the union | said | We will not move, … Not now."),
                        List.of(ClaimType.DIRECT)),
                new Case("a cue before the quote, and a second quote after it",
                        "She/PRON said/VERB/say : “ The/DET port/NOUN stays/VERB/stay open/ADJ . ” “ Always/ADV . ”",
                        List.of(),
                        List.of("She | said | The port stays open. … Always."),
                        List.of(ClaimType.DIRECT)),
                new Case("a following paragraph that is only a quote",
                        QUOTE_THEN_SHE_SAID + "|| “ The/DET port/NOUN stays/VERB/stay open/ADJ . ”",
                        List.of(),
                        List.of("she | said | We will not move, … The port stays open."),
                        List.of(ClaimType.DIRECT)),
                new Case("a quote-only paragraph after a paraphrase makes it mixed",
                        "Voss/PROPN said/VERB/say the/DET plan/NOUN was/AUX/be dead/ADJ . || "
                                + "“ We/PRON will/AUX fight/VERB on/ADV . ”",
                        List.of("Voss"),
                        List.of("Voss | said | the plan was dead … We will fight on."),
                        List.of(ClaimType.MIXED)),
                new Case("the next quote has a tag of its own",
                        QUOTE_THEN_SHE_SAID + "|| “ The/DET port/NOUN stays/VERB/stay open/ADJ , ” he/PRON added/VERB/add .",
                        List.of(),
                        List.of("she | said | We will not move,", "he | added | The port stays open,"),
                        List.of(ClaimType.DIRECT, ClaimType.DIRECT)),
                new Case("narration between the tag and the next quote",
                        QUOTE_THEN_SHE_SAID + "| The/DET crowd/NOUN cheered/VERB/cheer . | “ Not/PART now/ADV . ”",
                        List.of(),
                        List.of("she | said | We will not move,"),
                        List.of(ClaimType.DIRECT)),
                new Case("a quote inside a sentence of narration",
                        QUOTE_THEN_SHE_SAID + "| “ Northern/PROPN Lights/PROPN ” opens/VERB/open on/ADP Friday/PROPN .",
                        List.of(),
                        List.of("she | said | We will not move,"),
                        List.of(ClaimType.DIRECT)),
                new Case("a narration paragraph between",
                        QUOTE_THEN_SHE_SAID + "|| The/DET crowd/NOUN cheered/VERB/cheer . || “ Not/PART now/ADV . ”",
                        List.of(),
                        List.of("she | said | We will not move,"),
                        List.of(ClaimType.DIRECT)),
                new Case("a later cue in the tag's sentence takes what follows",
                        "“ We/PRON will/AUX not/PART move/VERB , ” she/PRON said/VERB/say , and/CCONJ added/VERB/add "
                                + "that/SCONJ the/DET port/NOUN was/AUX/be safe/ADJ . | “ Always/ADV . ”",
                        List.of(),
                        List.of("she | said | We will not move,", "she | added | that the port was safe … Always."),
                        List.of(ClaimType.DIRECT, ClaimType.MIXED)),
                new Case("a speech verb with no content of its own introduces the quote after it",
                        "Voss/PROPN answered/VERB/answer her/PRON critics/NOUN/critic on/ADP Thursday/PROPN . | "
                                + "“ We/PRON agree/VERB . ” | “ The/DET data/NOUN are/AUX/be public/ADJ . ”",
                        List.of("Voss"),
                        List.of("Voss | answered | We agree. … The data are public."),
                        List.of(ClaimType.DIRECT)),
                new Case("a verb that reports no speech introduces nothing",
                        "Voss/PROPN arrived/VERB/arrive on/ADP Thursday/PROPN . | “ We/PRON agree/VERB . ”",
                        List.of("Voss"),
                        List.of(),
                        List.of()),
                new Case("double apostrophes continued after the tag",
                        "'' We/PRON will/AUX not/PART move/VERB , '' she/PRON said/VERB/say . | "
                                + "'' The/DET port/NOUN stays/VERB/stay open/ADJ . ''",
                        List.of(),
                        List.of("she | said | We will not move, … The port stays open."),
                        List.of(ClaimType.DIRECT)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("patterns")
    void oneCandidatePerQuoteRun(Case c) {
        Document doc = RuleTestDocuments.document(c.tokens(), c.names());
        assertEquals(c.expected(), RuleCandidatesTest.describe(doc, new RuleCandidates().candidates(doc)), doc.text());
    }

    @Test
    void aLongRunOfQuotesIsJoinedInLinearTime() {
        int quotes = 40_000;
        String tokens = QUOTE_THEN_SHE_SAID + "| “ Again/ADV . ” ".repeat(quotes);
        Document doc = RuleTestDocuments.document(tokens, List.of());
        List<Candidate> found = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> new RuleCandidates().candidates(doc));
        assertEquals(1, found.size());
        assertEquals(quotes + 1, found.get(0).segments().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("patterns")
    void claimTypes(Case c) {
        Document doc = RuleTestDocuments.document(c.tokens(), c.names());
        List<ClaimType> types = new AttributionAnnotator(new RuleCandidates()).annotate(doc).claims().stream()
                .map(Claim::type).toList();
        assertEquals(c.types(), types, doc.text());
    }
}
