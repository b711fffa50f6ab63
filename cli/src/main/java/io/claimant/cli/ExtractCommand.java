package io.claimant.cli;

import io.claimant.input.TextDecoder;
import io.claimant.output.BratDirectoryWriter;
import io.claimant.output.ResultWriter;
import io.claimant.output.html.HtmlDirectoryWriter;
import io.claimant.pipeline.DocumentInput;
import io.claimant.pipeline.DocumentResult;
import io.claimant.pipeline.Pipeline;
import io.claimant.Claimant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.PatternSyntaxException;

@Command(name = "extract", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
            "Finds who said what in English news articles and writes JSON Lines: one line per claim "
                + "(or, with --format document, one line per input).",
            "Files must be UTF-8 text (a byte order mark is fine; UTF-16 with a byte order mark is read too), "
                + "or in the charset --encoding names. A file that cannot be read, or that runs past its time "
                + "budget, is reported on standard error and the others go on. With -o FILE a journal "
                + "(FILE.journal) lets --resume continue an interrupted run."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every document was processed",
            "1:some documents could not be read or processed (each is named on standard error, and in "
                + "--failures FILE with its code: binary, not-utf8, too-large, time-limit, unreadable, not-found, "
                + "internal); "
                + "the others were written",
            "2:usage error",
            "3:nothing was processed: no input files found, output not writable, models not loadable, "
                + "or output closed early"},
        footerHeading = "%nOutput:%n",
        footer = {
            "doc is the path relative to the folder named, or the file's name when a file is named, or - for "
                + "standard input; a later path whose ids would repeat an earlier one's has them prefixed with its "
                + "folder's name. Offsets (begin, end) count Unicode code points, end exclusive, so Python's "
                + "text[begin:end] gives the text. Schemas: io/claimant/output/claim-v1.schema.json and "
                + "document.schema.json in the claimant-core jar.",
            "A progress bar is drawn on standard error when it is a terminal (and standard output is not the "
                + "same terminal), unless --quiet."})
