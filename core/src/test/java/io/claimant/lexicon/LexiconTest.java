package io.claimant.lexicon;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Loading the built-in lists and a user's folder: replacing, adding, and every error a folder can hold. */
class LexiconTest {

    /** The rules' cue lemmas before the verb sets moved into cue-verbs.tsv; the move must not change them. */
    private static final Set<String> RULE_CUES = Set.of("say", "tell", "state", "add", "announce", "declare", "argue",
            "contend", "maintain", "insist", "claim", "assert", "stress", "emphasize", "emphasise", "underline",
            "underscore", "highlight", "note", "observe", "remark", "point", "explain", "warn", "caution",
            "acknowledge", "admit", "concede", "confirm", "deny", "reply", "respond", "answer", "write", "report",
            "reveal", "disclose", "tweet", "post", "predict", "forecast", "estimate", "suggest", "believe", "think",
            "complain", "allege", "accuse", "charge", "recall", "testify", "vow", "promise", "pledge", "urge",
            "demand", "agree", "reiterate", "repeat", "indicate", "signal", "conclude", "find", "show", "assure",
            "inform", "remind", "mention", "comment", "hint", "imply", "counter", "retort", "scoff", "joke", "quip",
            "describe", "criticize", "criticise", "call", "question", "doubt", "fear", "hope", "expect", "worry",
            "concur", "dismiss", "reject", "welcome", "speculate", "theorize", "propose", "recommend", "advise",
            "ask", "wonder", "learn");

    /** A minimal valid verb table header, for the folder tests. */
    private static final String HEADER = "lemma\tclass\trule\tstrength\tbare_clause\taddressee\tdirect_quote\t"
            + "inverted_tag\tinfinitive\tsubject_infinitive\tobject_content\tas_complement\n";

    @TempDir
    Path folder;

    @Test
    void builtInListsLoadOnceAndKeepTheRulesCueLemmas() {
        Lexicon lexicon = Lexicon.builtIn();
        assertSame(lexicon, Lexicon.builtIn());
        Set<String> rule = new TreeSet<>();
        for (CueVerb v : lexicon.cueVerbs().all()) {
            if (v.rule()) {
                rule.add(v.lemma());
            }
        }
        assertEquals(new TreeSet<>(RULE_CUES), rule);
        assertEquals(1.0, lexicon.cueVerbs().get("say").strength());
        assertTrue(lexicon.cueVerbs().has("say", CueBehaviour.INVERTED_TAG));
        assertTrue(lexicon.cueVerbs().has("vow", CueBehaviour.SUBJECT_INFINITIVE));
        assertFalse(lexicon.cueVerbs().has("urge", CueBehaviour.SUBJECT_INFINITIVE));
        assertTrue(lexicon.words(LexiconList.TITLES).contains("chancellor"));
    }

    @Test
    void theVerbTableClassesCuesTheRulesDoNotUse() {
        CueVerbs verbs = Lexicon.builtIn().cueVerbs();
        assertTrue(verbs.all().size() >= 200, "about 200 frequent PolNeAR cue lemmas: " + verbs.all().size());
        assertFalse(verbs.isRuleCue("support"));
        assertEquals(CueClass.STANCE, verbs.classOf("support").orElseThrow());
        assertEquals(CueClass.BELIEF, verbs.classOf("know").orElseThrow());
        assertEquals(CueClass.SPEECH, verbs.classOf("say").orElseThrow());
        assertEquals(CueClass.EVIDENCE, verbs.classOf("show").orElseThrow());
        assertTrue(verbs.classOf("resign").isEmpty());
        for (CueVerb v : verbs.all()) {
            assertTrue(v.rule() || v.behaviours().isEmpty(), v.lemma());
        }
    }

