package io.claimant.cli;

import io.claimant.pipeline.DocumentInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where a run writing to a file starts, read from the journal beside it; no model is loaded. */
class RunResumptionTest {

    private static final List<DocumentInput> INPUTS = List.of(DocumentInput.ofText("a", "One."),
            DocumentInput.ofText("b", "Two."), DocumentInput.ofText("c", "Three."));
    private static final Map<String, String> OPTIONS = Map.of("format", "claims");

    @TempDir
    Path dir;

    @Test
    void aNewRunStartsItsJournalAtTheBeginning() throws Exception {
        Path out = dir.resolve("out.jsonl");

        ResumePlan plan = new RunResumption(out, null, false).plan(INPUTS, OPTIONS);
        plan.journal().close();

        assertEquals(RunJournal.Position.START, plan.position());
        RunJournal.Contents journal = RunJournal.read(RunJournal.pathFor(out));
        assertEquals(List.of(), journal.run().differences(new RunJournal.Run(InputDigest.of(INPUTS), 3, OPTIONS)));
    }

    @Test
    void resumingCutsTheOutputAndTheFailuresFileBackToTheLastRecord() throws Exception {
        Path out = dir.resolve("out.jsonl");
        Path failures = dir.resolve("failures.jsonl");
        Files.writeString(out, "line 1\nline 2\nline", StandardCharsets.UTF_8);
        Files.writeString(failures, "fail 1\nfa", StandardCharsets.UTF_8);
        try (RunJournal journal = RunJournal.start(RunJournal.pathFor(out),
                new RunJournal.Run(InputDigest.of(INPUTS), 3, OPTIONS))) {
            journal.record(1, 7, 0);
            journal.record(2, 14, 7);
        }

        ResumePlan plan = new RunResumption(out, failures, true).plan(INPUTS, OPTIONS);
        plan.journal().close();

        assertEquals(new RunJournal.Position(2, 14, 7), plan.position());
        assertEquals(2, plan.done());
        assertEquals("line 1\nline 2\n", Files.readString(out));
        assertEquals("fail 1\n", Files.readString(failures));
    }

    @Test
    void anotherRunIsNotResumed() throws Exception {
        Path out = dir.resolve("out.jsonl");
        Files.writeString(out, "line 1\n");
        RunJournal.start(RunJournal.pathFor(out), new RunJournal.Run(InputDigest.of(INPUTS), 3, OPTIONS)).close();

        FatalException e = assertThrows(FatalException.class, () -> new RunResumption(out, null, true)
                .plan(INPUTS.subList(0, 2), Map.of("format", "document")));

        assertTrue(e.getMessage().contains("(3 then, 2 now") && e.getMessage().contains("format (claims then, document now)"),
                e.getMessage());
        assertEquals("line 1\n", Files.readString(out), "the output is left as it was");
    }

    @Test
    void anInterruptedRunIsNotOverwrittenWithoutResume() throws Exception {
        Path out = dir.resolve("out.jsonl");
        RunJournal.start(RunJournal.pathFor(out), new RunJournal.Run(InputDigest.of(INPUTS), 3, OPTIONS)).close();

        FatalException e = assertThrows(FatalException.class, () -> new RunResumption(out, null, false)
                .plan(INPUTS, OPTIONS));

        assertTrue(e.getMessage().contains("add --resume"), e.getMessage());
        assertTrue(Files.exists(RunJournal.pathFor(out)));
    }

    @Test
    void aFinishedRunHasNothingToResume() throws Exception {
        Path out = dir.resolve("out.jsonl");
        Files.writeString(out, "line 1\n");

        FatalException e = assertThrows(FatalException.class, () -> new RunResumption(out, null, true)
                .plan(INPUTS, OPTIONS));

        assertTrue(e.getMessage().startsWith("nothing to resume"), e.getMessage());
        assertFalse(Files.exists(RunJournal.pathFor(out)), "no journal is started");
    }
}