final class ExtractCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "A file, a folder (searched recursively for --glob, in sorted order), or - for "
                    + "standard input.")
    private List<String> paths;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE instead of standard output.")
    private Path output;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "claims",
            description = "claims (one line per claim), document (one line per input, with entities, "
                    + "quotations and claims; failed inputs included) or brat (a folder, -o, of text copies "
                    + "and .ann files that brat opens and 'claimant eval --pred' reads) or html (a folder, -o, of "
                    + "pages that show the claims over the text, with an index.html; they open offline). "
                    + "Default: ${DEFAULT-VALUE}.")
    private OutputFormat format;

    @Option(names = {"-t", "--threads"}, paramLabel = "N",
            description = "Documents processed at once. Default: the number of processors (${DEFAULT-VALUE}).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--glob", paramLabel = "PATTERN", defaultValue = "*.txt",
            description = "Which files to take from folders, matched against the file name (or the path "
                    + "inside the folder when PATTERN has a '/'). Default: ${DEFAULT-VALUE}.")
    private String glob;

    @Mixin
    private PipelineOptions pipelineOptions;

    @Mixin
    private LimitOptions limitOptions;

    @Option(names = "--failures", paramLabel = "FILE",
            description = "Also write one JSON line per input that failed: doc, path, code and message.")
    private Path failures;

    @Option(names = "--resume",
            description = "Continue the run that was writing -o FILE when it was interrupted, from its journal "
                    + "(FILE.journal): the output ends up byte-identical to one uninterrupted run. Refused when the "
                    + "inputs or options differ.")
    private boolean resume;

    @Option(names = "--encoding", paramLabel = "CHARSET",
            description = "Decode every input with this charset (e.g. ISO-8859-1, windows-1252) instead of UTF-8. "
                    + "Offsets still count code points of the decoded text.")
    private String encoding;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar and no summary; errors are still shown.")
    private boolean quiet;

    @Option(names = {"-v", "--verbose"},
            description = "Log what the libraries do (model loading) and stack traces of failed documents.")
    boolean verbose;

    private final CliContext context;

    ExtractCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        checkOptions();
        Claimant.Builder settings = limitOptions.applyTo(pipelineOptions.builder());
        LogLevels.apply(verbose);
        PrintWriter err = spec.commandLine().getErr();

        List<DocumentInput> inputs = collectInputs(err, new TextDecoder(settings.limits().maxBytes(), charset()));
        // A missing path among others is one failed document, but when nothing named exists the user has
        // mistyped a path and should hear so now, not after the models have loaded.
        if (inputs.isEmpty()) {
            throw new FatalException("no input files found (looking for " + glob + " in "
                    + String.join(", ", paths) + ")");
        }
        if (inputs.stream().allMatch(InputCollector::isMissing)) {
            // Named files, not folders: the glob played no part, so the message must not speak of it.
            throw new FatalException("no input files found: no such file: "
                    + String.join(", ", inputs.stream().map(InputCollector::where).toList()));
        }
        // Journal, output and failures file are opened before the models load, so that a wrong -o or a refused
        // resume fails in a moment rather than after seconds.
        Resumption resumption = resumption(inputs, settings);
        ResultWriter writer = null;
        FailuresFile failed = null;
        try {
            CountingOutputStream counted = format.isFolder() || output == null ? null
                    : openCounted(output, resumption.position().outputBytes(), true);
            writer = format.isFolder() ? openFolder() : format.open(counted == null ? context.stdout() : counted);
            failed = failures == null ? null
                    : new FailuresFile(openCounted(failures, resumption.position().failuresBytes(), false));
            RunJournal journal = resumption.journal();
            if (resumption.position().done() > 0) {
                err.println("claimant: resuming after " + resumption.position().done() + " of " + inputs.size()
                        + " documents (" + RunJournal.pathFor(output) + ")");
            }
            Batch batch = new Batch(writer, failed, journal, counted, resumption.position().done());
            int code = extract(inputs.subList(resumption.position().done(), inputs.size()), batch, err, settings);
            if (failed != null) {
                failed.close();
            }
            if (journal != null) {
                journal.finish();
            }
            return code;
        } catch (OutputClosedException e) {
            return ExitCodes.FATAL;
        } finally {
            if (writer != null && output != null) {
                closeQuietly(writer);
            }
            if (failed != null) {
                try {
                    failed.close();
                } catch (IOException e) {
                    // the run has already failed or finished; the first error is the one reported
                }
            }
            if (resumption.journal() != null) {
                resumption.journal().close();
            }
        }
    }

    /** Where this run writes as it goes: the output, the failures file, the journal. */
    private record Batch(ResultWriter writer, FailuresFile failures, RunJournal journal, CountingOutputStream output,
                         int alreadyDone) {
    }

    /** Where a run starts: at the beginning, or where its journal says an interrupted run stopped. */
    private record Resumption(RunJournal journal, RunJournal.Position position) {
    }

    /**
     * Checks the journal beside the output and starts or continues it. Without --resume, an output with a journal
     * is an interrupted run that would be lost: refused. With it, the run must be the same one.
     */
    private Resumption resumption(List<DocumentInput> inputs, Claimant.Builder settings) throws IOException {
        if (output == null || format.isFolder()) {
            return new Resumption(null, RunJournal.Position.START);
        }
        Path journalPath = RunJournal.pathFor(output);
        RunJournal.Run run = new RunJournal.Run(InputDigest.of(inputs), inputs.size(), describeRun(settings));
        if (!Files.exists(journalPath)) {
            if (resume && Files.exists(output)) {
                throw new FatalException("nothing to resume: " + output + " has no journal (" + journalPath
                        + "), so its run either finished or was not started by this version; run without --resume "
                        + "to start over");
            }
            try {
                return new Resumption(RunJournal.start(journalPath, run), RunJournal.Position.START);
            } catch (IOException e) {
                // The journal sits beside the output: if it cannot be written, neither can the output.
                throw new FatalException("cannot write " + output + ": " + reason(e));
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
        return new Resumption(RunJournal.resume(journalPath, at), at);
    }

    /** The settings that change a byte of the output; --threads does not (output is the same for any count). */
    private java.util.Map<String, String> describeRun(Claimant.Builder settings) {
        java.util.Map<String, String> options = new java.util.TreeMap<>(pipelineOptions.describe());
        options.put("format", format.name().toLowerCase(java.util.Locale.ROOT));
        options.put("glob", glob);
        options.put("max-bytes", Long.toString(settings.limits().maxBytes()));
        options.put("time-budget", settings.limits().budget().toString());
        options.put("encoding", encoding == null ? "UTF-8" : charset().name());
        options.put("failures", failures == null ? "" : failures.toAbsolutePath().normalize().toString());
        return options;
    }

    private java.nio.charset.Charset charset() {
        if (encoding == null) {
            return null;
        }
        try {
            return java.nio.charset.Charset.forName(encoding);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--encoding: unknown charset " + encoding
                    + " (for example UTF-8, ISO-8859-1, windows-1252, UTF-16)");
        }
    }

    private CountingOutputStream openCounted(Path file, long resumeAt, boolean crashSeam) {
        try {
            OutputStream out = resumeAt > 0
                    ? Files.newOutputStream(file, java.nio.file.StandardOpenOption.APPEND)
                    : Files.newOutputStream(file);
            return new CountingOutputStream(new java.io.BufferedOutputStream(out, 1 << 16), resumeAt, crashSeam);
        } catch (IOException e) {
            throw new FatalException("cannot write " + file + ": " + reason(e));
        }
    }

    private int extract(List<DocumentInput> inputs, Batch batch, PrintWriter err, Claimant.Builder settings) {
        boolean showBar = !quiet && context.stderrIsTerminal() && (output != null || !context.stdoutIsTerminal());
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
                run(pipeline, inputs, batch, progress, summary);
            }
            finish(batch.writer());
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

    private void run(Pipeline pipeline, List<DocumentInput> inputs, Batch batch,
                     ProgressReporter progress, RunSummary summary) {
        // Results arrive in input order, so the n-th result belongs to the n-th input.
        Iterator<DocumentInput> named = inputs.iterator();
        int[] done = {batch.alreadyDone()};
        pipeline.process(inputs, threads, result -> {
            DocumentInput input = named.next();
            summary.add(result);
            if (result.failed()) {
                progress.message("claimant: " + describeFailure(input, result));
            }
            try {
                batch.writer().write(result);
                if (result.failed() && batch.failures() != null) {
                    batch.failures().write(result, InputCollector.where(input));
                }
                done[0]++;
                // After the document's lines are flushed, never before: the journal must not get ahead of them.
                if (batch.journal() != null) {
                    batch.journal().record(done[0], batch.output().count(),
                            batch.failures() == null ? 0 : batch.failures().length());
                }
            } catch (IOException e) {
                // Thrown out of the sink, this ends the batch: there is no point in extracting what cannot
                // be written. The documents before this one are complete, since each write ends with a flush.
                throw writeFailure(e, "; stopped at " + result.id());
            }
            progress.step();
        });
    }

    /** Standard output is left open for whoever runs us in-process; a file is closed so errors surface. */
    private void finish(ResultWriter writer) {
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

    private RuntimeException writeFailure(IOException e, String where) {
        if (output == null && isBrokenPipe(e)) {
            // Our reader has gone (`claimant extract big/ | head`): stop quietly, as Unix tools do on SIGPIPE.
            return new OutputClosedException();
        }
        return new FatalException("cannot write " + outputName() + ": " + e.getMessage() + where, e);
    }

    private static void closeQuietly(ResultWriter writer) {
        try {
            writer.close();
        } catch (IOException e) {
            // Only reached when the run has already failed: the first error is the one worth reporting.
        }
    }

    /** The reader of standard output has gone away. */
    private static final class OutputClosedException extends RuntimeException {
        OutputClosedException() {
            super(null, null, false, false);
        }
    }

    private void checkOptions() {
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1, got " + threads);
        }
        if (resume && (output == null || format.isFolder())) {
            throw new ParameterException(spec.commandLine(), "--resume continues a run that writes a file: it needs "
                    + "-o FILE and --format claims or document");
        }
        if (failures != null && output != null
                && failures.toAbsolutePath().normalize().equals(output.toAbsolutePath().normalize())) {
            throw new ParameterException(spec.commandLine(), "--failures must be another file than -o");
        }
        if (paths.stream().filter(StdinInput.ID::equals).count() > 1) {
            throw new ParameterException(spec.commandLine(), "standard input (-) can be named only once");
        }
    }

    private List<DocumentInput> collectInputs(PrintWriter err, TextDecoder decoder) throws IOException {
        try {
            InputCollector collector = new InputCollector(glob, context.stdin(), output, decoder, line -> {
                err.println("claimant: " + line);
                err.flush();
            });
            return collector.collect(paths);
        } catch (PatternSyntaxException e) {
            throw new ParameterException(spec.commandLine(), "--glob " + glob + " is not a valid pattern: "
                    + e.getDescription());
        } catch (InvalidPathException e) {
            throw new ParameterException(spec.commandLine(), "not a valid path: " + e.getInput());
        }
    }

    private ResultWriter openFolder() {
        if (output == null) {
            throw new ParameterException(spec.commandLine(), "--format " + format.name().toLowerCase(java.util.Locale.ROOT)
                    + " writes a folder: name it with -o FOLDER");
        }
        try {
            if (BratDirectoryWriter.holdsFiles(output)) {
                // Not refused: writing again into the same folder is the usual way to refresh it.
                PrintWriter err = spec.commandLine().getErr();
                err.println("claimant: warning: " + output + " is not empty; files with the same names are overwritten");
                err.flush();
            }
            return format == OutputFormat.HTML ? new HtmlDirectoryWriter(output) : new BratDirectoryWriter(output);
        } catch (IOException e) {
            throw new FatalException("cannot write " + output + ": " + reason(e));
        }
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

    private String outputName() {
        return output == null ? "standard output" : output.toString();
    }

    private static boolean isBrokenPipe(IOException e) {
        String message = e.getMessage();
        return message != null && message.toLowerCase(java.util.Locale.ROOT).contains("broken pipe");
    }

    private static String reason(IOException e) {
        return OutputProblem.reason(e);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
