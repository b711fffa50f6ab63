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

    private static final Map<ExtractionSettings, Built> PIPELINES = new ConcurrentHashMap<>();
    private static final AtomicInteger BUILDS = new AtomicInteger();

    /** A pipeline and the end of its warm-up, which every task arriving before then joins. */
    private record Built(Pipeline pipeline, long warmUpEnd, double loadSeconds) {
    }

    private ExecutorPipelines() {
    }

    /** This JVM's pipeline for {@code settings}, with their limits. */
    static Pipeline forSettings(ExtractionSettings settings) {
        return ready(settings).pipeline().withLimits(settings.limits());
    }

    /** Builds this JVM's pipeline for {@code settings} unless it has one; the seconds it took if this call built it. */
    static java.util.OptionalDouble warm(ExtractionSettings settings) {
        boolean[] builtHere = {false};
        Built built = ready(settings, builtHere);
        return builtHere[0] ? java.util.OptionalDouble.of(built.loadSeconds()) : java.util.OptionalDouble.empty();
    }

    private static Built ready(ExtractionSettings settings) {
        return ready(settings, new boolean[1]);
    }

    private static Built ready(ExtractionSettings settings, boolean[] builtHere) {
        Built built = PIPELINES.computeIfAbsent(settings.annotatorKey(), key -> {
            builtHere[0] = true;
            return build(settings);
        });
        // Tasks that waited for the build warm up beside the one that built it, so every core's thread is
        // compiled before real documents arrive; later tasks find the window closed and go straight on.
        JitWarmUp.until(built.pipeline(), built.warmUpEnd());
        return built;
    }

    private static Built build(ExtractionSettings settings) {
        long start = System.nanoTime();
        Pipeline pipeline = settings.builder().buildPipeline();
        BUILDS.incrementAndGet();
        double seconds = (System.nanoTime() - start) / 1e9;
        LOG.info("Claimant models loaded in {} s (profile {})", String.format(java.util.Locale.ROOT, "%.1f", seconds),
                settings.profile());
        return new Built(pipeline, System.nanoTime() + JitWarmUp.BUDGET_NANOS, seconds);
    }

    /** How many pipelines this JVM has built: one per setting, however many tasks ran. */
    public static int builds() {
        return BUILDS.get();
    }

}
