package io.claimant.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --lexicon DIR} on extract and eval: a bad folder is a usage error; a good one changes what is found. */
class LexiconOptionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VERB_HEADER = "lemma\tclass\trule\tstrength\tbare_clause\taddressee\tdirect_quote\t"
            + "inverted_tag\tinfinitive\tsubject_infinitive\tobject_content\tas_complement\n";

    @TempDir
    Path folder;

    @Test
    void aMissingFolderIsAUsageErrorBeforeAnythingLoads() throws IOException {
        Files.writeString(folder.resolve("a.txt"), "Voss said so.");
        for (String command : List.of("extract", "eval")) {
            CliRun run = command.equals("extract")
                    ? CliRun.withoutPipeline("extract", folder.toString(), "--lexicon", folder.resolve("nope").toString())
                    : CliRun.withoutPipeline("eval", "--gold", folder.toString(), "--lexicon", folder.resolve("nope").toString());
            assertEquals(ExitCodes.USAGE, run.exitCode(), command);
            assertTrue(run.stderr().contains("--lexicon: lexicon folder " + folder.resolve("nope") + " does not exist"),
                    run.stderr());
        }
    }

    @Test
    void aFileThatIsNoListIsAUsageErrorNamingItAndTheValidNames() throws IOException {
        Path lexicon = Files.createDirectory(folder.resolve("lexicon"));
        Files.writeString(lexicon.resolve("verbs.tsv"), VERB_HEADER);
        CliRun run = CliRun.withoutPipeline("extract", "-", "--lexicon", lexicon.toString());
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.stderr().contains("'verbs.tsv' is not a lexicon file"), run.stderr());
        assertTrue(run.stderr().contains("cue-verbs.tsv") && run.stderr().contains("titles.txt"), run.stderr());
    }

    @Test
    void aBadRowIsAUsageErrorWithFileAndLine() throws IOException {
        Path lexicon = Files.createDirectory(folder.resolve("lexicon"));
        Files.writeString(lexicon.resolve("cue-verbs.add.tsv"), VERB_HEADER + "muse\tspeech\tmaybe\t0.7\tn\tn\tn\tn\tn\tn\tn\tn\n");
        CliRun run = CliRun.withoutPipeline("extract", "-", "--lexicon", lexicon.toString());
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.stderr().contains(lexicon.resolve("cue-verbs.add.tsv") + " line 2: column rule takes y or n, not 'maybe'"),
                run.stderr());
    }

    @Test
    void anAddedVerbBecomesACue() throws IOException {
        byte[] text = "Finance Minister Karel Voss mused that the budget would balance by spring.\n"
                .getBytes(StandardCharsets.UTF_8);
        // The word lists drive the rules profile; the fast profile finds "mused" from its context without them.
        CliRun plain = CliRun.withPipeline(TestPipeline.shared(), text, "extract", "-", "-q", "--profile", "rules");
        assertEquals(0, plain.exitCode(), plain.stderr());
        assertEquals(List.of(), plain.lines(), "'muse' is not a built-in cue");

        Path lexicon = Files.createDirectory(folder.resolve("lexicon"));
        Files.writeString(lexicon.resolve("cue-verbs.add.tsv"), "# musing is speech here\n" + VERB_HEADER
                + "muse\tspeech\ty\t0.7\ty\tn\tn\ty\tn\tn\tn\tn\n");
        CliRun extended = CliRun.withPipeline(TestPipeline.shared(), text, "extract", "-", "-q", "--profile", "rules",
                "--lexicon", lexicon.toString());
        assertEquals(0, extended.exitCode(), extended.stderr());
        assertEquals(1, extended.lines().size(), extended.lines().toString());
        JsonNode claim = JSON.readTree(extended.lines().get(0));
        assertEquals("mused", claim.path("cue").path("text").asText());
        assertEquals("muse", claim.path("cue").path("lemma").asText());
        assertEquals("Karel Voss", claim.path("source").path("entities").path(0).path("name").asText());
        assertTrue(claim.path("content").path("text").asText().startsWith("that the budget would balance"), claim.toString());
    }

    @Test
    void evalRunsThePipelineWithTheLexicon(@TempDir Path reports) throws IOException {
        String seed = Path.of(System.getProperty("claimant.repo.dir", ".."), "src-test-data", "nato-us-membership.txt").toString();
        Path lexicon = Files.createDirectory(folder.resolve("lexicon"));
        // Only "say": the seed article's cues are argue, stress, note, warn ..., so most claims go.
        Files.writeString(lexicon.resolve("cue-verbs.tsv"), VERB_HEADER + "say\tspeech\ty\t1.0\ty\tn\ty\ty\tn\tn\tn\tn\n");
        int full = contentTruePositives(reports.resolve("full.json"), "eval", "--gold", seed, "--profile", "rules");
        int onlySay = contentTruePositives(reports.resolve("say.json"), "eval", "--gold", seed, "--profile", "rules",
                "--lexicon", lexicon.toString());
        assertTrue(full > 15, "full lexicon finds the seed's claims: " + full);
        assertTrue(onlySay < full / 2, "a lexicon of 'say' alone finds far fewer: " + onlySay + " of " + full);
    }

    private static int contentTruePositives(Path report, String... args) throws IOException {
        String[] withReport = new String[args.length + 2];
        System.arraycopy(args, 0, withReport, 0, args.length);
        withReport[args.length] = "--report";
        withReport[args.length + 1] = report.toString();
        CliRun run = CliRun.withPipeline(TestPipeline.shared(), new byte[0], withReport);
        assertEquals(0, run.exitCode(), run.stderr());
        return JSON.readTree(Files.readString(report)).path("metrics").path("content (overlap)").path("tp").asInt();
    }
}
