package dev.unrolled.bench;

import dev.unrolled.cli.LauncherScript;
import dev.unrolled.site.SiteBuilder;
import dev.unrolled.site.Timings;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The benchmark: stage timings and scaling in one warm process, then the numbers a user feels, each from a new
 * process (cold JVM): a full build of the project, a second build with nothing changed, 1,000 sentences of web
 * pages, and a one-sentence article with its PDFs.
 */
public final class Bench {
    /** What to run; no cold runs leaves the new-JVM table out. */
    public record Plan(List<Integer> htmlSizes, List<Integer> pdfSizes, List<Integer> hiddenSizes, int tokens,
                       int coldRuns) {
        public static final Plan FULL = new Plan(List.of(1, 10, 100, 1000), List.of(1, 10, 50), List.of(1, 8), 6, 3);
        public static final Plan QUICK = new Plan(List.of(1, 10, 100), List.of(1, 10), List.of(1, 8), 6, 1);
    }

    private final Path project;
    private final PrintStream out;
    private final Path work;

    private Bench(Path project, PrintStream out) throws IOException {
        this.project = project.toAbsolutePath().normalize();
        this.out = out;
        this.work = Files.createTempDirectory("unrolled-bench-");
    }

    public static void run(Path project, Plan plan, PrintStream out) {
        Timings.measureCpu();
        try {
            Bench bench = new Bench(project, out);
            out.printf("Machine: %d cores, Java %s, max heap %d MB%n%n", Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"), Runtime.getRuntime().maxMemory() / (1024 * 1024));
            try {
                // the new processes first, while this one is quiet: after the warm series its optimising compiler
                // and collector go on working for a while, and took the cores from the full build (4.0 s against
                // 3.3-3.4 s outside it)
                if (plan.coldRuns() > 0) {
                    bench.cold(plan);
                }
                bench.warm(plan);
            } finally {
                SyntheticProject.delete(bench.work);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void warm(Plan plan) {
        out.println("Warm process (after one warm-up build), synthetic content: N sentences of " + plan.tokens()
                + " words, hidden size H, English only.");
        out.println();
        out.println("| series | H | N | pages | load ms | run ms | html+md ms | html+md cpu ms | pdf ms | pdf cpu ms "
                + "| ms/page | pages/s | heap MB | live heap MB |");
        out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        measure("warm-up", 1, 10, plan.tokens(), SiteBuilder.Pdfs.NONE, false);
        for (int hidden : plan.hiddenSizes()) {
            for (int n : plan.htmlSizes()) {
                measure("html", hidden, n, plan.tokens(), SiteBuilder.Pdfs.NONE, true);
            }
        }
        for (int hidden : plan.hiddenSizes()) {
            for (int n : plan.pdfSizes()) {
                measure("pdf", hidden, n, plan.tokens(), SiteBuilder.Pdfs.NOW, true);
            }
        }
        out.println();
        out.println("ms/page: the stages that matter divided by their pages: html+md per article in the html series; "
                + "html+md and pdf together per PDF in the pdf series (3 PDFs per article), since PDFs are rendered "
                + "while the web pages are still being written (a page waits while four PDFs per core are pending, "
                + "so html+md holds most of the PDF time) and pdf is only the time after them. Flat ms/page as N "
                + "grows means no quadratic work. heap: the most heap in use, "
                + "garbage included (it grows with the heap the JVM is given); live heap: the most in use right after "
                + "a garbage collection, an upper bound of what the build needs (a young collection leaves older "
                + "garbage in place).");
        out.println();
    }

    private void measure(String series, int hidden, int n, int tokens, SiteBuilder.Pdfs pdfs, boolean print) {
        Path dir = SyntheticProject.write(work.resolve(series + "-" + hidden + "-" + n), project, n, tokens, hidden);
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        SiteBuilder.Built built;
        long live;
        try (LiveHeap watch = new LiveHeap()) {
            built = SiteBuilder.build(dir, dir.resolve("site"), pdfs);
            live = watch.peakMegabytes();
        }
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / (1024 * 1024);
        SyntheticProject.delete(dir);
        if (!print) {
            return;
        }
        Timings timings = built.report().timings();
        Timings.Stage html = timings.stages().get("html+md");
        Timings.Stage pdf = timings.stages().getOrDefault("pdf", new Timings.Stage(0, 0));
        int pages = pdfs == SiteBuilder.Pdfs.NOW ? built.report().pdfs() : n;
        long stage = html.wallMillis() + (pdfs == SiteBuilder.Pdfs.NOW ? pdf.wallMillis() : 0);
        out.printf(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %d | %d | %d | %d | %.1f | %.1f | %d | %d |%n", series,
                hidden, n, pages, timings.stages().get("load").wallMillis(), timings.stages().get("run").wallMillis(),
                html.wallMillis(), html.cpuMillis(), pdf.wallMillis(), pdf.cpuMillis(), (double) stage / pages,
                pages * 1000.0 / Math.max(1, stage), peak, live);
    }

    private void cold(Plan plan) throws IOException {
        out.println("New process each time (cold JVM, starting from the jar's class archive, made when it was "
                + "packaged, unless stated), wall time including start-up, median of " + plan.coldRuns() + ":");
        out.println();
        out.println("| what | median ms | runs ms |");
        out.println("|---|---:|---|");
        report("`java -version` alone: a gauge of this machine's speed at the time (about 100 ms when the targets "
                + "were set)", Math.max(5, plan.coldRuns()), Processes::javaVersionMillis);
        Path shipped = SyntheticProject.copyProject(project, work.resolve("shipped"));
        cli(shipped, "build"); // not counted: writes the class archive if packaging did not
        SyntheticProject.delete(shipped.resolve("site"));
        report("full build of " + project.getFileName() + "/ (HTML, Markdown, JSON, every PDF)", plan.coldRuns(),
                () -> {
                    SyntheticProject.delete(shipped.resolve("site"));
                    return cli(shipped, "build");
                });
        Path jar = Processes.ownJar();
        Path script = Processes.script(jar);
        if (script != null) {
            report("the same, started by the script beside the jar (`target/unrolled build`: the tuned JVM without "
                    + "a JVM to launch it)", plan.coldRuns(), () -> {
                        SyntheticProject.delete(shipped.resolve("site"));
                        List<String> command = List.of(script.toString(), "build", "--project", shipped.toString());
                        return Processes.run(command, Map.of()).wallMillis();
                    });
        } else if (jar != null) {
            out.println("| the same, started by the script beside the jar: not measured, there is none ("
                    + LauncherScript.path(jar) + ": the jar was started with JVM options, or its folder is read-only) "
                    + "| | |");
        }
        if (jar != null) {
            AtomicInteger copy = new AtomicInteger();
            report("the same, the jar's first build where it has no class archive (it writes one), as after "
                    + "-Dunrolled.skipClassArchive=true", plan.coldRuns(), () -> {
                        SyntheticProject.delete(shipped.resolve("site"));
                        Path fresh = work.resolve("jar-" + copy.incrementAndGet());
                        Path copied = Files.copy(jar, Files.createDirectories(fresh).resolve("unrolled.jar"));
                        long millis = cli(Map.of(), List.of(), copied, shipped, "build");
                        SyntheticProject.delete(fresh);
                        return millis;
                    });
        }
        report("the same, one plain JVM (UNROLLED_NO_RELAUNCH=1: no tuned child JVM)", plan.coldRuns(), () -> {
            SyntheticProject.delete(shipped.resolve("site"));
            return cli(Map.of("UNROLLED_NO_RELAUNCH", "1"), List.of(), shipped, "build");
        });
        report("second build, nothing changed", plan.coldRuns(), () -> cli(shipped, "build"));
        Path thousand = SyntheticProject.write(work.resolve("thousand"), project, 1000, plan.tokens(), 1);
        // each run into a folder of its own, all deleted after the last: on a file system without a journal, a
        // build that follows the deletion of 11,000 files steps over every inode just freed (see README)
        AtomicInteger run = new AtomicInteger();
        report("1,000 sentences, HTML and Markdown only (--no-pdf), in a 512 MB heap (-Xmx512m)", plan.coldRuns(),
                () -> cli(Map.of(), List.of("-Xmx512m"), thousand, "build", "--no-pdf", "--out",
                        thousand.resolve("site-" + run.incrementAndGet()).toString()));
        for (int i = 1; i <= run.get(); i++) {
            SyntheticProject.delete(thousand.resolve("site-" + i));
        }
        Path one = SyntheticProject.write(work.resolve("one"), project, 1, 3, 1);
        report("one 3-word article with its 3 PDFs", plan.coldRuns(), () -> {
            SyntheticProject.delete(one.resolve("site"));
            return cli(one, "build");
        });
        out.println();
    }

    private interface Run {
        long millis() throws IOException;
    }

    private void report(String what, int runs, Run run) throws IOException {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            times.add(run.millis());
        }
        out.printf("| %s | %d | %s |%n", what, Series.median(times), times);
    }

    /** Runs the tool in a new JVM, as a user would, and returns its wall time. */
    private long cli(Path dir, String... args) throws IOException {
        return cli(Map.of(), List.of(), dir, args);
    }

    private long cli(Map<String, String> environment, List<String> jvmOptions, Path dir, String... args)
            throws IOException {
        return cli(environment, jvmOptions, Processes.ownJar(), dir, args);
    }

    /** With {@code jar}, or this JVM's class path if it is null. */
    private long cli(Map<String, String> environment, List<String> jvmOptions, Path jar, Path dir, String... args)
            throws IOException {
        List<String> command = new ArrayList<>(Processes.tool(jvmOptions, jar, args));
        command.addAll(List.of("--project", dir.toString()));
        return Processes.run(command, environment).wallMillis();
    }
}
