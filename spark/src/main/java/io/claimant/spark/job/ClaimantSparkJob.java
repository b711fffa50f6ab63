package io.claimant.spark.job;

import io.claimant.pipeline.DocumentLimits;
import io.claimant.spark.ClaimExtractor;
import io.claimant.spark.ClaimSchema;
import io.claimant.spark.ExtractionSettings;
import io.claimant.spark.ModelWarmUp;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;

/**
 * {@code claimant-spark IN OUT}: the claims of every document in IN, written to OUT with Spark's own writers, one
 * row per claim as {@code claimant extract} writes them. Runs in local mode from {@code bin/claimant-spark}, or on a
 * cluster through {@code spark-submit} with the shaded jar.
 */
@Command(name = "claimant-spark", mixinStandardHelpOptions = true, sortOptions = false,
        versionProvider = ClaimantSparkJob.Version.class,
        description = {"Finds who said what in every document of IN with Apache Spark, and writes one row per claim "
                + "to OUT (claim schema v1, the fields of `claimant extract`)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every document was processed", "1:some documents failed; the others were written",
                "2:bad command line", "3:nothing written (OUT exists, input unreadable, Spark failed)"})
public final class ClaimantSparkJob implements Callable<Integer> {

    enum Format { parquet, jsonl }

    enum Mode { error, overwrite }

    enum InputFormat { auto, text, jsonl, parquet }

    @Parameters(index = "0", paramLabel = "IN", description = "A folder of *.txt files (read recursively), one text "
            + "file, or JSON Lines / Parquet with id and text columns; any path Spark reads (hdfs:, s3a:, file:).")
    String input;

