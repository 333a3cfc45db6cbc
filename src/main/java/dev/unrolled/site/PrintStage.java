package dev.unrolled.site;

import dev.unrolled.cli.Version;
import dev.unrolled.pdf.PdfRenderer;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Renders the print pages into PDFs, in parallel on every core: each PDF is independent, and rendering dominates
 * the build's time. PDFs can be handed over while the web pages are still being written ({@link #start()}), so that
 * no core waits for the slowest article; among those waiting the longest start first, so that no core is left alone
 * with a long one at the end. Only a few PDFs wait at a time: a waiting PDF holds its article's data (the trace,
 * the pictures, the page model), and the web pages are written much faster than PDFs, so a build of many articles
 * would otherwise hold all of them; the page that would exceed the limit waits instead, and its core goes to the
 * PDFs. A failure of any PDF fails the build (and so leaves {@code site/} untouched).
 */
final class PrintStage {
    /** PDFs waiting or being drawn, per thread: enough that a PDF thread never waits for a page to be written. */
    private static final int PENDING_PER_THREAD = 4;

    private final Output staging;
    private final int threads;
    private final int pending;

    /** Renders on every core. */
    PrintStage(Output staging) {
        this(staging, Runtime.getRuntime().availableProcessors());
    }

    PrintStage(Output staging, int threads) {
        this(staging, threads, PENDING_PER_THREAD * threads);
    }

    /** @param pending the most PDFs submitted and not yet made; {@link Running#submit} waits beyond that */
    PrintStage(Output staging, int threads, int pending) {
        this.staging = staging;
        this.threads = threads;
        this.pending = pending;
    }

    /** Starts the stage's threads; PDFs are rendered as they are {@linkplain Running#submit submitted}. */
    Running start() {
        return new Running();
    }

    /** The stage at work. Closing it without {@link #finish()} (on a failure elsewhere) abandons what is left. */
    final class Running implements AutoCloseable {
        private final PdfRenderer renderer = new PdfRenderer(staging.root(), "Unrolled " + Version.current());
        private final ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS,
                new PriorityBlockingQueue<>(), task -> {
                    Thread thread = new Thread(task, "unrolled-pdf");
                    thread.setDaemon(true);
                    return thread;
                });
        private final AtomicLong submitted = new AtomicLong();
        private final Semaphore slots = new Semaphore(pending);
        private volatile Failure failure;

        private Running() {}

        /** Hands {@code job} over, first waiting while the stage has its limit of PDFs to make. */
        void submit(PrintJob job) {
            try {
                slots.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting to hand a PDF over", e);
            }
            try {
                pool.execute(new Task(job, submitted.getAndIncrement()));
            } catch (RuntimeException e) {
                slots.release();
                throw e;
            }
        }

        /** Waits for every submitted PDF; rethrows the failure of the first submitted one that failed. */
        void finish() {
            pool.shutdown();
            try {
                while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                    // a long build: keep waiting
                }
            } catch (InterruptedException e) {
                pool.shutdownNow();
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while rendering PDFs", e);
            }
            Failure failed = failure;
            if (failed != null) {
                if (failed.cause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (failed.cause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(failed.cause());
            }
        }

        /**
         * Abandons the PDFs not yet started and waits for those being drawn, so that nothing writes into the staging
         * folder once the caller goes on to delete it (a PDF is not interruptible mid-page; this takes a second or
         * so). After {@link #finish()} there is nothing left to wait for.
         */
        @Override
        public void close() {
            Parallel.stop(pool);
        }

        private synchronized void failed(long order, Throwable cause) {
            if (failure == null || order < failure.order()) {
                failure = new Failure(order, cause);
            }
        }

        /** One PDF; waiting tasks are taken longest first, then in the order they came. */
        private final class Task implements Runnable, Comparable<Task> {
            private final PrintJob job;
            private final long order;

            Task(PrintJob job, long order) {
                this.job = job;
                this.order = order;
            }

            @Override
            public void run() {
                try {
                    if (failure == null) {
                        staging.write(job.path(), renderer.render(job.html().get(), staging.resolve(job.path())));
                    }
                } catch (RuntimeException | Error e) {
                    failed(order, e);
                } finally {
                    slots.release();
                }
            }

            @Override
            public int compareTo(Task other) {
                int byWeight = Long.compare(other.job.weight(), job.weight());
                return byWeight != 0 ? byWeight : Long.compare(order, other.order);
            }
        }
    }

    private record Failure(long order, Throwable cause) {}
}
