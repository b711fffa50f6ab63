package io.claimant.spark;

import io.claimant.pipeline.Pipeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One pipeline per executor JVM and setting, built on the first task that needs it and shared by every task
 * after it. Models are a few hundred megabytes and take seconds to load: building them per task, or shipping
 * them inside a closure, would cost more than the work. The annotators are thread-safe, so concurrent tasks of
 * one executor use the same pipeline; a task that arrives while it is being built waits for it.
 */
public final class ExecutorPipelines {

    private static final Logger LOG = LoggerFactory.getLogger(ExecutorPipelines.class);

    private static final Map<ExtractionSettings, Pipeline> PIPELINES = new ConcurrentHashMap<>();
    private static final AtomicInteger BUILDS = new AtomicInteger();
    private static volatile double lastLoadSeconds = Double.NaN;

    private ExecutorPipelines() {
    }

    /** This JVM's pipeline for {@code settings}, with their limits. */
    static Pipeline forSettings(ExtractionSettings settings) {
        Pipeline shared = PIPELINES.computeIfAbsent(settings.annotatorKey(), key -> build(settings));
        return shared.withLimits(settings.limits());
    }

    /** Builds this JVM's pipeline for {@code settings} unless it has one; the seconds it took if this call built it. */
    static java.util.OptionalDouble warm(ExtractionSettings settings) {
        double[] took = {Double.NaN};
        PIPELINES.computeIfAbsent(settings.annotatorKey(), key -> {
            Pipeline pipeline = build(settings);
            took[0] = lastLoadSeconds;
            return pipeline;
        });
        return Double.isNaN(took[0]) ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(took[0]);
    }

    private static Pipeline build(ExtractionSettings settings) {
        long start = System.nanoTime();
        Pipeline pipeline = settings.builder().buildPipeline();
        JitWarmUp.run(pipeline);
        BUILDS.incrementAndGet();
        lastLoadSeconds = (System.nanoTime() - start) / 1e9;
        LOG.info("Claimant models loaded in {} s (profile {})", String.format(java.util.Locale.ROOT, "%.1f",
                lastLoadSeconds), settings.profile());
        return pipeline;
    }

    /** How many pipelines this JVM has built: one per setting, however many tasks ran. */
    public static int builds() {
        return BUILDS.get();
    }

    /** Seconds the most recent build took in this JVM, or NaN when none has run. */
    public static double lastLoadSeconds() {
        return lastLoadSeconds;
    }
}
