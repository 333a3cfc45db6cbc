package dev.unrolled.site;

import dev.unrolled.cli.Version;
import dev.unrolled.pdf.PdfRenderer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
        List<PrintJob> longestFirst = new ArrayList<>(jobs);
        longestFirst.sort(Comparator.comparingLong(PrintJob::weight).reversed());
        List<Runnable> work = new ArrayList<>();
        for (PrintJob job : longestFirst) {
            work.add(() -> {
                if (!cancelled.getAsBoolean()) {
                    staging.write(job.path(), renderer.render(job.html().get(), staging.resolve(job.path())));
                }
            });
        }
        Parallel.run(work, threads, "unrolled-pdf");
    }
}
