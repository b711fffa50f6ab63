package io.claimant.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs a pipeline over a stream of inputs on a fixed pool and hands results back in input order. At most a
 * few documents per thread are in flight, so memory stays flat however large the batch.
 */
final class OrderedBatch {

    private static final int IN_FLIGHT_PER_THREAD = 4;

    private final Pipeline pipeline;
    private final int threads;

    OrderedBatch(Pipeline pipeline, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.pipeline = pipeline;
        this.threads = threads;
    }

    void run(Iterable<? extends DocumentInput> inputs, Consumer<DocumentResult> sink) {
        if (threads == 1) {
            for (DocumentInput input : inputs) {
                sink.accept(pipeline.processOne(input));
            }
            return;
        }
        AtomicInteger counter = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "claimant-worker-" + counter.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<DocumentResult>> pending = new ArrayDeque<>();
            Iterator<? extends DocumentInput> it = inputs.iterator();
            int limit = threads * IN_FLIGHT_PER_THREAD;
            while (it.hasNext() || !pending.isEmpty()) {
                while (it.hasNext() && pending.size() < limit) {
                    DocumentInput input = it.next();
                    pending.add(pool.submit(() -> pipeline.processOne(input)));
                }
                sink.accept(await(pending.removeFirst()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static DocumentResult await(Future<DocumentResult> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a document", e);
        } catch (ExecutionException e) {
            // processOne catches everything a document can throw; reaching here is a bug in the pipeline itself.
            throw new IllegalStateException("worker failed", e.getCause());
        }
    }
}
