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
        Timings timings = new Timings();
        Project project = timings.time("load", () -> ProjectReader.read(projectDir));
        List<Article> articles = timings.time("run", () -> run(project));
        try (Staging staging = Staging.beside(out)) {
            Pages pages = timings.time("html+md", () -> {
                Pages made = new Pages(project, new Templates(projectDir), new MarkdownRenderer(), staging);
                made.home();
                for (Language language : project.languages()) {
                    made.index(language, articles);
                    for (Article article : articles) {
                        made.article(language, article);
                    }
                }
                copyAssets(projectDir.resolve("templates/assets"), staging);
                return made;
            });
            timings.time("pdf", () -> {
                new PrintStage(staging).render(pages.prints());
                return null;
            });
            int files = count(staging.dir());
            staging.commit();
            return new Report(project.languages().size(), articles.size(), files, pages.prints().size(), timings);
        }
    }

    private static List<Article> run(Project project) {
        List<Article> articles = new ArrayList<>();
        for (Example example : project.examples()) {
            for (Sentence sentence : example.sentences()) {
                articles.add(Article.run(example, sentence));
            }
        }
        return articles;
    }

    private static void copyAssets(Path assets, Staging staging) {
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
