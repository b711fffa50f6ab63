package io.claimant.spark.job;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimant.spark.ClaimSchema;
import io.claimant.spark.SparkTestSession;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The job over src-test-data gives the claims {@code claimant extract} gives for the same files, field by field,
 * in both output formats; the Parquet it writes reads back with the committed schema.
 */
class SparkJobMatchesCliTest {

    @TempDir
    static Path temp;

    private static Map<String, JsonNode> cli;

    @BeforeAll
    static void runTheCommandLine() throws Exception {
        SparkTestSession.get(); // the jobs below reuse this JVM's session and executor pipeline, as they would in a notebook
        Path out = temp.resolve("cli.jsonl");
        int exit = CliRun.claimant(temp.resolve("cli.log"), "extract", SparkTestData.folder().toString(),
                "-o", out.toString(), "--threads", "2", "--quiet");
        assertEquals(0, exit, Files.readString(temp.resolve("cli.log")));
        cli = JobOutput.claimsById(Files.readAllLines(out));
        assertTrue(cli.size() > 300, "claims from the CLI: " + cli.size());
    }

    @Test
    void jsonLinesFromTheJobEqualTheCommandLinesLines() throws IOException {
        Path out = temp.resolve("spark-jsonl");
        int exit = ClaimantSparkJob.run("--master", "local[2]", "--format", "jsonl",
                SparkTestData.folder().toString(), out.toString());
        assertEquals(0, exit);
        assertClaimsEqualTheCli(JobOutput.claimsById(JobOutput.partLines(out)));
    }

    @Test
    void parquetFromTheJobReadsBackWithTheCommittedSchemaAndEqualsTheCli() {
        Path out = temp.resolve("spark-parquet");
        int exit = ClaimantSparkJob.run("--master", "local[2]", SparkTestData.folder().toString(), out.toString());
        assertEquals(0, exit);
        SparkSession spark = SparkTestSession.get();

        assertEquals(ClaimSchema.claim(), spark.read().parquet(out.toString()).schema(),
                "the Parquet file's schema is the committed one");
        Dataset<Row> claims = spark.read().schema(ClaimSchema.claim()).parquet(out.toString());
        String nulls = spark.conf().get("spark.sql.jsonGenerator.ignoreNullFields");
        spark.conf().set("spark.sql.jsonGenerator.ignoreNullFields", "false");
        try {
            assertClaimsEqualTheCli(JobOutput.claimsById(claims.toJSON().collectAsList()));
        } finally {
            spark.conf().set("spark.sql.jsonGenerator.ignoreNullFields", nulls);
        }
    }

    private static void assertClaimsEqualTheCli(Map<String, JsonNode> spark) {
        assertEquals(cli.keySet(), spark.keySet(), "the same claim ids, so the same documents and doc fields");
        for (Map.Entry<String, JsonNode> claim : cli.entrySet()) {
            assertEquals(claim.getValue(), spark.get(claim.getKey()), "claim " + claim.getKey());
        }
    }
}
