package dev.unrolled.site;

import dev.unrolled.cli.Version;
import dev.unrolled.pdf.PdfRenderer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * Renders the print pages into PDFs, in parallel on every core: each PDF is independent, and rendering dominates
 * the build's time. PDFs can be handed over while the web pages are still being written ({@link #start()}), so that
 * no core waits for the slowest article; among those waiting the longest start first, so that no core is left alone
 * with a long one at the end. A failure of any PDF fails the build (and so leaves {@code site/} untouched).
 */
public final class PrintStage {
    private final Output staging;
    private final int threads;
    private final BooleanSupplier cancelled;

    /** Renders on every core, to completion. */
    public PrintStage(Output staging) {
        this(staging, Runtime.getRuntime().availableProcessors(), () -> false);
    }

    /**
     * Renders on {@code threads} threads, skipping the PDFs not yet started once {@code cancelled} says so (the
     * preview server leaves a core free for rebuilds and drops PDFs a newer save has made stale).
     */
    public PrintStage(Output staging, int threads, BooleanSupplier cancelled) {
        this.staging = staging;
        this.threads = threads;
        this.cancelled = cancelled;
    }

    /** Renders {@code jobs} and waits for them. */
    public void render(List<PrintJob> jobs) {
        if (jobs.isEmpty()) {
            return;
        }
        List<PrintJob> longestFirst = new ArrayList<>(jobs);
        longestFirst.sort(Comparator.comparingLong(PrintJob::weight).reversed());
        try (Running running = start()) {
            longestFirst.forEach(running::submit);
            running.finish();
        }
    }

    /** Starts the stage's threads; PDFs are rendered as they are {@linkplain Running#submit submitted}. */
    public Running start() {
        return new Running();
    }

    /** The stage at work. Closing it without {@link #finish()} (on a failure elsewhere) abandons what is left. */
    public final class Running implements AutoCloseable {
        private final PdfRenderer renderer = new PdfRenderer(staging.root(), "Unrolled " + Version.current());
        private final ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS,
                new PriorityBlockingQueue<>(), task -> {
                    Thread thread = new Thread(task, "unrolled-pdf");
                    thread.setDaemon(true);
                    return thread;
                });
        private final AtomicLong submitted = new AtomicLong();
        private volatile Failure failure;

        private Running() {}

        public void submit(PrintJob job) {
            pool.execute(new Task(job, submitted.getAndIncrement()));
        }

        /** Waits for every submitted PDF; rethrows the failure of the first submitted one that failed. */
        public void finish() {
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
                if (failure != null || cancelled.getAsBoolean()) {
                    return;
                }
                try {
                    staging.write(job.path(), renderer.render(job.html().get(), staging.resolve(job.path())));
                } catch (RuntimeException | Error e) {
                    failed(order, e);
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
