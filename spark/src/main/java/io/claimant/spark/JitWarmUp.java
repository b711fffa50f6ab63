package io.claimant.spark;

import io.claimant.pipeline.Pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Runs a freshly built pipeline over a short built-in article for a few seconds. An executor JVM compiles much
 * of Spark's own code in its first minute, and the annotators' hot paths wait in the same compiler queue: without
 * this, the first partitions of every executor ran at half speed and straggled. The article was written for the
 * purpose (reported speech of every common shape) and is not from any corpus.
 */
final class JitWarmUp {

    static final String TEXT_RESOURCE = "io/claimant/spark/warm-up.txt";
    private static final long BUDGET_NANOS = Long.getLong("claimant.spark.warmUpMillis", 4000) * 1_000_000L;

    private JitWarmUp() {
    }

    static void run(Pipeline pipeline) {
        String text = text();
        long end = System.nanoTime() + BUDGET_NANOS;
        while (System.nanoTime() < end) {
            pipeline.annotate("warm-up", text);
        }
    }

    private static String text() {
        try (InputStream in = JitWarmUp.class.getClassLoader().getResourceAsStream(TEXT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + TEXT_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
