package dev.unrolled.serve;

import dev.unrolled.cli.Version;
import dev.unrolled.pdf.PdfRenderer;
import dev.unrolled.problem.InputException;
import dev.unrolled.problem.Problem;
import dev.unrolled.site.LiveOutput;
import dev.unrolled.site.PrintJob;
import dev.unrolled.site.SiteBuilder;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The live preview: builds the site, serves it, watches {@code content/} and {@code templates/}, and on every save
 * rebuilds only the pages the change affects, tells open pages to reload, then renders their PDFs in the background.
 * A failed rebuild leaves the last good pages served and shows its problems over them; the next good one clears
 * them. Builds run one at a time, in order.
 */
public final class Preview implements AutoCloseable {
    private static final Pattern EXAMPLE = Pattern.compile("content/examples/([^/]+)\\.json");
    private static final Pattern LANGUAGE_FILE = Pattern.compile("content/([^/]+)/.+");
    private static final long STOP_WAIT_SECONDS = 60;

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    private final Path project;
    private final Path site;
    private final PrintStream log;
    private final Events events = new Events();
    private final ExecutorService builds = single("unrolled-build");
    private final ExecutorService pdfs = single("unrolled-pdf-preview");
    private final AtomicLong generation = new AtomicLong();
    private final Set<Path> pending = new LinkedHashSet<>();
    private final Map<String, PrintJob> owed = new LinkedHashMap<>();
    private PreviewServer server;
    private Watcher watcher;
    private boolean built;
    private volatile boolean closed;

    private Preview(Path project, Path site, PrintStream log) {
        this.project = project.toAbsolutePath().normalize();
        this.site = site.toAbsolutePath().normalize();
        this.log = log;
    }

    /**
     * Builds (the pages first, PDFs in the background), then serves and watches.
     *
     * @throws InputException if the port cannot be used
     */
    public static Preview start(Path project, Path site, String bind, int port, PrintStream log) {
        Preview preview = new Preview(project, site, log);
        preview.server = PreviewServer.start(preview.site, bind, port, preview.events);
        preview.run(preview.builds, preview::fullBuild);
        preview.watcher = new Watcher(List.of(preview.project.resolve("content"), preview.project.resolve("templates")),
                preview::changed);
        return preview;
    }

    public String url() {
        return server.url();
    }

    public int port() {
        return server.port();
    }

    private void fullBuild() {
        long start = System.nanoTime();
        try {
            SiteBuilder.Built result = SiteBuilder.build(project, site, SiteBuilder.Pdfs.LATER);
            built = true;
            log.printf("built %d pages in %d ms; PDFs follow%n", result.report().files(), millis(start));
            events.publish(new Events.Event("reload", "{}"));
            renderPdfs(result.prints());
        } catch (InputException e) {
            failed(e);
        } catch (RuntimeException e) {
            internal(e);
        }
    }

    private void changed(Set<Path> paths) {
        run(builds, () -> {
            synchronized (pending) {
                pending.addAll(paths);
            }
            rebuild();
        });
    }

    private void rebuild() {
        generation.incrementAndGet(); // the PDF loop yields to this save between two PDFs
        if (!built) {
            fullBuild();
            return;
        }
        Set<Path> batch;
        synchronized (pending) {
            batch = new HashSet<>(pending);
        }
        long start = System.nanoTime();
        try {
            SiteBuilder.Partial result = SiteBuilder.rebuild(project, new LiveOutput(site), scope(batch));
            synchronized (pending) {
                pending.removeAll(batch);
            }
            log.printf("rebuilt %d article pages in %d ms%s%n", result.pages().size(), millis(start),
                    result.prints().isEmpty() ? "" : "; PDFs follow");
            events.publish(new Events.Event("reload", "{\"pages\": " + json(result.pages()) + "}"));
            renderPdfs(result.prints());
        } catch (InputException e) {
            failed(e);
        } catch (RuntimeException e) {
            internal(e);
        }
    }

