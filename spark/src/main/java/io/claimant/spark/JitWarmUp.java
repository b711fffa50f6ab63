package io.claimant.spark;

import io.claimant.pipeline.Pipeline;


/**
 * Runs a freshly built pipeline over a short built-in article for a few seconds, on every task thread that
 * arrives meanwhile. An executor JVM compiles much
 * of Spark's own code in its first minute, and the annotators' hot paths wait in the same compiler queue: without
 * this, the first partitions of every executor ran at half speed and straggled. The article was written for the
 * purpose (reported speech of every common shape) and is not from any corpus.
 */
final class JitWarmUp {

    static final String TEXT_RESOURCE = "io/claimant/spark/warm-up.txt";
    /** How long after a build its warm-up lasts; a system property so that a test or a cluster can change it. */
    static final long BUDGET_NANOS = Long.getLong("claimant.spark.warmUpMillis", 4000) * 1_000_000L;

    private JitWarmUp() {
    }

    /** Annotates the built-in article over and over until {@code endNanos} ({@link System#nanoTime()}). */
    static void until(Pipeline pipeline, long endNanos) {
        if (System.nanoTime() >= endNanos) {
            return;
        }
        String text = ClasspathText.read(TEXT_RESOURCE);
        while (System.nanoTime() < endNanos) {
            pipeline.annotate("warm-up", text);
        }
    }
}
