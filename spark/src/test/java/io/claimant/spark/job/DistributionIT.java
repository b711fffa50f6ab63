package io.claimant.spark.job;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimant.spark.ClaimSchema;
import io.claimant.spark.SparkTestSession;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The two ways the job is run outside Maven: the distribution's launcher in local mode, and the shaded jar on a
 * Spark classpath as spark-submit would run it. Both as separate processes, after packaging.
 */
class DistributionIT {

    @TempDir
    Path temp;

    @Test
    void theLauncherWritesParquetThatReadsBackWithTheCommittedSchemaAndEqualsTheCli() throws Exception {
        Path dist = Path.of(System.getProperty("claimant.spark.dist"));
        Path out = temp.resolve("out");
        // As the README writes it.
        Process job = new ProcessBuilder(dist.resolve("bin/claimant-spark").toString(), "--master", "local[2]",
                SparkTestData.folder().toString(), out.toString())
                .redirectErrorStream(true).redirectOutput(temp.resolve("job.log").toFile()).start();
        assertTrue(job.waitFor(10, TimeUnit.MINUTES), "the job finishes");
        String log = Files.readString(temp.resolve("job.log"));
        assertEquals(0, job.exitValue(), log);
        assertTrue(log.contains("parquet written to"), log);
        assertTrue(!log.contains("resolves to a loopback address"), "local mode binds to the loopback address: " + log);

        Path cliOut = temp.resolve("cli.jsonl");
        assertEquals(0, CliRun.claimant(temp.resolve("cli.log"), "extract", SparkTestData.folder().toString(), "-o",
                cliOut.toString(), "--quiet"), Files.readString(temp.resolve("cli.log")));
        Map<String, JsonNode> cli = JobOutput.claimsById(Files.readAllLines(cliOut));

        var spark = SparkTestSession.get();
        assertEquals(ClaimSchema.claim(), spark.read().parquet(out.toString()).schema());
        spark.conf().set("spark.sql.jsonGenerator.ignoreNullFields", "false");
        Map<String, JsonNode> written = JobOutput.claimsById(spark.read().schema(ClaimSchema.claim()).parquet(out.toString())
                .toJSON().collectAsList());
        assertEquals(cli, written);
    }

    @Test
    void theShadedJarRunsOnSparksClasspathAlone() throws Exception {
        Path jar = Path.of(System.getProperty("claimant.spark.shadedJar"));
        String sparkClasspath = Files.readString(Path.of(System.getProperty("claimant.spark.classpathFile"))).strip();
        for (String entry : sparkClasspath.split(java.io.File.pathSeparator)) {
            assertTrue(!entry.contains("claimant") && !entry.contains("opennlp") && !entry.contains("stanford"),
                    "Spark's classpath holds none of Claimant's own libraries: " + entry);
        }
        Path seed = temp.resolve("seed");
        Files.createDirectories(seed);
        Files.copy(SparkTestData.folder().resolve("nato-us-membership.txt"), seed.resolve("nato-us-membership.txt"));
        Path out = temp.resolve("out");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx3g");
        command.addAll(List.of(System.getProperty("claimant.spark.javaOptions").trim().split("\\s+")));
        command.addAll(List.of("-cp", jar + java.io.File.pathSeparator + sparkClasspath,
                "io.claimant.spark.job.ClaimantSparkJob", "--master", "local[1]", "--format", "jsonl",
                seed.toString(), out.toString()));
        Process job = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(temp.resolve("job.log").toFile()).start();
        assertTrue(job.waitFor(10, TimeUnit.MINUTES), "the job finishes");
        String log = Files.readString(temp.resolve("job.log"));
        assertEquals(0, job.exitValue(), log);

        Map<String, JsonNode> claims = JobOutput.claimsById(JobOutput.partLines(out));
        assertTrue(claims.size() > 10, log);
        for (int i = 0; i < claims.size(); i++) {
            assertTrue(claims.containsKey("nato-us-membership.txt#" + i), "claims numbered from 0 without a gap");
        }
        Row direct = new io.claimant.spark.ClaimExtractor().transform(SparkTestSession.get().createDataFrame(
                List.of(org.apache.spark.sql.RowFactory.create("nato-us-membership.txt",
                        Files.readString(seed.resolve("nato-us-membership.txt")))),
                new org.apache.spark.sql.types.StructType().add("id", "string").add("text", "string"))).first();
        assertEquals(direct.getList(direct.fieldIndex("claims")).size(), claims.size(),
                "the shaded jar finds as many claims as the library does in this JVM");
    }
}