    /** Which pages a set of changed files affects. */
    SiteBuilder.Scope scope(Set<Path> changed) {
        boolean everything = false;
        boolean assets = false;
        Set<String> examples = new HashSet<>();
        Set<String> languages = new HashSet<>();
        for (Path path : changed) {
            String relative = project.relativize(path.toAbsolutePath().normalize()).toString().replace('\\', '/');
            Matcher example = EXAMPLE.matcher(relative);
            Matcher language = LANGUAGE_FILE.matcher(relative);
            if (relative.startsWith("templates/assets/")) {
                assets = true;
            } else if (example.matches() && Files.exists(path)) {
                examples.add(example.group(1));
            } else if (relative.startsWith("content/examples/") && !example.matches()) {
                continue; // an editor's or a tool's temporary file beside the examples
            } else if (language.matches() && !language.group(1).equals("examples")) {
                languages.add(language.group(1));
            } else {
                everything = true;
            }
        }
        return everything ? SiteBuilder.Scope.ALL : new SiteBuilder.Scope(false, examples, languages, assets);
    }

    /**
     * Queues PDFs and renders what is owed on one thread (the other cores stay free for rebuilds). A newer save
     * stops the loop between two PDFs; what is left stays owed and is rendered after that save's own PDFs.
     */
    private void renderPdfs(List<PrintJob> jobs) {
        synchronized (owed) {
            for (PrintJob job : jobs) {
                owed.remove(job.path());
                owed.put(job.path(), job);
            }
        }
        long mine = generation.get();
        run(pdfs, () -> {
            long start = System.nanoTime();
            LiveOutput output = new LiveOutput(site);
            PdfRenderer renderer = new PdfRenderer(output.root(), "Unrolled " + Version.current());
            int done = 0;
            while (generation.get() == mine) {
                PrintJob job;
                synchronized (owed) {
                    if (owed.isEmpty()) {
                        break;
                    }
                    job = owed.values().iterator().next();
                }
                output.write(job.path(), renderer.render(job.html().get(), output.resolve(job.path())));
                synchronized (owed) {
                    owed.remove(job.path(), job);
                }
                done++;
            }
            if (done > 0) {
                log.printf("PDFs ready: %d in %d ms%n", done, millis(start));
            }
        });
    }

    private void failed(InputException e) {
        List<String> problems = e.problems().stream().map(Problem::render).toList();
        problems.forEach(log::println);
        log.println("build failed; the last good pages stay served");
        events.publish(new Events.Event("problems", "{\"problems\": " + json(problems) + "}"));
    }

    private void internal(RuntimeException e) {
        String message = "internal error: " + e;
        log.println(message);
        events.publish(new Events.Event("problems", "{\"problems\": " + json(List.of(message)) + "}"));
    }

    /** A JSON array of strings, for event data. */
    static String json(List<String> texts) {
        try {
            return JSON.writeValueAsString(texts);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static ExecutorService single(String name) {
        return Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Runs a task on {@code executor}, reporting anything it throws instead of losing it in a Future. Once the
     * preview is closed, tasks are no longer taken, and a build stopped by the closing is not reported as failed.
     */
    private void run(ExecutorService executor, Runnable task) {
        try {
            executor.execute(() -> {
                try {
                    task.run();
                } catch (Throwable e) {
                    if (closed) {
                        return;
                    }
                    log.println("internal error: " + e);
                    if ("1".equals(System.getenv("UNROLLED_DEBUG"))) {
                        e.printStackTrace(log);
                    }
                }
            });
        } catch (RejectedExecutionException e) {
            if (!closed) {
                throw e;
            }
        }
    }

    /**
     * Stops watching, stops the build and the PDF loop, and waits for the one file being written, so that nothing
     * is written into the site once this returns (a PDF cannot be interrupted mid-page; that takes a second or
     * two). Then stops serving.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (watcher != null) {
            watcher.close();
        }
        generation.incrementAndGet(); // the PDF loop stops after the PDF it is writing
        builds.shutdownNow();
        pdfs.shutdownNow();
        awaitStopped(builds);
        awaitStopped(pdfs);
        if (server != null) {
            server.close();
        }
    }

    private void awaitStopped(ExecutorService executor) {
        try {
            if (!executor.awaitTermination(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
                log.println("still writing after " + STOP_WAIT_SECONDS + " s; stopping anyway");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
