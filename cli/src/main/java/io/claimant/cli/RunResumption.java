package io.claimant.cli;

import io.claimant.pipeline.DocumentInput;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Checks the journal beside the output and starts or continues it. Without --resume, an output with a journal
 * is an interrupted run that would be lost: refused. With it, the run must be the same one, and its output and
 * failures file are cut back to where the journal says it stopped.
 */
final class RunResumption {

    private final Path output;
    private final Path failures;
    private final boolean resume;

    /**
     * @param output   the file the run writes
     * @param failures the failures file (--failures), or null
     * @param resume   whether --resume was given
     */
    RunResumption(Path output, Path failures, boolean resume) {
        this.output = output;
        this.failures = failures;
        this.resume = resume;
    }

    /** Where the run over {@code inputs} starts; {@code options} are the settings that change a byte of its output. */
    ResumePlan plan(List<DocumentInput> inputs, Map<String, String> options) throws IOException {
        Path journalPath = RunJournal.pathFor(output);
        RunJournal.Run run = new RunJournal.Run(InputDigest.of(inputs), inputs.size(), options);
        if (!Files.exists(journalPath)) {
            if (resume && Files.exists(output)) {
                throw new FatalException("nothing to resume: " + output + " has no journal (" + journalPath
                        + "), so its run either finished or was not started by this version; run without --resume "
                        + "to start over");
            }
            try {
                return new ResumePlan(RunJournal.start(journalPath, run), RunJournal.Position.START);
            } catch (IOException e) {
                // The journal sits beside the output: if it cannot be written, neither can the output.
                throw new FatalException("cannot write " + output + ": " + OutputProblem.reason(e));
            }
        }
        if (!resume) {
            throw new FatalException(output + " belongs to an interrupted run (its journal " + journalPath
                    + " is there): add --resume to continue it, or delete the journal to start over");
        }
        RunJournal.Contents journal = RunJournal.read(journalPath);
        List<String> differences = run.differences(journal.run());
        if (!differences.isEmpty()) {
            throw new FatalException("cannot resume " + output + ": the run differs from the interrupted one in "
                    + String.join("; ", differences) + ". Run with the same inputs and options, or delete "
                    + journalPath + " to start over");
        }
        RunJournal.Position at = journal.position();
        RunJournal.truncate(output, at.outputBytes(), "output");
        if (failures != null) {
            RunJournal.truncate(failures, at.failuresBytes(), "failures file");
        }
        return new ResumePlan(RunJournal.resume(journalPath, at), at);
    }
}
