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
 * one executor use the same pipeline; a task that arrives while it is being built waits for it. Pipelines are
 * found by {@link PipelineRecipe.Key}: the settings, with a model or lexicon that the stage carries named by the
 * digest of its bytes rather than by a path.
 */
public final class ExecutorPipelines {

    private static final Logger LOG = LoggerFactory.getLogger(ExecutorPipelines.class);

    private static final Map<PipelineRecipe.Key, Built> PIPELINES = new ConcurrentHashMap<>();
    private static final AtomicInteger BUILDS = new AtomicInteger();

    /** A pipeline and the end of its warm-up, which every task arriving before then joins. */
    private record Built(Pipeline pipeline, long warmUpEnd, double loadSeconds) {
    }

    private ExecutorPipelines() {
    }

    /** This JVM's pipeline for {@code recipe}, with its limits. */
    static Pipeline forRecipe(PipelineRecipe recipe) {
        return ready(recipe).pipeline().withLimits(recipe.limits());
    }

    /** Builds this JVM's pipeline for {@code recipe} unless it has one; the seconds it took if this call built it. */
    static java.util.OptionalDouble warm(PipelineRecipe recipe) {
        boolean[] builtHere = {false};
        Built built = ready(recipe, builtHere);
        return builtHere[0] ? java.util.OptionalDouble.of(built.loadSeconds()) : java.util.OptionalDouble.empty();
    }

    private static Built ready(PipelineRecipe recipe) {
        return ready(recipe, new boolean[1]);
    }

    private static Built ready(PipelineRecipe recipe, boolean[] builtHere) {
        Built built = PIPELINES.computeIfAbsent(recipe.key(), key -> {
            builtHere[0] = true;
            return build(recipe);
        });
        // Tasks that waited for the build warm up beside the one that built it, so every core's thread is
        // compiled before real documents arrive; later tasks find the window closed and go straight on.
        JitWarmUp.until(built.pipeline(), built.warmUpEnd());
        return built;
    }

    private static Built build(PipelineRecipe recipe) {
        long start = System.nanoTime();
        Pipeline pipeline = recipe.builder().buildPipeline();
        BUILDS.incrementAndGet();
        double seconds = (System.nanoTime() - start) / 1e9;
        LOG.info("Claimant models loaded in {} s ({})", String.format(java.util.Locale.ROOT, "%.1f", seconds),
                recipe.describe());
        return new Built(pipeline, System.nanoTime() + JitWarmUp.BUDGET_NANOS, seconds);
    }

    /** How many pipelines this JVM has built: one per setting, however many tasks ran. */
    public static int builds() {
        return BUILDS.get();
    }

}
