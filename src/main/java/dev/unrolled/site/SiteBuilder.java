package dev.unrolled.site;

import dev.unrolled.example.Example;
import dev.unrolled.example.Sentence;
import dev.unrolled.site.ProjectReader.Project;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The build, as a recipe: read the content, run every example over every sentence, render every page in every
 * language into a staging folder, copy the assets, and swap the result in for {@code site/}.
 */
public final class SiteBuilder {
    private SiteBuilder() {}

    /** What a build produced and how long each stage took, for the summary line. */
    public record Report(int languages, int articles, int files, int pdfs, Timings timings) {}

    public static Report build(Path projectDir, Path out) {
        return build(projectDir, out, true).report();
    }

    /** A finished build, with the PDFs it left to render when it was asked to skip them. */
    public record Built(Report report, List<PrintJob> prints) {}

    /**
     * Builds the site and swaps it in; with {@code pdfs} false the PDFs are left to the caller (the preview renders
     * them in the background after the pages are up).
     */
    public static Built build(Path projectDir, Path out, boolean pdfs) {
        Timings timings = new Timings();
        Project project = timings.time("load", () -> ProjectReader.read(projectDir));
        List<Article> articles = timings.time("run", () -> run(project, example -> true));
        try (Staging staging = Staging.beside(out)) {
            List<PrintJob> prints = timings.time("html+md", () -> render(project, articles, staging,
                    (language, article) -> true, true));
            if (pdfs) {
                timings.time("pdf", () -> {
                    new PrintStage(staging).render(prints);
                    return null;
                });
            }
            int files = count(staging.root());
            staging.commit();
            Report report = new Report(project.languages().size(), articles.size(), files,
                    pdfs ? prints.size() : 0, timings);
            return new Built(report, pdfs ? List.of() : prints);
        }
    }

    /** Which articles a partial build renders again, and whether it copies the assets. */
    public record Scope(boolean everything, Set<String> examples, Set<String> languages, boolean assets) {
        public static final Scope ALL = new Scope(true, Set.of(), Set.of(), true);

        public Scope {
            examples = Set.copyOf(examples);
            languages = Set.copyOf(languages);
        }

        boolean covers(Language language, Article article) {
            return everything || languages.contains(language.code()) || examples.contains(article.example().id());
        }

        boolean needs(Example example) {
            return everything || !languages.isEmpty() || examples.contains(example.id());
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
        List<Article> articles = run(project, scope::needs);
        List<String> pages = new ArrayList<>();
        for (Language language : project.languages()) {
            for (Article article : articles) {
                if (scope.covers(language, article)) {
                    pages.add(language.code() + "/" + article.path() + "index.html");
                }
            }
        }
        List<PrintJob> prints = render(project, articles, out, scope::covers, scope.assets());
        return new Partial(pages, prints);
    }

    private static List<PrintJob> render(Project project, List<Article> articles, Output out,
                                         java.util.function.BiPredicate<Language, Article> covered, boolean assets) {
        Pages pages = new Pages(project, new Templates(project.dir()), new MarkdownRenderer(), out);
        pages.home();
        for (Language language : project.languages()) {
            pages.index(language);
            for (Article article : articles) {
                if (covered.test(language, article)) {
                    pages.article(language, article);
                }
            }
        }
        if (assets) {
            copyAssets(project.dir().resolve("templates/assets"), out);
        }
        return pages.prints();
    }

    private static List<Article> run(Project project, java.util.function.Predicate<Example> needed) {
        List<Article> articles = new ArrayList<>();
        for (Example example : project.examples()) {
            if (!needed.test(example)) {
                continue;
            }
            for (Sentence sentence : example.sentences()) {
                articles.add(Article.run(example, sentence));
            }
        }
        return articles;
    }

    static void copyAssets(Path assets, Output staging) {
        if (!Files.isDirectory(assets)) {
            return;
        }
        try (Stream<Path> files = Files.walk(assets)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String relative = assets.relativize(file).toString().replace('\\', '/');
                staging.write("assets/" + relative, Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int count(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return (int) files.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
