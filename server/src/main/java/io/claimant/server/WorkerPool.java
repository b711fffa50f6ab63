package io.claimant.server;

import io.claimant.pipeline.ErrorCode;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The server's worker threads that run the NLP, with a small bounded queue in front. Jetty's own threads only
 * wait here, so however many connections arrive, at most {@code threads} documents are processed at once and at
 * most {@code queue} wait; any more are refused with 503 at once rather than left to time out.
 */
final class WorkerPool implements AutoCloseable {

    /** How long past its budget a document is waited for, for a library call that does not check its deadline. */
    static final long GRACE_SECONDS = 5;

    private final ThreadPoolExecutor executor;

    WorkerPool(int threads, int queue) {
        AtomicInteger n = new AtomicInteger();
        executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                queue == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(queue), runnable -> {
                    Thread thread = new Thread(runnable, "claimant-worker-" + n.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.AbortPolicy());
    }

    /**
     * Runs {@code work} on a worker and waits for it: without limit while it is queued (the queue is short), then
     * at most {@code budgetSeconds} plus a grace once it has started (0: no limit).
     */
    <T> T run(Callable<T> work, double budgetSeconds) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Future<T> future;
        try {
            future = executor.submit(() -> {
                started.countDown();
                return work.call();
            });
        } catch (RejectedExecutionException e) {
            throw new ApiError(503, ErrorCode.BUSY, "all workers are busy and the queue is full; retry later", 1);
        }
        try {
            started.await();
            if (budgetSeconds <= 0) {
                return future.get();
            }
            return future.get((long) Math.ceil(budgetSeconds) + GRACE_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new ApiError(504, ErrorCode.TIME_LIMIT, "processing went past the time budget of "
                    + budgetSeconds + " s and was stopped");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new ApiError(503, ErrorCode.BUSY, "the server is stopping", 1);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
