package io.claimant.spark;

import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Loads the models on the executors before the real work, so that a job can report how long loading took apart
 * from how fast documents go, and so that the first documents' tasks are not the slow ones. One small task per
 * core is sent; an executor that already has its pipeline answers at once.
 */
public final class ModelWarmUp {

    private ModelWarmUp() {
    }

    /** The load times, in seconds, of the pipelines built by this warm-up (one per executor that built one). */
    public static List<Double> run(SparkSession spark, ExtractionSettings settings) {
        int slots = Math.max(1, spark.sparkContext().defaultParallelism());
        PipelineRecipe recipe = PipelineRecipe.reading(settings);
        return spark.range(0, slots, 1, slots)
                .mapPartitions((MapPartitionsFunction<Long, Double>) ignored -> load(recipe), Encoders.DOUBLE())
                .collectAsList();
    }

    private static Iterator<Double> load(PipelineRecipe recipe) {
        List<Double> built = new ArrayList<>();
        ExecutorPipelines.warm(recipe).ifPresent(built::add);
        return built.iterator();
    }
}
