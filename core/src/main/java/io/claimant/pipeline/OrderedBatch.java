package io.claimant.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs a pipeline over a stream of inputs on a fixed pool and hands results back in input order. At most a
 * few documents per thread are in flight, so memory stays flat however large the batch.
 *
 * <p>Annotators stop themselves at their document's deadline, but a call into a library that cannot check it
 * might not return. So the caller waits for any one document at most its budget plus {@link #GRACE_NANOS}; then
 * the document is recorded as failed with {@code time-limit}, its worker is interrupted and left behind, and a
 * fresh thread takes its place so that the batch keeps its speed.
 */
final class OrderedBatch {

    private static final int IN_FLIGHT_PER_THREAD = 4;
    static final long GRACE_NANOS = TimeUnit.SECONDS.toNanos(5);
    /** How often the caller looks again at a document that has not started or has no deadline. */
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

    private final Pipeline pipeline;
    private final int threads;
    private final long graceNanos;

    OrderedBatch(Pipeline pipeline, int threads) {
        this(pipeline, threads, GRACE_NANOS);
    }

    OrderedBatch(Pipeline pipeline, int threads, long graceNanos) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.pipeline = pipeline;
        this.threads = threads;
        this.graceNanos = graceNanos;
    }

    /** One input in flight: its result to come, and when its worker started it (0 until then). */
    private static final class Task {
        final DocumentInput input;
        volatile long watchUntil;
        Future<DocumentResult> future;

        Task(DocumentInput input) {
            this.input = input;
        }
    }

    void run(Iterable<? extends DocumentInput> inputs, Consumer<DocumentResult> sink) {
        AtomicInteger counter = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "claimant-worker-" + counter.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        try {
            Deque<Task> pending = new ArrayDeque<>();
            Iterator<? extends DocumentInput> it = inputs.iterator();
            int limit = threads * IN_FLIGHT_PER_THREAD;
            while (it.hasNext() || !pending.isEmpty()) {
                while (it.hasNext() && pending.size() < limit) {
                    pending.add(submit(pool, new Task(it.next())));
                }
                sink.accept(await(pool, pending.removeFirst()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private Task submit(ThreadPoolExecutor pool, Task task) {
        long base = (long) (pipeline.limits().budget().base() * 1e9);
        task.future = pool.submit(() -> {
            // Until the text is read its length, and so its budget, is unknown: reading is bounded by the size
            // limit, so the base budget covers it.
            task.watchUntil = base > 0 ? System.nanoTime() + base + graceNanos : Long.MAX_VALUE;
            return pipeline.processOne(task.input, deadline -> task.watchUntil = deadline.isLimited()
                    ? System.nanoTime() + deadline.nanosLeft() + graceNanos : Long.MAX_VALUE);
        });
        return task;
    }

    private DocumentResult await(ThreadPoolExecutor pool, Task task) {
        long started = System.nanoTime();
        while (true) {
            long watch = task.watchUntil;
            long wait = watch == 0 || watch == Long.MAX_VALUE ? POLL_NANOS : watch - System.nanoTime();
            try {
                if (wait > 0) {
                    return task.future.get(Math.min(wait, POLL_NANOS), TimeUnit.NANOSECONDS);
                }
                if (task.future.isDone()) {
                    return task.future.get();
                }
                return abandon(pool, task, started);
            } catch (TimeoutException e) {
                // not done yet: look at its deadline again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for a document", e);
            } catch (CancellationException e) {
                return abandon(pool, task, started);
            } catch (ExecutionException e) {
                // processOne catches everything a document can throw; reaching here is a bug in the pipeline itself.
                throw new IllegalStateException("worker failed", e.getCause());
            }
        }
    }

    /** The worker did not stop within budget + grace: fail the document and replace the worker. */
    private DocumentResult abandon(ThreadPoolExecutor pool, Task task, long waitingSince) {
        task.future.cancel(true);
        // The stuck thread keeps its slot until it returns; one more slot keeps the batch at full speed.
        pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
        pool.setCorePoolSize(pool.getCorePoolSize() + 1);
        double seconds = (System.nanoTime() - waitingSince) / 1e9;
        return DocumentResult.failure(task.input.id(), ErrorCode.TIME_LIMIT, String.format(java.util.Locale.ROOT,
                "time limit: did not stop within its budget and %d s of grace; abandoned", graceNanos / 1_000_000_000L),
                seconds);
    }
}
