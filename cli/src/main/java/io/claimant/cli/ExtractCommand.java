package io.claimant.cli;

import io.claimant.attribution.SegmentMode;
import io.claimant.input.TextDecoder;
import io.claimant.pipeline.DocumentInput;
import io.claimant.Claimant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
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

    @Option(names = "--segments", paramLabel = "MODE", defaultValue = "whole",
            description = "whole (one claim per line, its content's segments listed in it) or split (one line per "
                    + "content segment, for one record per quote: a claim whose content has several, such as a quote "
                    + "interrupted by its speech tag, becomes one line per segment, whose id is the claim's followed "
                    + "by .1, .2 and so on, with the claim's source and cue and a type of its own; a claim of one "
                    + "segment keeps its id and line). With --format claims or document. Default: ${DEFAULT-VALUE}.")
    private SegmentMode segments;

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
        // resume fails in a moment rather than after seconds. Standard output and folders keep no journal.
        ResumePlan start = output == null || format.isFolder() ? ResumePlan.WITHOUT_JOURNAL
                : new RunResumption(output, failures, resume).plan(inputs, describeRun(settings));
        ExtractOutputs outputs = new ExtractOutputs(output);
        try {
            requireFolderNamed();
            outputs.open(format, segments, failures, start.position(), context.stdout(), err);
            if (start.done() > 0) {
                err.println("claimant: resuming after " + start.done() + " of " + inputs.size()
                        + " documents (" + RunJournal.pathFor(output) + ")");
            }
            BatchRun batch = new BatchRun(context, outputs, start.journal(), err, threads, quiet);
            int code = batch.run(inputs.subList(start.done(), inputs.size()), start.done(), settings);
            outputs.closeFailures();
            if (start.journal() != null) {
                start.journal().finish();
            }
            return code;
        } catch (ExtractOutputs.OutputClosedException e) {
            return ExitCodes.FATAL;
        } finally {
            outputs.closeQuietly();
            if (start.journal() != null) {
                start.journal().close();
            }
        }
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
        if (segments != SegmentMode.WHOLE) {
            // Only when split, so that a journal written before the option existed still matches its own run.
            options.put("segments", segments.id());
        }
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

    private void checkOptions() {
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1, got " + threads);
        }
        if (segments != SegmentMode.WHOLE && format.isFolder()) {
            throw new ParameterException(spec.commandLine(), "--segments " + segments.id() + " is for --format claims "
                    + "or document, not " + format.name().toLowerCase(java.util.Locale.ROOT));
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

    /** Checked where the outputs are opened, after the inputs: a run with no input found hears of that first. */
    private void requireFolderNamed() {
        if (format.isFolder() && output == null) {
            throw new ParameterException(spec.commandLine(), "--format " + format.name().toLowerCase(java.util.Locale.ROOT)
                    + " writes a folder: name it with -o FOLDER");
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
}
