package io.claimant.spark;

import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamPair;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClaimExtractorPersistenceTest {

    @TempDir
    Path temp;

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
        assertEquals("learned", stage.getProfile());
        List<Row> direct = fitted.transform(seed()).select("claims").collectAsList();
        List<Row> reloaded = loaded.transform(seed()).select("claims").collectAsList();
        assertTrue(direct.get(0).getList(0).size() > 10);
        assertEquals(direct, reloaded, "the loaded pipeline gives the same claims");

        String unfitted = temp.resolve("pipeline").toString();
        pipeline.write().overwrite().save(unfitted);
        ClaimExtractor again = assertInstanceOf(ClaimExtractor.class, Pipeline.load(unfitted).getStages()[0]);
        assertEquals("body", again.getTextCol());
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
}
