package io.claimant.cli;

import io.claimant.Claimant;
import io.claimant.pipeline.DocumentInput;
import io.claimant.pipeline.DocumentResult;
import io.claimant.pipeline.Pipeline;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Iterator;
import java.util.List;

/**
 * Runs an extract batch: loads the models, passes the documents through the pipeline and writes each result as
 * it arrives, in input order (its lines, its failure line, then the journal's record), with a progress bar when
 * someone is watching, and closes with the summary line. Its exit code says whether every document went through.
 */
final class BatchRun {

    private final CliContext context;
    private final ExtractOutputs outputs;
    private final RunJournal journal;
    private final PrintWriter err;
    private final int threads;
    private final boolean quiet;

    /**
     * @param journal where each finished document is recorded, or null when the run writes to standard output
     *                or a folder
     * @param threads documents processed at once
     * @param quiet   no progress bar and no summary
     */
    BatchRun(CliContext context, ExtractOutputs outputs, RunJournal journal, PrintWriter err, int threads,
             boolean quiet) {
        this.context = context;
        this.outputs = outputs;
        this.journal = journal;
        this.err = err;
        this.threads = threads;
        this.quiet = quiet;
    }

    /**
     * Extracts {@code inputs}, the ones after the {@code alreadyDone} that an interrupted run finished, with a
     * pipeline built from {@code settings}; returns the exit code.
     */
    int run(List<DocumentInput> inputs, int alreadyDone, Claimant.Builder settings) {
        boolean showBar = !quiet && context.stderrIsTerminal() && (!outputs.toStandardOutput() || !context.stdoutIsTerminal());
        if (showBar) {
            err.println("claimant: loading models...");
            err.flush();
        }
        long loadStart = System.nanoTime();
        // A pipeline may be shared between runs (tests, the server): the limits are this run's own.
        Pipeline pipeline = loadPipeline(settings).withLimits(settings.limits());
        double loadSeconds = seconds(loadStart);
        try {
            RunSummary summary = new RunSummary();
            long start = System.nanoTime();
            try (ProgressReporter progress = showBar
                    ? ProgressReporter.bar(System.err, inputs.size()) : ProgressReporter.messagesOnly(err)) {
                writeEach(pipeline, inputs, alreadyDone, progress, summary);
            }
            outputs.finish();
            if (!quiet) {
                err.println(summary.line(seconds(start), loadSeconds));
            }
            return summary.exitCode();
        } finally {
            if (context.closesPipeline()) {
                pipeline.close();
            }
        }
    }

    private void writeEach(Pipeline pipeline, List<DocumentInput> inputs, int alreadyDone,
                           ProgressReporter progress, RunSummary summary) {
        // Results arrive in input order, so the n-th result belongs to the n-th input.
        Iterator<DocumentInput> named = inputs.iterator();
        int[] done = {alreadyDone};
        pipeline.process(inputs, threads, result -> {
            DocumentInput input = named.next();
            summary.add(result);
            if (result.failed()) {
                progress.message("claimant: " + describeFailure(input, result));
            }
            try {
                outputs.write(result, input);
                done[0]++;
                // After the document's lines are flushed, never before: the journal must not get ahead of them.
                if (journal != null) {
                    journal.record(done[0], outputs.outputBytes(), outputs.failuresBytes());
                }
            } catch (IOException e) {
                // Thrown out of the sink, this ends the batch: there is no point in extracting what cannot
                // be written. The documents before this one are complete, since each write ends with a flush.
                throw outputs.writeFailure(e, "; stopped at " + result.id());
            }
            progress.step();
        });
    }

    private Pipeline loadPipeline(Claimant.Builder settings) {
        try {
            return context.pipelines().apply(settings);
        } catch (RuntimeException e) {
            throw new FatalException("cannot load the models: " + e.getMessage(), e);
        }
    }

    private static String describeFailure(DocumentInput input, DocumentResult result) {
        String where = InputCollector.where(input);
        // File errors already start with the path; others (a crash in an annotator) do not.
        return result.error().startsWith(where) ? result.error() : where + ": " + result.error();
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
