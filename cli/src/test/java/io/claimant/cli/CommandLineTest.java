package io.claimant.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Everything that ends before the models are loaded: help, version, usage and fatal errors. */
class CommandLineTest {

    @TempDir
    Path folder;

    @Test
    void helpOnEveryCommandListsTheExitCodes() {
        for (String[] args : new String[][] {{"--help"}, {"extract", "--help"}, {"help", "extract"}}) {
            CliRun run = CliRun.withoutPipeline(args);
            assertEquals(ExitCodes.OK, run.exitCode(), String.join(" ", args));
            assertTrue(run.help().startsWith("Usage: claimant"), run.help());
            assertTrue(run.help().contains("Exit codes:") && run.help().contains("3   nothing was processed"),
                    run.help());
        }
        assertTrue(CliRun.withoutPipeline("extract", "--help").help().contains("--format=FORMAT"));
    }

    @Test
    void versionComesFromTheBuild() {
        for (String[] args : new String[][] {{"--version"}, {"extract", "-V"}}) {
            CliRun run = CliRun.withoutPipeline(args);
            assertEquals(ExitCodes.OK, run.exitCode());
            assertTrue(run.help().matches("claimant \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R"), run.help());
        }
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(ExitCodes.USAGE, CliRun.withoutPipeline().exitCode(), "no command");
        assertEquals(ExitCodes.USAGE, CliRun.withoutPipeline("extract").exitCode(), "no PATH");
        assertEquals(ExitCodes.USAGE, CliRun.withoutPipeline("extract", "--bogus", "x").exitCode());
        assertEquals(ExitCodes.USAGE, CliRun.withoutPipeline("extract", "--threads", "0", "x").exitCode());
        assertEquals(ExitCodes.USAGE, CliRun.withoutPipeline("extract", "--format", "xml", "x").exitCode());
        assertEquals(ExitCodes.USAGE, CliRun.withoutPipeline("extract", "-", "-").exitCode());
    }

    /** fast and rules, and fast's former name learned; a wrong name is a usage error that lists the right ones. */
    @Test
    void theProfileIsNamedFastOrRulesAndLearnedStillMeansFast() {
        // --model is for the fast profile only, so which error comes shows which profile the name chose.
        for (String fast : new String[] {"fast", "learned", "FAST"}) {
            CliRun run = CliRun.withoutPipeline("extract", "x.txt", "--profile", fast, "--model", "no-such.model");
            assertEquals(ExitCodes.USAGE, run.exitCode(), fast);
            assertTrue(run.stderr().contains("--model: no such file: no-such.model"), run.stderr());
        }
        CliRun rules = CliRun.withoutPipeline("extract", "x.txt", "--profile", "rules", "--model", "no-such.model");
        assertTrue(rules.stderr().contains("--model is for the fast and accurate profiles, not rules"), rules.stderr());
        // the accurate profile reads an encoder folder, so a file name is refused as none
        CliRun accurate = CliRun.withoutPipeline("extract", "x.txt", "--profile", "accurate", "--model", "no-such.model");
        assertEquals(ExitCodes.USAGE, accurate.exitCode());
        assertTrue(accurate.stderr().contains("the accurate profile reads a folder"), accurate.stderr());
        CliRun wrong = CliRun.withoutPipeline("extract", "x.txt", "--profile", "fancy");
        assertEquals(ExitCodes.USAGE, wrong.exitCode());
        assertTrue(wrong.stderr().startsWith("claimant: Invalid value for option '--profile': unknown profile 'fancy'; "
                + "expected one of: accurate, fast, rules (or the former name learned for fast); see"), wrong.stderr());
    }

    /** The help cannot read the default from the builder (annotations take constants), so this keeps it true. */
    @Test
    void theHelpNamesTheBuildersDefaultProfile() {
        String help = CliRun.withoutPipeline("extract", "--help").help().replaceAll("\\s+", " ");
        assertEquals(io.claimant.Claimant.Builder.DEFAULT_PROFILE.id(), PipelineOptions.DEFAULT_PROFILE_NAME);
        assertTrue(help.contains("Default: " + io.claimant.Claimant.Builder.DEFAULT_PROFILE.id() + "."), help);
        assertTrue(help.contains("'learned', its former name, is accepted too"), help);
    }

    /** The mistake stays on screen: one line and where the help is, not the whole help after it. */
    @Test
    void aUsageErrorIsOneLineWithAHint() {
        CliRun run = CliRun.withoutPipeline("extract", "--threads", "0", "x");

        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertEquals("claimant: --threads must be at least 1, got 0; see 'claimant extract --help'",
                run.stderr().strip());
        CliRun unknown = CliRun.withoutPipeline("extract", "--bogus", "x");
        assertEquals(1, unknown.errorLines().size(), unknown.stderr());
        assertTrue(unknown.stderr().contains("--bogus") && unknown.stderr().contains("see 'claimant extract --help'"),
                unknown.stderr());
    }

    @Test
    void aFolderWithoutMatchingFilesIsFatal() throws IOException {
        Files.writeString(folder.resolve("notes.md"), "not an article");

        CliRun run = CliRun.withoutPipeline("extract", folder.toString());

        assertEquals(ExitCodes.FATAL, run.exitCode());
        assertTrue(run.stderr().contains("no files matching *.txt in " + folder), run.stderr());
        assertTrue(run.stderr().contains("no input files found"), run.stderr());
        assertEquals(0, run.json().length);
    }

    @Test
    void onlyMissingPathsIsFatalBeforeTheModelsLoad() {
        CliRun run = CliRun.withoutPipeline("extract", folder.resolve("typo").toString(),
                folder.resolve("typo.txt").toString());

        assertEquals(ExitCodes.FATAL, run.exitCode());
        assertTrue(run.stderr().contains("no input files found"), run.stderr());
    }

    /** A named file is not looked for with the glob, so a typo in its name must not be reported as a glob miss. */
    @Test
    void aMissingFileIsNoSuchFileNotAGlobMiss() {
        Path missing = folder.resolve("artcle.txt");

        CliRun run = CliRun.withoutPipeline("extract", missing.toString());

        assertEquals(ExitCodes.FATAL, run.exitCode());
        assertEquals("claimant: no input files found: no such file: " + missing, run.stderr().strip());
    }

    /** Root can write anywhere, so the unwritable case is a file standing where the output's folder should be. */
    @Test
    void anOutputUnderAFileNamesTheFileInTheWay() throws IOException {
        Files.writeString(folder.resolve("a.txt"), "Rutte said so.");
        Path notAFolder = Files.writeString(folder.resolve("somefile.txt"), "x");
        Path output = notAFolder.resolve("out.jsonl");

        CliRun run = CliRun.withoutPipeline("extract", folder.resolve("a.txt").toString(), "-o", output.toString());

        assertEquals(ExitCodes.FATAL, run.exitCode());
        assertEquals("claimant: cannot write " + output + ": " + notAFolder + " is a file, not a folder",
                run.stderr().strip());
    }

    @Test
    void anUnwritableOutputIsFatalBeforeTheModelsLoad() throws IOException {
        Files.writeString(folder.resolve("a.txt"), "Rutte said so.");
        Path output = folder.resolve("no/such/folder/out.jsonl");

        CliRun run = CliRun.withoutPipeline("extract", folder.toString(), "-o", output.toString());

        assertEquals(ExitCodes.FATAL, run.exitCode());
        assertEquals("claimant: cannot write " + output + ": its folder does not exist", run.stderr().strip());
    }
}
