package io.claimant.spark;

import io.claimant.lexicon.LexiconException;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.param.ParamPair;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClaimExtractorPersistenceTest {

    private static final String SHIPPED_MODEL = "io/claimant/models/attribution.model";
    private static final String VERB_HEADER = "lemma\tclass\trule\tstrength\tbare_clause\taddressee\tdirect_quote\t"
            + "inverted_tag\tinfinitive\tsubject_infinitive\tobject_content\tas_complement\n";
    /** A verb table of "say" alone: the seed's cues are argue, stress, point to ..., so some claims go. */
    private static final String ONLY_SAY = VERB_HEADER + "say\tspeech\ty\t1.0\ty\tn\ty\ty\tn\tn\tn\tn\n";

    @TempDir
    Path temp;

    /** Saving and loading use the active session, which a test that transforms nothing would not have started. */
    @BeforeAll
    static void startSpark() {
        SparkTestSession.get();
    }

    private static Dataset<Row> seed() throws Exception {
        String text = Files.readString(SparkTestSession.repo().resolve("src-test-data/nato-us-membership.txt"));
        StructType schema = new StructType().add("doc_id", DataTypes.StringType).add("body", DataTypes.StringType);
        return SparkTestSession.get().createDataFrame(List.of(RowFactory.create("seed", text)), schema);
    }

    @Test
    void aPipelineWithTheExtractorIsSavedAndLoadedWithItsSettings() throws Exception {
        ClaimExtractor extractor = new ClaimExtractor().setIdCol("doc_id").setTextCol("body")
                .setMaxBytes(2_000_000).setMaxSecondsPerDoc(120);
        Pipeline pipeline = new Pipeline().setStages(new PipelineStage[]{extractor});
        PipelineModel fitted = pipeline.fit(seed());
        String path = temp.resolve("pipeline-model").toString();
        fitted.write().overwrite().save(path);

        PipelineModel loaded = PipelineModel.load(path);

        ClaimExtractor stage = assertInstanceOf(ClaimExtractor.class, loaded.stages()[0]);
        assertEquals(extractor.uid(), stage.uid());
        assertEquals("doc_id", stage.getIdCol());
        assertEquals("body", stage.getTextCol());
        assertEquals(2_000_000, stage.getMaxBytes());
        assertEquals(120.0, stage.getMaxSecondsPerDoc());
        assertEquals(io.claimant.Claimant.Builder.DEFAULT_PROFILE.id(), stage.getProfile());
        List<Row> direct = fitted.transform(seed()).select("claims").collectAsList();
        List<Row> reloaded = loaded.transform(seed()).select("claims").collectAsList();
        assertTrue(direct.get(0).getList(0).size() > 10);
        assertEquals(direct, reloaded, "the loaded pipeline gives the same claims");

        assertFalse(Files.exists(Path.of(path, "stages").resolve(stageFolder(path)).resolve("data")),
                "a stage without a model or lexicon saves its parameters only, as before");
        assertTrue(stage.carriedFiles().isEmpty());

        String unfitted = temp.resolve("pipeline").toString();
        pipeline.write().overwrite().save(unfitted);
        ClaimExtractor again = assertInstanceOf(ClaimExtractor.class, Pipeline.load(unfitted).getStages()[0]);
        assertEquals("body", again.getTextCol());
    }

    @Test
    void aSavedStageCarriesItsModelAndLexiconSoThatLoadingNeedsNeitherPath() throws Exception {
        Path model = temp.resolve("models/attribution.model");
        Files.createDirectories(model.getParent());
        byte[] modelBytes;
        try (var in = getClass().getClassLoader().getResourceAsStream(SHIPPED_MODEL)) {
            modelBytes = in.readAllBytes();
        }
        Files.write(model, modelBytes);
        Path lexicon = onlySayLexicon();
        ClaimExtractor extractor = new ClaimExtractor().setIdCol("doc_id").setTextCol("body")
                .setModel(model.toString()).setLexicon(lexicon.toString());
        PipelineModel fitted = new Pipeline().setStages(new PipelineStage[]{extractor}).fit(seed());
        List<Row> beforeSaving = claims(fitted);
        String path = temp.resolve("pipeline-model").toString();
        fitted.write().overwrite().save(path);

        Files.delete(model);
        Files.delete(lexicon.resolve("cue-verbs.tsv"));
        Files.delete(lexicon);
        PipelineModel loaded = PipelineModel.load(path);

        ClaimExtractor stage = assertInstanceOf(ClaimExtractor.class, loaded.stages()[0]);
        assertEquals(model.toString(), stage.getModel(), "the parameter still names where the model came from");
        CarriedFiles carried = stage.carriedFiles();
        assertArrayEquals(modelBytes, carried.model());
        assertEquals(List.of("cue-verbs.tsv"), List.copyOf(carried.lexicon().keySet()));
        assertEquals(ONLY_SAY, new String(carried.lexicon().get("cue-verbs.tsv"), StandardCharsets.UTF_8));

        List<Row> afterLoading = claims(loaded);
        assertEquals(beforeSaving, afterLoading, "the loaded pipeline gives the claims of the one saved");
        List<String> withTheLexicon = cues(afterLoading);
        List<String> withoutIt = cues(new ClaimExtractor().setIdCol("doc_id").setTextCol("body").transform(seed())
                .select("claims").collectAsList());
        assertTrue(withoutIt.contains("pointed to") && !withTheLexicon.contains("pointed to"),
                "the lexicon of 'say' alone drops cues the built-in lists allow: " + withTheLexicon);
        assertTrue(withTheLexicon.size() > 10, "and keeps most: " + withTheLexicon);

        int builds = ExecutorPipelines.builds();
        assertEquals(afterLoading, claims(loaded));
        assertEquals(builds, ExecutorPipelines.builds(), "a second transform, with a new broadcast of the same "
                + "bytes, finds the executor's pipeline by their digest");
        int task = serialisedSize(new PartitionExtractor(stage.recipe(SparkTestSession.get()), 0, 1, false));
        assertTrue(task < 100_000, "the task function holds a broadcast handle, not the model: " + task + " bytes");

        String again = temp.resolve("saved-again").toString();
        stage.write().save(again);
        ClaimExtractor reloaded = ClaimExtractor.load(again);
        assertArrayEquals(modelBytes, reloaded.carriedFiles().model(), "a loaded stage saves the bytes it holds");
        assertEquals(carried.lexiconDigest(), reloaded.carriedFiles().lexiconDigest());
    }

    /** A stage saved when the fast profile was named learned still loads, and runs the fast profile. */
    @Test
    void aStageSavedWithTheFormerProfileNameLoadsAsFast() throws Exception {
        String path = temp.resolve("old-stage").toString();
        new ClaimExtractor().setProfile("fast").write().save(path);
        Path metadata;
        try (var parts = Files.list(Path.of(path, "metadata"))) {
            metadata = parts.filter(p -> p.getFileName().toString().startsWith("part-")).findFirst().orElseThrow();
        }
        String json = Files.readString(metadata);
        assertTrue(json.contains("\"profile\":\"fast\""), json);
        Files.writeString(metadata, json.replace("\"profile\":\"fast\"", "\"profile\":\"learned\""));
        // Hadoop's local file system checks a file against its .crc beside it; without one it reads it as it is.
        Files.deleteIfExists(metadata.resolveSibling("." + metadata.getFileName() + ".crc"));

        ClaimExtractor loaded = ClaimExtractor.load(path);

        assertEquals("learned", loaded.getProfile(), "the parameter is read back as saved");
        assertEquals("fast", loaded.settings().profile(), "and runs the profile of that name today");
    }

    @Test
    void theCarriedFilesCountWhileTheParametersNameWhereTheyCameFrom() throws Exception {
        Path lexicon = onlySayLexicon();
        String path = temp.resolve("stage").toString();
        new ClaimExtractor().setLexicon(lexicon.toString()).write().save(path);
        ClaimExtractor loaded = ClaimExtractor.load(path);
        assertTrue(loaded.carriedFiles().hasLexicon());
        assertFalse(loaded.carriedFiles().hasModel());

        // PySpark sets every parameter again before a transform, to the values it read: the files still count.
        @SuppressWarnings("unchecked")
        Param<Object> param = (Param<Object>) loaded.getParam("lexicon");
        loaded.set(param.w(lexicon.toString()));
        assertTrue(loaded.carriedFiles().hasLexicon());
        assertTrue(loaded.copy(new ParamMap()).carriedFiles().hasLexicon(), "a copy carries them too");

        loaded.setLexicon(temp.resolve("elsewhere").toString());
        assertTrue(loaded.carriedFiles().isEmpty(), "another folder is read from its path");
        assertEquals(temp.resolve("elsewhere").toString(), loaded.settings().lexicon());
    }

    @Test
    void aStageSavedWithoutItsFilesReadsItsPathsAsBefore() throws Exception {
        Path lexicon = onlySayLexicon();
        ClaimExtractor extractor = new ClaimExtractor().setIdCol("doc_id").setTextCol("body")
                .setLexicon(lexicon.toString());
        String path = temp.resolve("stage").toString();
        extractor.write().save(path);
        // What the previous version wrote: the same metadata, and no data folder.
        deleteTree(Path.of(path, "data"));

        ClaimExtractor loaded = ClaimExtractor.load(path);

        assertTrue(loaded.carriedFiles().isEmpty());
        assertEquals(lexicon.toString(), loaded.getLexicon());
        List<String> cues = cues(loaded.transform(seed()).select("claims").collectAsList());
        assertFalse(cues.contains("pointed to"), "the lexicon is read from its folder: " + cues);
        assertTrue(cues.size() > 10, cues.toString());
    }

    @Test
    void savingReadsAndChecksTheFilesNamingTheOneAtFault() throws Exception {
        Path lexicon = Files.createDirectory(temp.resolve("bad-lexicon"));
        Files.writeString(lexicon.resolve("cue-verbs.add.tsv"), VERB_HEADER + "muse\tspeech\tmaybe\t0.7\tn\tn\tn\tn\tn\tn\tn\tn\n");
        String path = temp.resolve("stage").toString();
        ClaimExtractor extractor = new ClaimExtractor().setLexicon(lexicon.toString());
        String message = assertThrows(LexiconException.class, () -> extractor.write().save(path)).getMessage();
        assertTrue(message.contains(lexicon.resolve("cue-verbs.add.tsv") + " line 2"), message);
        assertFalse(Files.exists(Path.of(path, "metadata")), "nothing is written");

        ClaimExtractor noModel = new ClaimExtractor().setModel(temp.resolve("missing.model").toString());
        String missing = assertThrows(java.io.UncheckedIOException.class, () -> noModel.write().save(path)).getMessage();
        assertTrue(missing.contains("missing.model"), missing);
    }

    /** The calls PySpark's JavaTransformer, JavaMLWritable and JavaMLReader make through py4j, in that order. */
    @Test
    void theCallsPySparkMakesWork() throws Exception {
        ClaimExtractor java = new ClaimExtractor("ClaimExtractor_py4j0001");
        // _transfer_params_to_java: getParam(name), then param.w(value) and set(pair), once per set parameter.
        @SuppressWarnings("unchecked")
        Param<Object> profile = (Param<Object>) java.getParam("profile");
        java.set(profile.w("rules"));
        @SuppressWarnings("unchecked")
        Param<Object> maxBytes = (Param<Object>) java.getParam("maxBytes");
        java.set(new ParamPair<>(maxBytes, 5_000_000L));
        // JavaMLWritable.save: write().save(path); JavaMLReader.load: the class's static read(), then load(path).
        String path = temp.resolve("py4j").toString();
        java.write().save(path);
        ClaimExtractor loaded = ClaimExtractor.read().load(path);

        assertEquals("ClaimExtractor_py4j0001", loaded.uid());
        assertEquals("rules", loaded.getProfile());
        assertEquals(5_000_000L, loaded.getMaxBytes());
        // _transfer_params_from_java reads every parameter back by name.
        for (String name : List.of("idCol", "textCol", "profile", "lexicon", "model", "maxBytes", "maxSecondsPerDoc")) {
            assertTrue(loaded.hasParam(name), name);
            assertTrue(loaded.isDefined(loaded.getParam(name)), name);
        }
        assertEquals(7, loaded.params().length);
    }

    /** _transfer_params_to_java fails on a Python parameter the Java class lacks: the two lists must agree. */
    @Test
    void thePythonWrapperDeclaresTheJavaParameters() throws Exception {
        String python;
        try (var in = getClass().getClassLoader().getResourceAsStream("claimant_spark.py")) {
            python = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Param\\(Params\\._dummy\\(\\), \"(\\w+)\"")
                .matcher(python);
        java.util.Set<String> declared = new java.util.TreeSet<>();
        while (m.find()) {
            declared.add(m.group(1));
        }
        java.util.Set<String> javaSide = new java.util.TreeSet<>();
        for (Param<?> param : new ClaimExtractor().params()) {
            javaSide.add(param.name());
        }
        assertEquals(javaSide, declared);
        assertTrue(python.contains("\"" + ClaimExtractor.class.getName() + "\""), "the wrapper names the Java class");
    }

    private Path onlySayLexicon() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("lexicon"));
        Files.writeString(folder.resolve("cue-verbs.tsv"), ONLY_SAY);
        return folder;
    }

    private static List<Row> claims(PipelineModel model) throws Exception {
        return model.transform(seed()).select("claims").collectAsList();
    }

    /** The cue texts of the seed's claims, in order. */
    private static List<String> cues(List<Row> claimsRows) {
        return claimsRows.get(0).<Row>getList(0).stream().map(c -> c.<Row>getAs("cue").<String>getAs("text")).toList();
    }

    /** The folder Spark gave the pipeline's one stage. */
    private static String stageFolder(String pipelinePath) throws IOException {
        try (var stages = Files.list(Path.of(pipelinePath, "stages"))) {
            return stages.findFirst().orElseThrow().getFileName().toString();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static int serialisedSize(Object value) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return bytes.size();
    }
}