    @Parameters(index = "1", paramLabel = "OUT", description = "The folder to write, as Spark writes it (part files).")
    String output;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master, e.g. local[2]. Default: the one "
            + "spark-submit gives, else local[*].")
    String master;

    @Option(names = "--format", paramLabel = "FORMAT", description = "parquet (default) or jsonl: one line per claim.")
    Format format = Format.parquet;

    @Option(names = "--mode", paramLabel = "MODE", description = "error (default): stop if OUT exists; overwrite.")
    Mode mode = Mode.error;

    @Option(names = "--input-format", paramLabel = "KIND", description = "auto (default: by IN's name), text, jsonl "
            + "or parquet.")
    InputFormat inputFormat = InputFormat.auto;

    @Option(names = "--failures", paramLabel = "PATH", description = "Also write the failed documents (doc, code, "
            + "message) here as JSON Lines. They are always counted and listed in the summary.")
    String failures;

    @Option(names = "--partitions", paramLabel = "N", description = "Partitions to spread the documents over. "
            + "Default: 4 per core, so that a few long documents do not leave the other cores idle.")
    Integer partitions;

    @Option(names = "--profile", paramLabel = "PROFILE", description = "fast, accurate (the shipped encoder) or rules ('learned', "
            + "fast's former name, is accepted too). Default: ${DEFAULT-VALUE}.")
    String profile = io.claimant.Claimant.Builder.DEFAULT_PROFILE.id();

    @Option(names = "--model", paramLabel = "FILE", description = "Attribution model file from `claimant train`; "
            + "must exist at this path on every executor.")
    String model;

    @Option(names = "--lexicon", paramLabel = "DIR", description = "Folder of word lists changing the built-in "
            + "ones; must exist at this path on every executor.")
    String lexicon;

    @Option(names = "--max-bytes", paramLabel = "N", converter = ByteSize.class, description = "Largest document "
            + "accepted, in bytes (suffixes K, M, G for KiB, MiB, GiB); a larger one fails with too-large and is not "
            + "read. Default: 10M.")
    long maxBytes = DocumentLimits.DEFAULT_MAX_BYTES;

    @Option(names = "--max-seconds-per-doc", paramLabel = "S", description = "Time budget of each document; past "
            + "it the document fails with time-limit. 0: no limit. Default: 30 s plus 1 s per 10,000 characters.")
    Double maxSeconds;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final PrintStream err;

    public ClaimantSparkJob() {
        this(System.err);
    }

    ClaimantSparkJob(PrintStream err) {
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the job and returns its exit code; for tests and for callers that already have a JVM. */
    public static int run(String... args) {
        CommandLine line = new CommandLine(new ClaimantSparkJob());
        line.setCaseInsensitiveEnumValuesAllowed(true);
        line.setParameterExceptionHandler((e, argv) -> {
            System.err.println("claimant-spark: " + e.getMessage() + "; see 'claimant-spark --help'");
            return 2;
        });
        return line.execute(args);
    }

    @Override
    public Integer call() {
        ExtractionSettings settings = settings();
        long start = System.nanoTime();
        // A caller that already has a session (a notebook, a test) keeps it: only a session made here is stopped.
        boolean ownSession = SparkSession.getActiveSession().isEmpty() && SparkSession.getDefaultSession().isEmpty();
        SparkSession spark = session();
        double sessionSeconds = seconds(start);
        try {
            return extract(spark, settings, sessionSeconds);
        } catch (Exception e) {
            // Scala does not declare what it throws: an AnalysisException (a path that does not exist, a column
            // missing) reaches here though javac cannot see it, as does a SparkException from a failed stage.
            err.println("claimant-spark: " + friendly(e));
            return 3;
        } finally {
            if (ownSession) {
                spark.stop();
            }
        }
    }

    private int extract(SparkSession spark, ExtractionSettings settings, double sessionSeconds) {
        InputTables.Kind kind = switch (inputFormat) {
            case auto -> InputTables.Kind.guess(input);
            case text -> InputTables.Kind.TEXT;
            case jsonl -> InputTables.Kind.JSONL;
            case parquet -> InputTables.Kind.PARQUET;
        };
        SaveMode saveMode = mode == Mode.overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
        // Checked before any work, so that a long run does not end in a refusal to write its results.
        for (String target : failures == null ? List.of(output) : List.of(output, failures)) {
            if (saveMode == SaveMode.ErrorIfExists && exists(spark, target)) {
                err.println("claimant-spark: " + target + " already exists; remove it or pass --mode overwrite");
                return 3;
            }
        }
        int slices = partitions != null ? partitions : 4 * spark.sparkContext().defaultParallelism();
        InputTables.Inputs inputs = InputTables.read(spark, kind, input, maxBytes, slices);

        long warmStart = System.nanoTime();
        List<Double> loads = ModelWarmUp.run(spark, settings);
        double warmSeconds = seconds(warmStart);

        long workStart = System.nanoTime();
        ClaimExtractor extractor = new ClaimExtractor();
        extractor.setProfile(settings.profile()).setLexicon(settings.lexicon()).setModel(settings.model())
                .setMaxBytes(settings.maxBytes()).setMaxSecondsPerDoc(settings.maxSecondsPerDoc());
        Dataset<Row> results = extractor.transform(inputs.documents())
                .select(col("id"), col(ClaimSchema.CLAIMS_COLUMN), col(ClaimSchema.ERROR_COLUMN));
        if (inputs.refused() != null) {
            results = results.unionByName(inputs.refused());
        }
        // Kept after the first pass, so that the claims, the failures and the counts are all read from one run of
        // the models rather than three.
        results = results.persist(StorageLevel.MEMORY_AND_DISK());
        try {
            write(ClaimExtractor.explode(results), output, saveMode);
            Row totals = results.agg(count(col("id")), sum(size(col(ClaimSchema.CLAIMS_COLUMN))),
                    count(col(ClaimSchema.ERROR_COLUMN))).first();
            Dataset<Row> failed = results.filter(col(ClaimSchema.ERROR_COLUMN).isNotNull())
                    .select(col("id").as("doc"), col("error.code").as("code"), col("error.message").as("message"));
            if (failures != null) {
                failed.write().mode(saveMode).json(failures);
            }
            long failedCount = totals.getLong(2);
            List<Row> shown = failedCount == 0 ? List.of() : failed.orderBy("doc").limit(20).collectAsList();
            for (Row f : shown) {
                err.println("claimant-spark: failed: " + f.getString(0) + ": " + f.getString(1) + ": " + f.getString(2));
            }
            if (failedCount > shown.size()) {
                err.println("claimant-spark: … and " + (failedCount - shown.size()) + " more failed"
                        + (failures == null ? " (list them all with --failures PATH)" : ", listed in " + failures));
            }
            long documents = totals.getLong(0);
            long claims = totals.isNullAt(1) ? 0 : totals.getLong(1);
            double workSeconds = seconds(workStart);
            err.println(String.format(Locale.ROOT, "claimant-spark: %d documents, %d claims, %d failed in %.1f s "
                            + "(%.2f docs/s) after start-up: Spark session %.1f s, models %.1f s (%s); %s written to %s",
                    documents, claims, failedCount, workSeconds, documents / Math.max(workSeconds, 1e-9),
                    sessionSeconds, warmSeconds, loads.isEmpty() ? "already loaded"
                            : "loaded on " + loads.size() + " executor" + (loads.size() == 1 ? "" : "s") + " in "
                            + String.format(Locale.ROOT, "%.1f", loads.stream().mapToDouble(Double::doubleValue).max()
                            .orElse(0)) + " s at most", format, output));
            return failedCount == 0 ? 0 : 1;
        } finally {
            results.unpersist();
        }
    }

    private void write(Dataset<Row> claims, String path, SaveMode saveMode) {
        if (format == Format.jsonl) {
            // Null fields are written, as claimant extract writes them ("source":null).
            claims.write().mode(saveMode).option("ignoreNullFields", "false").json(path);
        } else {
            claims.write().mode(saveMode).parquet(path);
        }
    }

    private ExtractionSettings settings() {
        if (maxBytes < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-bytes must be at least 1, got " + maxBytes);
        }
        if (maxSeconds != null && (maxSeconds < 0 || maxSeconds.isNaN())) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--max-seconds-per-doc must be 0 (no limit) or more, got " + maxSeconds);
        }
        if (partitions != null && partitions < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--partitions must be at least 1, got "
                    + partitions);
        }
        try {
            return new ExtractionSettings(profile, lexicon, model, maxBytes, maxSeconds == null ? -1 : maxSeconds);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private SparkSession session() {
        SparkSession.Builder builder = SparkSession.builder().appName("claimant-spark");
        if (master != null) {
            builder.master(master);
        } else if (!new SparkConf().contains("spark.master")) {
            builder.master("local[*]");
        }
        // Spark's own progress bar, on a terminal only: in a log file it would be thousands of lines.
        builder.config("spark.ui.showConsoleProgress", System.console() != null);
        return builder.getOrCreate();
    }

    private static boolean exists(SparkSession spark, String path) {
        try {
            org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(path);
            return p.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(p);
        } catch (java.io.IOException e) {
            return false; // let Spark's writer report it
        }
    }

    private static String friendly(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause && cause.getMessage() == null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.replaceAll("\\s+", " ").trim();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /** Sizes as the command line takes them ({@code 10M}). */
    static final class ByteSize implements CommandLine.ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            try {
                return io.claimant.pipeline.ByteSizes.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** The version of the jar, from its manifest when packaged. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = ClaimantSparkJob.class.getPackage().getImplementationVersion();
            return new String[]{"claimant-spark " + (v == null ? "(development build)" : v) + ", Apache Spark "
                    + org.apache.spark.package$.MODULE$.SPARK_VERSION()};
        }
    }
}
