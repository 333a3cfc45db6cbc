package dev.unrolled.site;

import dev.unrolled.cli.Version;
import dev.unrolled.pdf.PdfRenderer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

/**
 * Renders the print pages into PDFs, in parallel on every core: each PDF is independent, and rendering dominates
 * the build's time. The longest start first, so that no core is left alone with a long one at the end. A failure
 * of any PDF fails the build (and so leaves {@code site/} untouched).
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

    public void render(List<PrintJob> jobs) {
        if (jobs.isEmpty()) {
            return;
        }
        PdfRenderer renderer = new PdfRenderer(staging.root(), "Unrolled " + Version.current());
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(jobs.size(), threads)), task -> {
            Thread thread = new Thread(task, "unrolled-pdf");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<PrintJob> longestFirst = new ArrayList<>(jobs);
            longestFirst.sort(Comparator.comparingLong(PrintJob::weight).reversed());
            List<Future<?>> running = new ArrayList<>();
            for (PrintJob job : longestFirst) {
                running.add(pool.submit(() -> {
                    if (!cancelled.getAsBoolean()) {
                        staging.write(job.path(), renderer.render(job.html().get(), staging.resolve(job.path())));
                    }
                }));
            }
            for (Future<?> future : running) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rendering PDFs", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
