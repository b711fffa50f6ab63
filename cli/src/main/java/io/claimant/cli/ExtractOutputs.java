package io.claimant.cli;

import io.claimant.attribution.SegmentMode;
import io.claimant.output.BratDirectoryWriter;
import io.claimant.output.ResultWriter;
import io.claimant.pipeline.DocumentInput;
import io.claimant.pipeline.DocumentResult;
import io.claimant.output.html.HtmlDirectoryWriter;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * Where an extract run's results go: the writer of its format (to standard output, a file, or a folder) and the
 * failures file. A file is counted as it is written, so that the journal can record its length after each
 * document, and appended to when a run resumes. Opened one by one, so that whatever was opened before a failure
 * is still closed.
 */
final class ExtractOutputs {

    /** The reader of standard output has gone away. */
    static final class OutputClosedException extends RuntimeException {
        OutputClosedException() {
            super(null, null, false, false);
        }
    }

    private final Path output;
    private ResultWriter writer;
    /** The output file as written; null for standard output and folders. */
    private CountingOutputStream counted;
    private FailuresFile failures;

    /** @param output the file or folder of -o, or null for standard output */
    ExtractOutputs(Path output) {
        this.output = output;
    }

    /**
     * Opens the writer of {@code format}, which writes claims whole or split by {@code segments}, and, when {@code failuresFile} is given, the failures file, both from
     * where a resumed run stopped. A folder format needs -o, which the caller has checked. Warnings go to
     * {@code err}.
     */
    void open(OutputFormat format, SegmentMode segments, Path failuresFile, RunJournal.Position from,
              OutputStream stdout, PrintWriter err) {
        counted = format.isFolder() || output == null ? null : openCounted(output, from.outputBytes(), true);
        writer = format.isFolder() ? openFolder(format, err)
                : format.open(counted == null ? stdout : counted, segments);
        failures = failuresFile == null ? null : new FailuresFile(openCounted(failuresFile, from.failuresBytes(), false));
    }

    boolean toStandardOutput() {
        return output == null;
    }

    /** Writes one document's result, and its failure line if it failed. */
    void write(DocumentResult result, DocumentInput input) throws IOException {
        writer.write(result);
        if (result.failed() && failures != null) {
            failures.write(result, InputCollector.where(input));
        }
    }

    long outputBytes() {
        return counted.count();
    }

    long failuresBytes() {
        return failures == null ? 0 : failures.length();
    }

    /** Standard output is left open for whoever runs us in-process; a file is closed so errors surface. */
    void finish() {
        try {
            if (output == null) {
                writer.flush();
            } else {
                writer.close();
            }
        } catch (IOException e) {
            throw writeFailure(e, "");
        }
    }

    /** The exception that ends a run whose output cannot be written; {@code where} says how far it got. */
    RuntimeException writeFailure(IOException e, String where) {
        if (output == null && isBrokenPipe(e)) {
            // Our reader has gone (`claimant extract big/ | head`): stop quietly, as Unix tools do on SIGPIPE.
            return new OutputClosedException();
        }
        return new FatalException("cannot write " + outputName() + ": " + e.getMessage() + where, e);
    }

    /** Closes the failures file at the end of a run, so that an error writing it is not lost. */
    void closeFailures() throws IOException {
        if (failures != null) {
            failures.close();
        }
    }

    /** Closes whatever is open after the run has finished or failed; a file's writer only, as {@link #finish}. */
    void closeQuietly() {
        if (writer != null && output != null) {
            try {
                writer.close();
            } catch (IOException e) {
                // Only reached when the run has already failed: the first error is the one worth reporting.
            }
        }
        if (failures != null) {
            try {
                failures.close();
            } catch (IOException e) {
                // the run has already failed or finished; the first error is the one reported
            }
        }
    }

    private static CountingOutputStream openCounted(Path file, long resumeAt, boolean crashSeam) {
        try {
            OutputStream out = resumeAt > 0
                    ? Files.newOutputStream(file, StandardOpenOption.APPEND)
                    : Files.newOutputStream(file);
            return new CountingOutputStream(new BufferedOutputStream(out, 1 << 16), resumeAt, crashSeam);
        } catch (IOException e) {
            throw new FatalException("cannot write " + file + ": " + OutputProblem.reason(e));
        }
    }

    private ResultWriter openFolder(OutputFormat format, PrintWriter err) {
        try {
            if (BratDirectoryWriter.holdsFiles(output)) {
                // Not refused: writing again into the same folder is the usual way to refresh it.
                err.println("claimant: warning: " + output + " is not empty; files with the same names are overwritten");
                err.flush();
            }
            return format == OutputFormat.HTML ? new HtmlDirectoryWriter(output) : new BratDirectoryWriter(output);
        } catch (IOException e) {
            throw new FatalException("cannot write " + output + ": " + OutputProblem.reason(e));
        }
    }

    private String outputName() {
        return output == null ? "standard output" : output.toString();
    }

    private static boolean isBrokenPipe(IOException e) {
        String message = e.getMessage();
        return message != null && message.toLowerCase(Locale.ROOT).contains("broken pipe");
    }
}
