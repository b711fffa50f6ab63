package io.claimant.spark.job;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimant.spark.SparkTestSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JobCommandLineTest {

    @TempDir
    Path temp;

    @BeforeAll
    static void shareTheSession() {
        SparkTestSession.get();
    }

    /** Runs the job with standard error captured; returns the exit code and the text. */
    private static Object[] run(String... args) {
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int exit = ClaimantSparkJob.run(args);
            return new Object[]{exit, err.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setErr(saved);
        }
    }

    @Test
    void aFolderWithBadFilesWritesTheGoodOnesAndListsTheFailuresWithTheirCodes() throws IOException {
        Path in = temp.resolve("in");
        Files.createDirectories(in.resolve("sub dir"));
        Files.copy(SparkTestData.folder().resolve("nato-us-membership.txt"), in.resolve("sub dir/seed.txt"));
        Files.write(in.resolve("binary.txt"), new byte[]{'a', 0, 1, 2, 3});
        Files.write(in.resolve("latin1.txt"), "déjà dit".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(in.resolve("large.txt"), "He said it was over. ".repeat(5000));
        Files.writeString(in.resolve("notes.md"), "Not a .txt file, so not an input.");
        Path out = temp.resolve("out");
        Path failures = temp.resolve("failures");

        Object[] result = run("--format", "jsonl", "--max-bytes", "50K", "--failures", failures.toString(),
                in.toString(), out.toString());

        String err = (String) result[1];
        assertEquals(1, result[0], err);
        assertTrue(err.contains("4 documents") && err.contains("3 failed"), err);
        Map<String, JsonNode> failed = new TreeMap<>();
        for (JsonNode line : JobOutput.jsonParts(failures)) {
            failed.put(line.get("doc").asText(), line);
        }
        assertEquals(java.util.Set.of("binary.txt", "latin1.txt", "large.txt"), failed.keySet());
        assertEquals("binary", failed.get("binary.txt").get("code").asText());
        assertEquals("not-utf8", failed.get("latin1.txt").get("code").asText());
        assertEquals("too-large", failed.get("large.txt").get("code").asText());
        assertTrue(failed.get("large.txt").get("message").asText().contains("105000 bytes (limit 51200 bytes"),
                failed.get("large.txt").toString());
        assertTrue(err.contains("failed: large.txt: too-large"), err);
        var claims = JobOutput.jsonParts(out);
        assertTrue(claims.size() > 10);
        assertTrue(claims.stream().allMatch(c -> c.get("doc").asText().equals("sub dir/seed.txt")),
                "the good file's claims, under its path relative to IN: " + claims.get(0).get("doc"));
    }

    @Test
    void anExistingOutputIsKeptUnlessOverwriteIsAsked() throws IOException {
        Path in = temp.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("a.txt"), "\"We will stay,\" the minister said on Monday.");
        Path out = Files.createDirectories(temp.resolve("out"));
        Files.writeString(out.resolve("keep.me"), "x");

        Object[] refused = run("--format", "jsonl", in.toString(), out.toString());
        assertEquals(3, refused[0]);
        assertTrue(((String) refused[1]).contains("already exists; remove it or pass --mode overwrite"),
                (String) refused[1]);
        assertTrue(Files.exists(out.resolve("keep.me")));

        Object[] overwritten = run("--format", "jsonl", "--mode", "overwrite", in.toString(), out.toString());
        assertEquals(0, overwritten[0], (String) overwritten[1]);
        assertEquals(1, JobOutput.jsonParts(out).size());
        assertEquals("a.txt#0", JobOutput.jsonParts(out).get(0).get("id").asText());
    }

    @Test
    void jsonLinesInputIsReadByIdAndText() throws IOException {
        Path in = temp.resolve("docs.jsonl");
        Files.writeString(in, "{\"id\":\"d1\",\"text\":\"\\\"We will stay,\\\" the minister said.\"}\n"
                + "{\"id\":\"d2\",\"text\":null}\n");
        Path out = temp.resolve("out");
        Object[] result = run("--format", "jsonl", "--failures", temp.resolve("f").toString(), in.toString(),
                out.toString());
        assertEquals(1, result[0], (String) result[1]);
        assertEquals("d1", JobOutput.jsonParts(out).get(0).get("doc").asText());
        assertEquals("bad-input", JobOutput.jsonParts(temp.resolve("f")).get(0).get("code").asText());
    }

    @Test
    void parquetInputIsReadByIdAndTextAndEachRowIsADocument() throws IOException {
        String seed = Files.readString(SparkTestData.folder().resolve("nato-us-membership.txt"));
        Path in = temp.resolve("docs.parquet");
        var schema = new org.apache.spark.sql.types.StructType().add("id", "long").add("text", "string")
                .add("section", "string");
        SparkTestSession.get().createDataFrame(java.util.List.of(
                        org.apache.spark.sql.RowFactory.create(7L, seed, "world"),
                        org.apache.spark.sql.RowFactory.create(8L, "\"We will stay,\" the minister said.", "politics")),
                schema).write().parquet(in.toString());
        Path out = temp.resolve("out");

        Object[] result = run("--format", "jsonl", in.toString(), out.toString());

        assertEquals(0, result[0], (String) result[1]);
        assertTrue(((String) result[1]).contains("2 documents"), (String) result[1]);
        var docs = new java.util.TreeSet<String>();
        JobOutput.jsonParts(out).forEach(claim -> docs.add(claim.get("doc").asText()));
        assertEquals(java.util.Set.of("7", "8"), docs, "ids of any type become the doc field as text");
    }

    @Test
    void usageErrorsAreOneLineAndExitTwo() {
        Object[] result = run("--partitions", "0", "in", "out");
        assertEquals(2, result[0]);
        assertEquals("claimant-spark: --partitions must be at least 1, got 0; see 'claimant-spark --help'",
                ((String) result[1]).strip());
        Object[] profile = run("--profile", "fancy", "in", "out");
        assertEquals(2, profile[0]);
        assertTrue(((String) profile[1]).contains("unknown profile 'fancy'; expected one of: accurate, fast, rules"),
                (String) profile[1]);
    }

    @Test
    void aMissingInputIsNamed() {
        Path missing = temp.resolve("no-such-folder");
        Object[] result = run(missing.toString(), temp.resolve("out").toString());
        assertEquals(3, result[0], (String) result[1]);
        assertTrue(((String) result[1]).contains("no-such-folder"), (String) result[1]);
    }
}
