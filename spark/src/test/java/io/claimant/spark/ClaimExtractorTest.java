package io.claimant.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClaimExtractorTest {

    private static final StructType TEXTS = new StructType()
            .add("id", DataTypes.StringType).add("text", DataTypes.StringType);
    private static final StructType BYTES = new StructType()
            .add("id", DataTypes.StringType).add("text", DataTypes.BinaryType);

    private static String article(String name) throws IOException {
        return Files.readString(SparkTestSession.repo().resolve("src-test-data").resolve(name));
    }

    private static Map<String, Row> byId(Dataset<Row> transformed) {
        Map<String, Row> rows = new HashMap<>();
        for (Row row : transformed.collectAsList()) {
            rows.put(row.getAs("id"), row);
        }
        return rows;
    }

    private static List<Row> claims(Row row) {
        return row.getList(row.fieldIndex("claims"));
    }

    private static String code(Row row) {
        Row error = row.getAs("error");
        return error == null ? null : error.getAs("code");
    }

    @Test
    void badRowsGetTheirErrorCodeAndTheOtherRowsAreIntact() throws IOException {
        String seed = article("nato-us-membership.txt");
        byte[] random = new byte[4096];
        new Random(7).nextBytes(random);
        random[10] = 0;
        byte[] latin1 = "Le ministre a déclaré que l'accord tiendrait.".getBytes(StandardCharsets.ISO_8859_1);
        byte[] large = ("The minister said the deal would hold. ").repeat(2000).getBytes(StandardCharsets.UTF_8);
        Dataset<Row> in = SparkTestSession.get().createDataFrame(List.of(
                RowFactory.create("seed.txt", seed.getBytes(StandardCharsets.UTF_8)),
                RowFactory.create("random.txt", random),
                RowFactory.create("latin1.txt", latin1),
                RowFactory.create("empty.txt", new byte[0]),
                RowFactory.create("missing.txt", null),
                RowFactory.create("large.txt", large)), BYTES);

        Map<String, Row> out = byId(new ClaimExtractor().setMaxBytes(50_000).transform(in));

        assertEquals("binary", code(out.get("random.txt")));
        assertEquals("not-utf8", code(out.get("latin1.txt")));
        assertEquals("bad-input", code(out.get("missing.txt")));
        assertEquals("too-large", code(out.get("large.txt")));
        Row tooLarge = out.get("large.txt").getAs("error");
        assertTrue(((String) tooLarge.getAs("message")).contains("large.txt"), tooLarge.toString());
        for (String failed : List.of("random.txt", "latin1.txt", "missing.txt", "large.txt")) {
            assertTrue(claims(out.get(failed)).isEmpty(), failed + " has no claims");
        }
        // An empty file is a document with nothing in it, as claimant extract treats it: no error, no claims.
        assertNull(code(out.get("empty.txt")));
        assertTrue(claims(out.get("empty.txt")).isEmpty());

        Row seedRow = out.get("seed.txt");
        assertNull(seedRow.getAs("error"));
        Map<String, Row> alone = byId(new ClaimExtractor().transform(SparkTestSession.get()
                .createDataFrame(List.of(RowFactory.create("seed.txt", seed)), TEXTS)));
        assertEquals(claims(alone.get("seed.txt")), claims(seedRow),
                "the seed's claims do not depend on the bad rows beside it, nor on bytes versus string");
        assertTrue(claims(seedRow).size() > 10, "seed claims: " + claims(seedRow).size());
    }

    @Test
    void theAccurateProfileRunsTheShippedEncoderOnTheExecutorsAsTheLibraryDoes() throws IOException {
        String seed = article("nato-us-membership.txt");
        Dataset<Row> in = SparkTestSession.get().createDataFrame(List.of(RowFactory.create("seed", seed)), TEXTS);
        List<Row> claims = claims(new ClaimExtractor().setProfile("accurate").transform(in).first());
        List<io.claimant.document.Claim> library = io.claimant.Claimant.builder()
                .profile(io.claimant.Profile.ACCURATE).build().extract(seed);
        assertEquals(library.size(), claims.size());
        for (int i = 0; i < claims.size(); i++) {
            Row cue = claims.get(i).getAs("cue");
            Row content = claims.get(i).getAs("content");
            assertEquals(library.get(i).cue().text(), cue.getAs("text"));
            assertEquals(library.get(i).content().text(), content.getAs("text"));
        }
    }

    @Test
    void claimsCarryTheirSourceCueContentAndEntities() throws IOException {
        String seed = article("nato-us-membership.txt");
        Dataset<Row> in = SparkTestSession.get().createDataFrame(List.of(RowFactory.create("seed", seed)), TEXTS);
        List<Row> claims = claims(new ClaimExtractor().transform(in).first());
        Row first = claims.get(0);
        assertEquals("seed#0", first.getAs("id"));
        assertEquals("seed", first.getAs("doc"));
        for (Row claim : claims) {
            Row content = claim.getAs("content");
            int begin = content.getAs("begin");
            int end = content.getAs("end");
            assertEquals(seed.substring(seed.offsetByCodePoints(0, begin), seed.offsetByCodePoints(0, end)),
                    content.getAs("text"), "content text is the document's text between its offsets");
            assertTrue(List.of("direct", "indirect", "mixed").contains(claim.<String>getAs("type")));
        }
        boolean someSourceNamesAPerson = claims.stream()
                .map(c -> c.<Row>getAs("source"))
                .filter(s -> s != null)
                .flatMap(s -> s.<Row>getList(s.fieldIndex("entities")).stream())
                .anyMatch(e -> "PERSON".equals(e.getAs("type")));
        assertTrue(someSourceNamesAPerson, "a source resolves to a person entity");
    }

    @Test
    void oneExecutorBuildsOnePipelineForAJobOverFourPartitions() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (var files = Files.list(SparkTestSession.repo().resolve("src-test-data/dev"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".txt")).sorted().limit(8).toList()) {
                rows.add(RowFactory.create(file.getFileName().toString(), Files.readString(file)));
            }
        }
        Dataset<Row> in = SparkTestSession.get().createDataFrame(rows, TEXTS).repartition(4);
        assertEquals(4, in.rdd().getNumPartitions());
        // The test classes share the JVM, and with it the pipelines built for other settings, or for these.
        int before = ExecutorPipelines.builds();

        long withClaims = new ClaimExtractor().transform(in).collectAsList().stream()
                .filter(r -> !claims(r).isEmpty()).count();

        assertTrue(withClaims >= 6, "documents with claims: " + withClaims);
        int built = ExecutorPipelines.builds() - before;
        assertTrue(built <= 1, "one pipeline per JVM however many partitions and tasks: " + built + " built");
    }

    @Test
    void theTransformerAndItsTaskFunctionAreSmallWhenSerialised() throws IOException {
        ClaimExtractor extractor = new ClaimExtractor().setProfile("rules").setMaxBytes(123_456);
        int transformer = serialisedSize(extractor);
        int task = serialisedSize(new PartitionExtractor(PipelineRecipe.reading(extractor.settings()), 0, 1, false));
        assertTrue(transformer < 100_000, "transformer: " + transformer + " bytes");
        assertTrue(task < 100_000, "task function: " + task + " bytes");
    }

    @Test
    void missingOrWrongColumnsAreNamed() {
        StructType noText = new StructType().add("id", DataTypes.StringType).add("body", DataTypes.StringType);
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> new ClaimExtractor().transformSchema(noText));
        assertTrue(missing.getMessage().contains("'text'") && missing.getMessage().contains("body"),
                missing.getMessage());
        assertEquals("body", new ClaimExtractor().setTextCol("body").transformSchema(noText).fields()[1].name());

        StructType numbers = new StructType().add("id", DataTypes.StringType).add("text", DataTypes.IntegerType);
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
                () -> new ClaimExtractor().transformSchema(numbers));
        assertTrue(wrong.getMessage().contains("int"), wrong.getMessage());

        StructType clash = TEXTS.add("claims", DataTypes.StringType);
        assertThrows(IllegalArgumentException.class, () -> new ClaimExtractor().transformSchema(clash));
        assertThrows(IllegalArgumentException.class, () -> new ClaimExtractor().setProfile("fancy"));
    }

    @Test
    void theProfileIsStoredByItsCurrentNameAndDefaultsToTheBuilders() {
        assertEquals(io.claimant.Claimant.Builder.DEFAULT_PROFILE.id(), new ClaimExtractor().getProfile());
        assertEquals("fast", new ClaimExtractor().setProfile("learned").getProfile());
        assertEquals("rules", new ClaimExtractor().setProfile("RULES").getProfile());
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
                () -> new ClaimExtractor().setProfile("fancy"));
        assertTrue(wrong.getMessage().contains("expected one of: accurate, fast, rules"), wrong.getMessage());
    }

    private static int serialisedSize(Object value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return bytes.size();
    }
}
