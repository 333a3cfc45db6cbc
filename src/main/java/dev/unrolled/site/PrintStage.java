package dev.unrolled.site;

import dev.unrolled.cli.Version;
import dev.unrolled.pdf.PdfRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Renders the print pages into PDFs, in parallel on every core: each PDF is independent, and rendering dominates
 * the build's time. A failure of any PDF fails the build (and so leaves {@code site/} untouched).
 */
final class PrintStage {
    private final Staging staging;

    PrintStage(Staging staging) {
        this.staging = staging;
    }

    void render(List<Pages.PrintJob> jobs) {
        if (jobs.isEmpty()) {
            return;
        }
        PdfRenderer renderer = new PdfRenderer(staging.dir(), "Unrolled " + Version.current());
        int threads = Math.max(1, Math.min(jobs.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "unrolled-pdf");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Pages.PrintJob job : jobs) {
                running.add(pool.submit(() -> staging.write(job.path(),
                        renderer.render(job.html(), staging.resolve(job.path())))));
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
