package io.claimant.cli;

import io.claimant.output.BratDirectoryWriter;
import io.claimant.output.ResultWriter;
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
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
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
            "Files must be UTF-8 text (a byte order mark is fine). A file that cannot be read is reported on "
                + "standard error and the others go on."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every document was processed",
            "1:some documents could not be read or processed (each is named on standard error); "
                + "the others were written",
            "2:usage error",
            "3:nothing was processed: no input files found, output not writable, models not loadable, "
                + "or output closed early"},
        footerHeading = "%nOutput:%n",
        footer = {
            "doc is the path relative to the folder named, or the file's name when a file is named, or - for "
                + "standard input. Offsets (begin, end) count Unicode code points, end exclusive, so Python's "
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
                    + "and .ann files that brat opens and 'claimant eval --pred' reads). Default: ${DEFAULT-VALUE}.")
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
        Claimant.Builder settings = pipelineOptions.builder();
        LogLevels.apply(verbose);
        PrintWriter err = spec.commandLine().getErr();

        List<DocumentInput> inputs = collectInputs(err);
        // A missing path among others is one failed document, but when nothing named exists the user has
        // mistyped a path and should hear so now, not after the models have loaded.
        if (inputs.stream().allMatch(InputCollector::isMissing)) {
            throw new FatalException("no input files found (looking for " + glob + " in "
                    + String.join(", ", paths) + ")");
        }
        // Opened before the models load, so a wrong -o fails in a moment rather than after seconds.
        ResultWriter writer = format.isFolder() ? openFolder() : format.open(openOutput());
        try {
            return extract(inputs, writer, err, settings);
        } catch (OutputClosedException e) {
            return ExitCodes.FATAL;
        } finally {
            if (output != null) {
                closeQuietly(writer);
            }
        }
    }

    private int extract(List<DocumentInput> inputs, ResultWriter writer, PrintWriter err, Claimant.Builder settings) {
        boolean showBar = !quiet && context.stderrIsTerminal() && (output != null || !context.stdoutIsTerminal());
        if (showBar) {
            err.println("claimant: loading models...");
            err.flush();
        }
        long loadStart = System.nanoTime();
        Pipeline pipeline = loadPipeline(settings);
        double loadSeconds = seconds(loadStart);
        try {
            RunSummary summary = new RunSummary();
            long start = System.nanoTime();
            try (ProgressReporter progress = showBar
                    ? ProgressReporter.bar(System.err, inputs.size()) : ProgressReporter.messagesOnly(err)) {
                run(pipeline, inputs, writer, progress, summary);
            }
            finish(writer);
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

    private void run(Pipeline pipeline, List<DocumentInput> inputs, ResultWriter writer,
                     ProgressReporter progress, RunSummary summary) {
        // Results arrive in input order, so the n-th result belongs to the n-th input.
        Iterator<DocumentInput> named = inputs.iterator();
        pipeline.process(inputs, threads, result -> {
            DocumentInput input = named.next();
            summary.add(result);
            if (result.failed()) {
                progress.message("claimant: " + describeFailure(input, result));
            }
            try {
                writer.write(result);
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
        if (paths.stream().filter(StdinInput.ID::equals).count() > 1) {
            throw new ParameterException(spec.commandLine(), "standard input (-) can be named only once");
        }
    }

    private List<DocumentInput> collectInputs(PrintWriter err) throws IOException {
        try {
            InputCollector collector = new InputCollector(glob, context.stdin(), output, line -> {
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

    private OutputStream openOutput() {
        if (output == null) {
            return context.stdout();
        }
        try {
            return Files.newOutputStream(output);
        } catch (IOException e) {
            throw new FatalException("cannot write " + output + ": " + reason(e));
        }
    }

    private ResultWriter openFolder() {
        if (output == null) {
            throw new ParameterException(spec.commandLine(), "--format " + format.name().toLowerCase(java.util.Locale.ROOT)
                    + " writes a folder: name it with -o FOLDER");
        }
        try {
            return new BratDirectoryWriter(output);
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
        if (e instanceof NoSuchFileException) {
            return "its folder does not exist";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getMessage();
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
