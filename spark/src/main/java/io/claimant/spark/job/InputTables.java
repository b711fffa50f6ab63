package io.claimant.spark.job;

import io.claimant.pipeline.ErrorCode;
import io.claimant.spark.ClaimSchema;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;

import java.util.Arrays;
import java.util.Locale;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.udf;

/** Reads the job's input into an {@code id}/{@code text} table, whatever form it came in. */
final class InputTables {

    /** How the input is stored. */
    enum Kind {
        /** A folder of {@code *.txt} files (recursively), or one text file. */
        TEXT,
        /** JSON Lines with {@code id} and {@code text} fields. */
        JSONL,
        /** Parquet with {@code id} and {@code text} columns. */
        PARQUET;

        static Kind guess(String input) {
            String name = input.toLowerCase(Locale.ROOT);
            if (name.endsWith(".jsonl") || name.endsWith(".json") || name.endsWith(".jsonl.gz")) {
                return JSONL;
            }
            if (name.endsWith(".parquet")) {
                return PARQUET;
            }
            return TEXT;
        }
    }

    /** The documents to extract from, and those refused before reading (too large). */
    record Inputs(Dataset<Row> documents, Dataset<Row> refused) {
    }

    private InputTables() {
    }

    /**
     * @param partitions how many partitions to spread the documents over: more than the cores, so that a core
     *                   that finishes early takes another partition instead of waiting for a long document
     */
    static Inputs read(SparkSession spark, Kind kind, String input, long maxBytes, int partitions) {
        return switch (kind) {
            case TEXT -> textFiles(spark, input, maxBytes, partitions);
            // A JSON Lines or Parquet file is split by bytes into few large partitions: spread its rows.
            case JSONL -> new Inputs(idAndText(spark.read().json(input), input).repartition(partitions), null);
            case PARQUET -> new Inputs(idAndText(spark.read().parquet(input), input).repartition(partitions), null);
        };
    }

    /**
     * Spark's {@code binaryFile} source gives the raw bytes, which the transformer decodes with core's strict
     * decoder: {@code wholeTextFiles} would replace bad bytes silently, where the CLI reports {@code not-utf8}.
     * The size filter is pushed into the file listing, so a file over the limit is never read: it becomes a
     * {@code too-large} failure as in the CLI.
     */
    private static Inputs textFiles(SparkSession spark, String input, long maxBytes, int partitions) {
        // Spark packs files into partitions by size, counting each file as if it had openCostInBytes more.
        // Its default (4 MB) is meant for large files: with news articles of a few kilobytes it puts hundreds of
        // files in each of a few partitions, and the partitions of small files hold far less text than those of
        // large ones. Work here goes with the text's length plus a little per document (about what 1 KB of text
        // costs), so that is the cost given to opening a file: partitions then hold about the same work, and no
        // shuffle is needed to spread them.
        spark.conf().set("spark.sql.files.minPartitionNum", partitions);
        spark.conf().set("spark.sql.files.openCostInBytes", 1024);
        Dataset<Row> files = spark.read().format("binaryFile")
                .option("pathGlobFilter", "*.txt")
                .option("recursiveFileLookup", "true")
                .load(input);
        String root = qualified(spark, input);
        RelativeIds ids = new RelativeIds(root);
        Column id = udf((UDF1<String, String>) ids::idOf, DataTypes.StringType).apply(col("path"));
        Dataset<Row> documents = files.filter(col("length").leq(maxBytes))
                .select(id.as("id"), col("content").as("text"));
        Dataset<Row> refused = files.filter(col("length").gt(maxBytes))
                .select(id.as("id"),
                        array().cast(ClaimSchema.claims()).as(ClaimSchema.CLAIMS_COLUMN),
                        struct(lit(ErrorCode.TOO_LARGE.code()).as("code"),
                                concat(id, lit(": too large: "), col("length").cast("string"),
                                        lit(" bytes (limit " + maxBytes + " bytes; raise it with --max-bytes)"))
                                        .as("message")).as(ClaimSchema.ERROR_COLUMN));
        return new Inputs(documents, refused);
    }

    private static String qualified(SparkSession spark, String input) {
        try {
            org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(input);
            org.apache.hadoop.fs.FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
            return fs.makeQualified(path).toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + input + ": " + e.getMessage(), e);
        }
    }

    private static Dataset<Row> idAndText(Dataset<Row> table, String input) {
        for (String needed : new String[]{"id", "text"}) {
            if (!Arrays.asList(table.columns()).contains(needed)) {
                throw new IllegalArgumentException(input + " has no '" + needed + "' column; its columns are "
                        + String.join(", ", table.columns()));
            }
        }
        // Bytes are decoded strictly by the transformer; anything else (a number, say) is taken as its string form.
        Column text = table.schema().apply("text").dataType() instanceof org.apache.spark.sql.types.BinaryType
                ? col("text") : col("text").cast("string");
        return table.select(col("id").cast("string").as("id"), text.as("text"));
    }
}
