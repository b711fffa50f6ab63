package io.claimant.attribution.rules;

import io.claimant.attribution.Candidate;
import io.claimant.document.Document;
import io.claimant.document.EntityType;
import io.claimant.document.Span;
import io.claimant.lexicon.Lexicon;
import io.claimant.testing.HandBuiltDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The attribution rules on hand-built documents, no model loaded: one row per pattern, each with the candidates
 * the rules must propose, written "source | cue | content" (segments of a split quote joined by " … ", a missing
 * source or cue as "-").
 */
class RuleCandidatesTest {

    record Case(String pattern, String tokens, List<String> names, List<String> expected) {
        @Override
        public String toString() {
            return pattern;
        }
    }

    static Stream<Case> patterns() {
        return Stream.of(
                new Case("subject, auxiliary and adverb before the cue",
                        "Rutte/PROPN has/AUX/have repeatedly/ADV stated/VERB/state that/SCONJ NATO/PROPN remains/VERB/remain crucial/ADJ .",
                        List.of("Rutte"),
                        List.of("Rutte | stated | that NATO remains crucial")),
                new Case("parenthetical between subject and cue",
                        "Merz/PROPN , speaking/VERB/speak alongside/ADP Rutte/PROPN , emphasized/VERB/emphasize that/SCONJ "
                                + "Europe/PROPN is/AUX/be investing/VERB/invest in/ADP its/PRON own/ADJ strength/NOUN .",
                        List.of("Merz", "Rutte"),
                        List.of("Merz | emphasized | that Europe is investing in its own strength")),
                new Case("participial cue takes the subject of the clause before it",
                        "Lee/PROPN and/CCONJ Massie/PROPN have/AUX/have introduced/VERB/introduce a/DET bill/NOUN , "
                                + "arguing/VERB/argue that/SCONJ NATO/PROPN is/AUX/be a/DET relic/NOUN .",
                        List.of("Lee", "Massie"),
                        List.of("Lee and Massie | arguing | that NATO is a relic")),
                new Case("relative pronoun stands for the nearest noun",
                        "The/DET plan/NOUN drew/VERB/draw criticism/NOUN from/ADP economists/NOUN/economist , who/PRON "
                                + "warn/VERB that/SCONJ it/PRON would/AUX fail/VERB .",
                        List.of(),
                        List.of("economists | warn | that it would fail")),
                new Case("inverted tag after a quote names the speaker",
                        "“ The/DET budget/NOUN is/AUX/be balanced/ADJ , ” said/VERB/say Finance/PROPN Minister/PROPN "
                                + "Arvo/PROPN Kettunen/PROPN .",
                        List.of("Arvo Kettunen"),
                        List.of("Finance Minister Arvo Kettunen | said | The budget is balanced,")),
                new Case("tag after a quote",
                        "“ We/PRON will/AUX not/PART abandon/VERB the/DET fishing/NOUN towns/NOUN/town , ” she/PRON said/VERB/say .",
                        List.of(),
                        List.of("she | said | We will not abandon the fishing towns,")),
                new Case("tag between the two halves of a quote",
                        "“ We/PRON are/AUX/be ready/ADJ to/PART negotiate/VERB , ” union/NOUN leader/NOUN Dario/PROPN "
                                + "Pelletier/PROPN said/VERB/say , “ but/CCONJ not/PART at/ADP any/DET price/NOUN . ”",
                        List.of("Dario Pelletier"),
                        List.of("union leader Dario Pelletier | said | We are ready to negotiate, … but not at any price.")),
                new Case("tag after a paraphrase",
                        "The/DET levy/NOUN will/AUX be/AUX scrapped/VERB/scrap next/ADJ year/NOUN , the/DET ministry/NOUN said/VERB/say .",
                        List.of(),
                        List.of("the ministry | said | The levy will be scrapped next year")),
                new Case("according to X, then the content",
                        "According/VERB/accord to/ADP Rutte/PROPN , the/DET alliance/NOUN is/AUX/be strong/ADJ .",
                        List.of("Rutte"),
                        List.of("Rutte | According to | the alliance is strong")),
                new Case("content, then according to X",
                        "The/DET alliance/NOUN is/AUX/be strong/ADJ , according/VERB/accord to/ADP Rutte/PROPN .",
                        List.of("Rutte"),
                        List.of("Rutte | according to | The alliance is strong")),
                new Case("colon, then a quote",
                        "She/PRON said/VERB/say : “ The/DET evidence/NOUN is/AUX/be thin/ADJ . ”",
                        List.of(),
                        List.of("She | said | The evidence is thin.")),
                new Case("a directive's content starts with the addressee",
                        "Rutte/PROPN urged/VERB/urge allies/NOUN/ally to/PART spend/VERB more/ADJ on/ADP defence/NOUN .",
                        List.of("Rutte"),
                        List.of("Rutte | urged | allies to spend more on defence")),
                new Case("a commitment's content starts at 'to'",
                        "Voss/PROPN vowed/VERB/vow to/PART balance/VERB the/DET budget/NOUN .",
                        List.of("Voss"),
                        List.of("Voss | vowed | to balance the budget")),
                new Case("called for",
                        "The/DET strategy/NOUN calls/VERB/call for/ADP a/DET more/ADV balanced/ADJ distribution/NOUN "
                                + "of/ADP costs/NOUN/cost .",
                        List.of(),
                        List.of("The strategy | calls for | a more balanced distribution of costs")),
                new Case("bare clause",
                        "Voss/PROPN said/VERB/say the/DET plan/NOUN was/AUX/be dead/ADJ .",
                        List.of("Voss"),
                        List.of("Voss | said | the plan was dead")),
                new Case("bare clause after an addressee",
                        "Voss/PROPN told/VERB/tell reporters/NOUN/reporter the/DET plan/NOUN was/AUX/be dead/ADJ .",
                        List.of("Voss"),
                        List.of("Voss | told | the plan was dead")),
                new Case("an object is no bare clause",
                        "Voss/PROPN emphasized/VERB/emphasize the/DET importance/NOUN of/ADP NATO/PROPN and/CCONJ "
                                + "reaffirmed/VERB/reaffirm his/PRON support/NOUN .",
                        List.of("Voss"),
                        List.of()),
                new Case("coordinated cues share their subject",
                        "Massie/PROPN ’s/PART bill/NOUN criticizes/VERB/criticize NATO/PROPN as/ADP a/DET relic/NOUN , "
                                + "argues/VERB/argue that/SCONJ the/DET alliance/NOUN is/AUX/be outdated/ADJ , and/CCONJ "
                                + "claims/VERB/claim that/SCONJ Europe/PROPN can/AUX defend/VERB itself/PRON .",
                        List.of("Massie"),
                        List.of("Massie’s bill | criticizes | NATO as a relic",
                                "Massie’s bill | argues | that the alliance is outdated",
                                "Massie’s bill | claims | that Europe can defend itself")),
                new Case("a coordinated cue with its own subject ends the content before it",
                        "Some/DET argue/VERB that/SCONJ NATO/PROPN remains/VERB/remain essential/ADJ , while/SCONJ "
                                + "others/NOUN/other suggest/VERB that/SCONJ it/PRON must/AUX adapt/VERB .",
                        List.of(),
                        List.of("Some | argue | that NATO remains essential",
                                "others | suggest | that it must adapt")),
                new Case("a quote with no tag continues the attribution before it (R1a; more in QuoteContinuationsTest)",
                        "“ We/PRON will/AUX not/PART abandon/VERB the/DET towns/NOUN/town , ” she/PRON said/VERB/say . | "
                                + "“ The/DET harbour/NOUN must/AUX stay/VERB open/ADJ for/ADP everyone/PRON . ”",
                        List.of(),
                        List.of("she | said | We will not abandon the towns, … The harbour must stay open for everyone.")),
                new Case("passive has no source",
                        "It/PRON was/AUX/be announced/VERB/announce that/SCONJ the/DET plan/NOUN was/AUX/be dead/ADJ .",
                        List.of(),
                        List.of()),
                new Case("'that' as a determiner after a noun-object verb",
                        "Voss/PROPN dismissed/VERB/dismiss that/DET charge/NOUN on/ADP Tuesday/PROPN .",
                        List.of("Voss"),
                        List.of()),
                new Case("a cue verb after 'to' is no cue",
                        "Voss/PROPN declined/VERB/decline to/PART say/VERB whether/SCONJ the/DET plan/NOUN was/AUX/be dead/ADJ .",
                        List.of("Voss"),
                        List.of()),
                new Case("speech reported inside a quote belongs to the quote",
                        "“ I/PRON told/VERB/tell them/PRON that/SCONJ the/DET plan/NOUN was/AUX/be dead/ADJ , ” "
                                + "Voss/PROPN said/VERB/say .",
                        List.of("Voss"),
                        List.of("Voss | said | I told them that the plan was dead,")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("patterns")
    void theRulesProposeTheseCandidates(Case c) {
        Document doc = document(c);
        assertEquals(c.expected(), describe(doc, new RuleCandidates().candidates(doc)), doc.text());
    }

    @Test
    void aCalledForCueCarriesTheParticleInItsLemma() {
        Document doc = HandBuiltDocument.parse("The/DET strategy/NOUN calls/VERB/call for/ADP balanced/ADJ costs/NOUN/cost .").build();
        assertEquals("call for", new RuleCandidates().candidates(doc).get(0).cueLemma());
    }

    @Test
    void aVerbAddedToTheLexiconBecomesACue(@TempDir Path folder) throws IOException {
        Document doc = HandBuiltDocument.parse("Voss/PROPN mused/VERB/muse that/SCONJ the/DET plan/NOUN was/AUX/be dead/ADJ .")
                .name("Voss", EntityType.PERSON).build();
        assertEquals(List.of(), describe(doc, new RuleCandidates().candidates(doc)));

        Files.writeString(folder.resolve("cue-verbs.add.tsv"), VERB_HEADER + "muse\tspeech\ty\t0.7\ty\tn\tn\ty\tn\tn\tn\tn\n");
        List<Candidate> found = new RuleCandidates(Lexicon.load(folder)).candidates(doc);
        assertEquals(List.of("Voss | mused | that the plan was dead"), describe(doc, found));
        assertEquals(0.7, found.get(0).cueStrength());
    }

    @Test
    void aVerbsBehaviourComesFromItsRow(@TempDir Path folder) throws IOException {
        // "drawl" is no built-in cue; as one with inverted_tag = y it stands before its speaker.
        Document doc = HandBuiltDocument.parse("“ The/DET plan/NOUN is/AUX/be dead/ADJ , ” drawled/VERB/drawl "
                + "Voss/PROPN .").name("Voss", EntityType.PERSON).build();
        assertEquals(List.of(), describe(doc, new RuleCandidates().candidates(doc)));

        Files.writeString(folder.resolve("cue-verbs.add.tsv"), VERB_HEADER.replace("\t", "\t\t")
                + "drawl\t\tspeech\t\ty\t\t0.8\t\tn\t\tn\t\tn\t\ty\t\tn\t\tn\t\tn\t\tn\n");
        assertEquals(List.of("Voss | drawled | The plan is dead,"),
                describe(doc, new RuleCandidates(Lexicon.load(folder)).candidates(doc)));
    }

    @Test
    void aTagTrailerAddedToTheLexiconKeepsTheTag(@TempDir Path folder) throws IOException {
        // After an inverted tag ("said Voss"), only listed words may come before the sentence ends.
        Document doc = HandBuiltDocument.parse("“ The/DET plan/NOUN is/AUX/be dead/ADJ , ” said/VERB/say Voss/PROPN "
                + "tersely/ADV .").name("Voss", EntityType.PERSON).build();
        assertEquals(List.of(), describe(doc, new RuleCandidates().candidates(doc)), "an unknown word after the tag");

        Files.writeString(folder.resolve("tag-trailing-words.add.txt"), "# manner words\ntersely\n");
        assertEquals(List.of("Voss | said | The plan is dead,"),
                describe(doc, new RuleCandidates(Lexicon.load(folder)).candidates(doc)));
    }

    private static final String VERB_HEADER = "lemma\tclass\trule\tstrength\tbare_clause\taddressee\tdirect_quote\t"
            + "inverted_tag\tinfinitive\tsubject_infinitive\tobject_content\tas_complement\n";

    private static Document document(Case c) {
        HandBuiltDocument d = HandBuiltDocument.parse(c.tokens());
        for (String name : c.names()) {
            d.name(name, EntityType.PERSON);
        }
        return d.build();
    }

    static List<String> describe(Document doc, List<Candidate> candidates) {
        List<String> out = new ArrayList<>();
        for (Candidate c : candidates) {
            List<String> segments = new ArrayList<>();
            for (Span s : c.segments()) {
                segments.add(doc.text(s));
            }
            out.add((c.source() == null ? "-" : doc.text(c.source())) + " | "
                    + (c.cue() == null ? "-" : doc.text(c.cue())) + " | " + String.join(" … ", segments));
        }
        return out;
    }
}
