package dev.unrolled.site;

import dev.unrolled.example.Example;
import dev.unrolled.example.Sentence;
import dev.unrolled.pdf.WebFonts;
import dev.unrolled.site.ProjectReader.Project;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The build, as a recipe: read the content, run every example over every sentence, render every page in every
 * language into a staging folder, copy the assets, and swap the result in for {@code site/}.
 */
public final class SiteBuilder {
    private SiteBuilder() {}

    /**
     * What a build produced and how long each stage took, for the summary line: {@code rendered} articles (of
     * {@code articles}) were made anew, the rest carried over unchanged; {@code upToDate} when nothing had changed.
     */
    public record Report(int languages, int articles, int rendered, int files, int pdfs, boolean upToDate,
                         Timings timings) {}

    public static Report build(Path projectDir, Path out) {
        return build(projectDir, out, Pdfs.NOW).report();
    }

    /**
     * Whether the site at {@code out} is already what a build would make: no input file has been saved, added,
     * removed or replaced since the last build, as the file attributes alone tell ({@link InputStamp}), and the site
     * has every file. "No" whenever that cannot tell, for a build to decide from the content.
     */
    public static boolean upToDate(Path projectDir, Path out, Pdfs pdfMode) {
        Path target = out.toAbsolutePath().normalize();
        if (!Files.isRegularFile(target.resolve(BuildCache.MANIFEST))) {
            return false; // never built: not worth reading the project for
        }
        try {
            Optional<String> stamp = InputStamp.take(projectDir, pdfMode);
            return stamp.isPresent() && InputStamp.matches(target, stamp.get()) && BuildCache.complete(target);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * Refuses, as bad input, an output folder a build must not replace: one this tool did not build, a file, the
     * root ({@link Staging#replaceable}). Builds check it themselves; this lets a command refuse before it starts.
     */
    public static void checkOutput(Path out) {
        Staging.replaceable(out.toAbsolutePath().normalize());
    }

    /** What a build does about the printed sheets. */
    public enum Pdfs {
        /** Renders them as part of the build. */
        NOW,
        /** Links them from the pages but leaves the rendering to the caller (the preview, in the background). */
        LATER,
        /** Neither renders nor links them: a quick build of the web pages only. */
        NONE
    }

    /** A finished build, with the PDFs it left to render when it was asked to leave them. */
    public record Built(Report report, List<PrintJob> prints) {}

    /**
     * Builds the site and swaps it in. Groups of pages whose inputs have not changed since the last build are
     * carried over from the current site instead of being rendered again ({@link BuildCache}); when nothing has
     * changed the site is left as it is.
     */
    public static Built build(Path projectDir, Path out, Pdfs pdfMode) {
        boolean pdfs = pdfMode == Pdfs.NOW;
        Timings timings = new Timings();
        Path target = out.toAbsolutePath().normalize();
        Optional<String> stamp = pdfMode == Pdfs.LATER ? Optional.empty() : InputStamp.take(projectDir, pdfMode);
        Project project = timings.time("load", () -> ProjectReader.read(projectDir));
        int total = project.examples().stream().mapToInt(e -> e.sentences().size()).sum();
        BuildCache cache = pdfMode == Pdfs.LATER ? BuildCache.none()
                : timings.time("cache", () -> BuildCache.of(project, target, pdfMode));
        if (cache.everythingUnchanged(target)) {
            InputStamp.keep(target, stamp); // the files were saved again, unchanged: next time the stamp will do
            return new Built(new Report(project.languages().size(), total, 0, cache.fileCount(), 0, true, timings),
                    List.of());
        }
        List<Job> jobs = jobs(project, (language, example, sentence) -> !cache.unchanged(
                BuildCache.article(language, example, sentence), target));
        try (Staging staging = Staging.beside(out);
             PrintStage.Running printing = pdfs ? new PrintStage(staging).start() : null) {
            Printed prints = new Printed(printing);
            timings.time("html+md", () -> {
                cache.carryOverUnchanged(target, staging);
                render(project, jobs, staging, !cache.unchanged(BuildCache.SHARED, target),
                        language -> !cache.unchanged(BuildCache.index(language), target), pdfMode != Pdfs.NONE,
                        prints, timings);
                return null;
            });
            if (printing != null) {
                timings.time("pdf", () -> {
                    printing.finish();
                    return null;
                });
            }
            cache.write(staging);
            int files = staging.files().size();
            staging.commit();
            InputStamp.keep(target, stamp);
            Report report = new Report(project.languages().size(), total, jobs.size(), files,
                    prints.count(), false, timings);
            return new Built(report, prints.kept());
        }
    }

    /** Which articles a partial build renders again, and whether it copies the assets. */
    public record Scope(boolean everything, Set<String> examples, Set<String> languages, boolean assets) {
        public static final Scope ALL = new Scope(true, Set.of(), Set.of(), true);

        public Scope {
            examples = Set.copyOf(examples);
            languages = Set.copyOf(languages);
        }

        boolean covers(Language language, Example example) {
            return everything || languages.contains(language.code()) || examples.contains(example.id());
        }

    }

    /** What a partial build wrote, and the PDFs still to render for it. */
    public record Partial(List<String> pages, List<PrintJob> prints) {
        public Partial {
            pages = List.copyOf(pages);
            prints = List.copyOf(prints);
        }
    }

    /**
     * Renders the web pages, exports and pictures of the articles in {@code scope} straight into {@code out} (every
     * index page too), leaving their PDFs to the caller: the preview server's fast path.
     */
    public static Partial rebuild(Path projectDir, Output out, Scope scope) {
        Project project = ProjectReader.read(projectDir);
        List<Job> jobs = jobs(project, (language, example, sentence) -> scope.covers(language, example));
        List<String> pages = new ArrayList<>();
        for (Job job : jobs) {
            for (Language language : job.languages()) {
                pages.add(language.code() + "/" + Article.path(job.example(), job.sentence()) + "index.html");
            }
        }
        boolean shared = scope.everything() || scope.assets() || !scope.languages().isEmpty();
        Printed prints = new Printed(null);
        render(project, jobs, out, shared, language -> true, true, prints, new Timings());
        return new Partial(pages, prints.kept());
    }

    /**
     * Where the print jobs go as their articles are written: straight to the PDF stage, counted but not kept (a
     * job holds its article's data until its PDF is made, and a build of many articles would otherwise hold them
     * all to the end), or kept for the caller to make later.
     */
    private static final class Printed implements Consumer<PrintJob> {
        private final PrintStage.Running stage;
        private final List<PrintJob> kept = Collections.synchronizedList(new ArrayList<>());
        private final AtomicInteger count = new AtomicInteger();

        Printed(PrintStage.Running stage) {
            this.stage = stage;
        }

        @Override
        public void accept(PrintJob job) {
            count.incrementAndGet();
            if (stage != null) {
                stage.submit(job);
            } else {
                kept.add(job);
            }
        }

        /** How many PDFs the stage was given. */
        int count() {
            return stage == null ? 0 : count.get();
        }

        /** The jobs kept for later, in path order. */
        List<PrintJob> kept() {
            synchronized (kept) {
                return kept.stream().sorted(Comparator.comparing(PrintJob::path)).toList();
            }
        }
    }

    /** An article to make: its example and sentence, and the languages that need it. */
    private record Job(Example example, Sentence sentence, List<Language> languages) {}

    private interface Needed {
        boolean test(Language language, Example example, Sentence sentence);
    }

    private static List<Job> jobs(Project project, Needed needed) {
        List<Job> jobs = new ArrayList<>();
        for (Example example : project.examples()) {
            for (Sentence sentence : example.sentences()) {
                List<Language> languages = project.languages().stream()
                        .filter(language -> needed.test(language, example, sentence)).toList();
                if (!languages.isEmpty()) {
                    jobs.add(new Job(example, sentence, languages));
                }
            }
        }
        return jobs;
    }

    /**
     * Renders the jobs' articles, each language's index where {@code indexes} says so, and the front page when
     * {@code shared} (after copying the assets), all side by side; hands the print jobs for the PDFs of the
     * rendered articles to {@code printed} as soon as each article is written (the build starts rendering them
     * then). Each article is run and rendered by one worker and dropped when done, so memory does not grow with
     * the number of sentences; the time spent running the LSTM is summed across workers into the "run" stage.
     */
    private static void render(Project project, List<Job> jobs, Output out, boolean shared,
                               java.util.function.Predicate<Language> indexes, boolean pdfs,
                               Consumer<PrintJob> printed, Timings timings) {
        Pages pages = new Pages(project, new Templates(project.dir()), new MarkdownRenderer(), out, pdfs, printed);
        List<Runnable> work = new ArrayList<>();
        if (shared) {
            // first and alone: a PDF can start as soon as its article is written, and it reads the print stylesheet
            copyAssets(project.dir().resolve("templates/assets"), out);
            work.add(pages::home);
        }
        for (Language language : project.languages()) {
            if (indexes.test(language)) {
                work.add(() -> pages.index(language));
            }
        }
        for (Job job : jobs) {
            work.add(() -> {
                long start = System.nanoTime();
                Article article = Article.run(job.example(), job.sentence());
                timings.add("run", (System.nanoTime() - start) / 1_000_000);
                for (Language language : job.languages()) {
                    pages.article(language, article);
                }
            });
        }
        Parallel.run(work, Runtime.getRuntime().availableProcessors(), "unrolled-pages");
    }

    /**
     * Copies the templates' assets into the site, and beside them the tool's Chinese face for the web pages
     * ({@link WebFonts}), unless the assets bring a file of the same name.
     */
    static void copyAssets(Path assets, Output staging) {
        if (!Files.isDirectory(assets)) {
            return;
        }
        Set<String> copied = new HashSet<>();
        try (Stream<Path> files = Files.walk(assets)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String relative = "assets/" + assets.relativize(file).toString().replace('\\', '/');
                staging.write(relative, Files.readAllBytes(file));
                copied.add(relative);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        WebFonts.files().forEach((name, bytes) -> {
            if (!copied.contains(WebFonts.FOLDER + name)) {
                staging.write(WebFonts.FOLDER + name, bytes);
            }
        });
    }
}