    @Test
    void everyBuiltInFileSaysWhatItIsForAndHasEntries() throws IOException {
        for (LexiconList list : LexiconList.values()) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(list.resource())) {
                assertTrue(in != null, list.resource());
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(text.startsWith("# "), list.fileName() + " starts with a comment saying what it is for");
                assertTrue(text.contains("Used by") || list == LexiconList.CUE_VERBS, list.fileName() + " names its user");
            }
            assertFalse(Lexicon.builtIn().rows(list).isEmpty(), list.fileName());
        }
    }

    @Test
    void aFileNamedLikeAListReplacesIt() throws IOException {
        Files.writeString(folder.resolve("titles.txt"), "# only one\nWarlord\n");
        Lexicon lexicon = Lexicon.load(folder);
        assertEquals(Set.of("warlord"), lexicon.words(LexiconList.TITLES), "entries are lower-cased");
        assertEquals(Lexicon.builtIn().words(LexiconList.ORGANISATION_DESIGNATORS),
                lexicon.words(LexiconList.ORGANISATION_DESIGNATORS), "other lists stay built-in");
    }

    @Test
    void anAddFileAddsRowsToTheBuiltInList() throws IOException {
        Files.writeString(folder.resolve("cue-verbs.add.tsv"), HEADER
                + "muse\tspeech\ty\t0.7\ty\tn\tn\ty\tn\tn\tn\tn\n"
                + "endorse\tstance\tn\t-\tn\tn\tn\tn\tn\tn\tn\tn\n".replace("endorse", "anoint"));
        Files.writeString(folder.resolve("titles.add.txt"), "warlord\n");
        Lexicon lexicon = Lexicon.load(folder);
        assertTrue(lexicon.cueVerbs().isRuleCue("muse"));
        assertTrue(lexicon.cueVerbs().has("muse", CueBehaviour.INVERTED_TAG));
        assertFalse(lexicon.cueVerbs().isRuleCue("anoint"));
        assertEquals(CueClass.STANCE, lexicon.cueVerbs().classOf("anoint").orElseThrow());
        assertTrue(lexicon.cueVerbs().isRuleCue("say"));
        assertTrue(lexicon.words(LexiconList.TITLES).containsAll(Set.of("warlord", "chancellor")));
    }

    @Test
    void columnsMayComeInAnyOrderAndBeLinedUpWithSeveralTabs() throws IOException {
        Files.writeString(folder.resolve("first-names.add.tsv"), "gender\t\tname\nF\t\tOyelola\n");
        Lexicon lexicon = Lexicon.load(folder);
        assertTrue(lexicon.rows(LexiconList.FIRST_NAMES).stream().anyMatch(r -> r.get("name").equals("Oyelola")),
                "given names keep their case");
    }

    @Test
    void hiddenFilesAreIgnored() throws IOException {
        Files.writeString(folder.resolve(".DS_Store"), "binary junk");
        assertEquals(Lexicon.builtIn().words(LexiconList.TITLES), Lexicon.load(folder).words(LexiconList.TITLES));
    }

    @Test
    void filesHeldInMemoryLoadAsTheirFolderDoes() throws IOException {
        Files.writeString(folder.resolve("cue-verbs.add.tsv"), HEADER + "muse\tspeech\ty\t0.7\ty\tn\tn\ty\tn\tn\tn\tn\n");
        Files.writeString(folder.resolve("titles.txt"), "warlord\n");
        Files.writeString(folder.resolve(".hidden"), "junk");

        Map<String, byte[]> files = Lexicon.readFolder(folder);
        Lexicon fromMemory = Lexicon.load("/saved/lists", files);

        assertEquals(Set.of("cue-verbs.add.tsv", "titles.txt"), files.keySet(), "hidden files are not read");
        Lexicon fromFolder = Lexicon.load(folder);
        assertEquals(Set.of("warlord"), fromMemory.words(LexiconList.TITLES));
        assertTrue(fromMemory.cueVerbs().has("muse", CueBehaviour.INVERTED_TAG));
        for (LexiconList list : LexiconList.values()) {
            assertEquals(values(fromFolder, list), values(fromMemory, list), list.fileName());
        }
        assertEquals("/saved/lists/cue-verbs.add.tsv line 2", fromMemory.rows(LexiconList.CUE_VERBS)
                .get(fromMemory.rows(LexiconList.CUE_VERBS).size() - 1).where(), "rows say where they came from");
    }

    @Test
    void filesHeldInMemoryGetTheFolderChecksAndNameTheFile() {
        String badRow = assertThrows(LexiconException.class, () -> Lexicon.load("/saved/lists", Map.of(
                "cue-verbs.add.tsv", (HEADER + "muse\tspeech\tmaybe\t0.7\tn\tn\tn\tn\tn\tn\tn\tn\n")
                        .getBytes(StandardCharsets.UTF_8)))).getMessage();
        assertTrue(badRow.contains("/saved/lists/cue-verbs.add.tsv line 2: column rule takes y or n, not 'maybe'"),
                badRow);
        String badName = assertThrows(LexiconException.class, () -> Lexicon.load("/saved/lists",
                Map.of("verbs.tsv", HEADER.getBytes(StandardCharsets.UTF_8)))).getMessage();
        assertTrue(badName.startsWith("lexicon /saved/lists: 'verbs.tsv' is not a lexicon file"), badName);
        String notUtf8 = assertThrows(LexiconException.class, () -> Lexicon.load("/saved/lists",
                Map.of("titles.add.txt", new byte[]{'w', (byte) 0xE9, '\n'}))).getMessage();
        assertEquals("/saved/lists/titles.add.txt is not UTF-8 text", notUtf8);
    }

    @Test
    void aSubFolderIsAnErrorNamingIt() throws IOException {
        Files.createDirectory(folder.resolve("titles.txt"));
        String message = assertThrows(LexiconException.class, () -> Lexicon.load(folder)).getMessage();
        assertTrue(message.startsWith("lexicon folder " + folder + ": 'titles.txt' is not a lexicon file"), message);
    }

    @Test
    void anUnknownFileNameIsAnErrorListingTheValidNames() throws IOException {
        Files.writeString(folder.resolve("cue-verb.tsv"), HEADER);
        String message = assertThrows(LexiconException.class, () -> Lexicon.load(folder)).getMessage();
        assertTrue(message.contains("'cue-verb.tsv' is not a lexicon file"), message);
        for (LexiconList list : LexiconList.values()) {
            assertTrue(message.contains(list.fileName()), message);
        }
        assertTrue(message.contains("cue-verbs.add.tsv"), message);
    }

    @Test
    void aMissingFolderIsAnError() {
        String message = assertThrows(LexiconException.class, () -> Lexicon.load(folder.resolve("nope"))).getMessage();
        assertTrue(message.contains("nope") && message.contains("does not exist"), message);
    }

    @Test
    void aDuplicateInAFileNamesBothLines() throws IOException {
        Files.writeString(folder.resolve("titles.txt"), "# titles\nsenator\nmayor\nSenator\n");
        String message = assertThrows(LexiconException.class, () -> Lexicon.load(folder)).getMessage();
        assertTrue(message.contains("titles.txt line 4: 'senator' is already listed at "), message);
        assertTrue(message.endsWith("titles.txt line 2"), message);
    }

    @Test
    void addingARowTheBuiltInListHasIsAnErrorThatSaysHowToChangeIt() throws IOException {
        Files.writeString(folder.resolve("cue-verbs.add.tsv"), HEADER + "say\tspeech\ty\t0.5\tn\tn\tn\tn\tn\tn\tn\tn\n");
        String message = assertThrows(LexiconException.class, () -> Lexicon.load(folder)).getMessage();
        assertTrue(message.contains("cue-verbs.add.tsv line 2: 'say' is already listed at cue-verbs.tsv (built-in) line"),
                message);
        assertTrue(message.contains("replace the whole list with your own cue-verbs.tsv"), message);
    }

    @Test
    void anUnknownColumnIsAnErrorListingTheColumns() throws IOException {
        Files.writeString(folder.resolve("cue-verbs.add.tsv"), HEADER.replace("strength", "strenght"));
        String message = assertThrows(LexiconException.class, () -> Lexicon.load(folder)).getMessage();
        assertTrue(message.contains("cue-verbs.add.tsv line 1: unknown column 'strenght'"), message);
        assertTrue(message.contains("lemma, class, rule, strength, bare_clause"), message);
    }

    @Test
    void aMissingColumnIsAnError() throws IOException {
        Files.writeString(folder.resolve("role-nouns.add.tsv"), "role\nminister\n");
        String message = assertThrows(LexiconException.class, () -> Lexicon.load(folder)).getMessage();
        assertTrue(message.contains("role-nouns.add.tsv line 1: the header lacks column title"), message);
    }

    @Test
    void badValuesAreErrorsWithFileAndLine() throws IOException {
        assertLoadFails("cue-verbs.add.tsv", HEADER + "muse\tspeech\tyes\t0.7\tn\tn\tn\tn\tn\tn\tn\tn\n",
                "line 2: column rule takes y or n, not 'yes'");
        assertLoadFails("cue-verbs.add.tsv", HEADER + "muse\tgossip\ty\t0.7\tn\tn\tn\tn\tn\tn\tn\tn\n",
                "line 2: column class takes one of speech, belief, stance, evidence, not 'gossip'");
        assertLoadFails("cue-verbs.add.tsv", HEADER + "muse\tspeech\ty\t1.7\tn\tn\tn\tn\tn\tn\tn\tn\n",
                "line 2: column strength takes a number from 0 to 1 or -, not '1.7'");
        assertLoadFails("cue-verbs.add.tsv", HEADER + "muse\tspeech\ty\t0.7\tn\n",
                "line 2: 5 fields where the header has 12");
        assertLoadFails("titles.add.txt", "vice president\n", "titles.add.txt line 1: 'vice president'");
        assertLoadFails("first-names.add.tsv", "name\tgender\nAlex\tX\n", "column gender takes one of F, M, not 'X'");
    }

    @Test
    void verbRowsWhoseBehavioursCouldNeverApplyAreRefused() throws IOException {
        assertLoadFails("cue-verbs.add.tsv", HEADER + "menace\tstance\tn\t-\tn\tn\tn\tn\ty\tn\tn\tn\n",
                "line 2: 'menace' has rule = n, so the rules never see it and infinitive could never apply");
        assertLoadFails("cue-verbs.add.tsv", HEADER + "muse\tspeech\ty\t-\tn\tn\tn\tn\tn\tn\tn\tn\n",
                "'muse' is a rule cue (rule = y) and needs a strength");
        assertLoadFails("cue-verbs.add.tsv", HEADER + "muse\tspeech\ty\t0.5\tn\ty\tn\tn\tn\tn\tn\tn\n",
                "'muse' has addressee = y, which applies only with bare_clause = y");
        assertLoadFails("cue-verbs.add.tsv", HEADER + "muse\tspeech\ty\t0.5\tn\tn\tn\tn\tn\ty\tn\tn\n",
                "'muse' has subject_infinitive = y, which applies only with infinitive = y");
    }

    @Test
    void aTableWithoutAHeaderIsAnError() throws IOException {
        assertLoadFails("role-nouns.tsv", "# nothing\n", "role-nouns.tsv: no header row; the columns are role, title");
    }

    private static List<Map<String, String>> values(Lexicon lexicon, LexiconList list) {
        return lexicon.rows(list).stream().map(Row::values).toList();
    }

    private void assertLoadFails(String file, String content, String expected) throws IOException {
        try (var files = Files.list(folder)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.writeString(folder.resolve(file), content);
        String message = assertThrows(LexiconException.class, () -> Lexicon.load(folder)).getMessage();
        assertTrue(message.contains(folder.resolve(file).toString()), message);
        assertTrue(message.contains(expected), message);
    }
}
