package dev.unrolled.site;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Independent pieces of a build's work run on a few daemon threads. */
final class Parallel {
    private Parallel() {}

    /**
     * Runs {@code work} on up to {@code threads} threads named {@code name} and waits for all of it; the first
     * failure in submission order is rethrown as it was (an unchecked exception or error). After a failure the pieces
     * not yet started are dropped and those running are waited for, so that none of them still writes into a
     * staging folder the caller is about to delete.
     */
    static void run(List<Runnable> work, int threads, String name) {
        if (work.size() < 2 || threads < 2) {
            work.forEach(Runnable::run);
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(work.size(), threads), task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Runnable piece : work) {
                running.add(pool.submit(piece));
            }
            for (Future<?> future : running) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            stop(pool);
        }
    }

    /**
     * Drops the tasks {@code pool} has not started and waits for those it is running, however long they take and
     * even when interrupted (the interrupt is kept for the caller): a running piece of a build cannot be stopped
     * halfway, and returning before it ends would let it write into a folder that is being deleted.
     */
    static void stop(ExecutorService pool) {
        pool.shutdownNow();
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
