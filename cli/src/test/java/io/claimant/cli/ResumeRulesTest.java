package io.claimant.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What --resume refuses, checked before any model loads. */
class ResumeRulesTest {

    @TempDir
    Path dir;

    private Path interruptedRun() throws Exception {
        return interruptedRun(defaultOptions());
    }

    private Path interruptedRun(java.util.Map<String, String> options) throws Exception {
        Path in = ArticleFolder.create(dir.resolve("in"));
        Path out = dir.resolve("out.jsonl");
        Files.writeString(out, "{\"partial\":");
        // The journal an interrupted run with these inputs and options would have left.
        RunJournal.Run run = new RunJournal.Run(InputDigest.of(new InputCollector("*.txt", java.io.InputStream.nullInputStream(),
                out, new io.claimant.input.TextDecoder(), w -> { }).collect(java.util.List.of(in.toString()))),
                ArticleFolder.IDS.size(), options);
        RunJournal.start(RunJournal.pathFor(out), run).close();
        return in;
    }

    /** The options of a plain {@code extract IN -o OUT}, as the journal records them. */
    private static java.util.Map<String, String> defaultOptions() {
        java.util.Map<String, String> options = new java.util.TreeMap<>();
        options.put("encoding", "UTF-8");
        options.put("failures", "");
        options.put("format", "claims");
        options.put("glob", "*.txt");
        options.put("lexicon", "");
        options.put("max-bytes", Long.toString(io.claimant.pipeline.DocumentLimits.DEFAULT_MAX_BYTES));
        options.put("model", "");
        options.put("profile", io.claimant.Claimant.Builder.DEFAULT_PROFILE.id());
        options.put("time-budget", io.claimant.pipeline.TimeBudget.DEFAULT.toString());
        return options;
    }

    @Test
    void anOutputWithAJournalIsNotOverwrittenWithoutResume() throws Exception {
        Path in = interruptedRun();
        Path out = dir.resolve("out.jsonl");
        CliRun run = CliRun.withoutPipeline("extract", in.toString(), "-o", out.toString());
        assertEquals(ExitCodes.FATAL, run.exitCode());
        assertTrue(run.stderr().contains("interrupted run") && run.stderr().contains("--resume"), run.stderr());
        assertEquals("{\"partial\":", Files.readString(out));
    }

    @Test
    void resumeRefusesOtherOptionsAndNamesThem() throws Exception {
        Path in = interruptedRun();
        Path out = dir.resolve("out.jsonl");
        CliRun run = CliRun.withoutPipeline("extract", in.toString(), "-o", out.toString(), "--resume",
                "--profile", "rules");
        assertEquals(ExitCodes.FATAL, run.exitCode());
        assertTrue(run.stderr().contains("cannot resume") && run.stderr().contains("in profile (" + io.claimant.Claimant.Builder.DEFAULT_PROFILE.id() + " then, rules now). "),
                run.stderr());
        assertEquals("{\"partial\":", Files.readString(out));
    }

    @Test
    void aJournalThatNamesTheFastProfileByItsFormerNameIsTheSameRun() throws Exception {
        java.util.Map<String, String> options = defaultOptions();
        options.put("profile", "learned");
        Path in = interruptedRun(options);
        Path out = dir.resolve("out.jsonl");
        // Another format is refused, and the message names only that: the recorded "learned" is today's "fast".
        CliRun run = CliRun.withoutPipeline("extract", in.toString(), "-o", out.toString(), "--resume",
                "--profile", "fast", "--format", "document");
        assertEquals(ExitCodes.FATAL, run.exitCode());
        assertTrue(run.stderr().contains("cannot resume") && run.stderr().contains("format (claims then, document now)"),
                run.stderr());
        assertTrue(!run.stderr().contains("profile"), run.stderr());
    }

    @Test
    void resumeRefusesAnotherSegmentsMode() throws Exception {
        Path in = interruptedRun();
        CliRun run = CliRun.withoutPipeline("extract", in.toString(), "-o", dir.resolve("out.jsonl").toString(),
                "--resume", "--segments", "split");
        assertEquals(ExitCodes.FATAL, run.exitCode());
        assertTrue(run.stderr().contains("segments (unset then, split now)"), run.stderr());
    }

    @Test
    void resumeRefusesOtherInputs() throws Exception {
        Path in = interruptedRun();
        Files.writeString(in.resolve("new.txt"), "A late article, said the editor.\n");
        CliRun run = CliRun.withoutPipeline("extract", in.toString(), "-o", dir.resolve("out.jsonl").toString(),
                "--resume");
        assertEquals(ExitCodes.FATAL, run.exitCode());
        assertTrue(run.stderr().contains("the inputs"), run.stderr());
    }

    @Test
    void resumeNeedsAnOutputFile() {
        CliRun run = CliRun.withoutPipeline("extract", "x.txt", "--resume");
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.stderr().contains("--resume continues a run that writes a file"), run.stderr());
    }

    @Test
    void nothingToResumeIsSaid() throws Exception {
        Path in = ArticleFolder.create(dir.resolve("in"));
        Path out = Files.writeString(dir.resolve("done.jsonl"), "{}\n");
        CliRun run = CliRun.withoutPipeline("extract", in.toString(), "-o", out.toString(), "--resume");
        assertEquals(ExitCodes.FATAL, run.exitCode());
        assertTrue(run.stderr().contains("nothing to resume"), run.stderr());
    }
}
