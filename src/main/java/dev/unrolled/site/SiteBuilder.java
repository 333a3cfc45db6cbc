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

    /** What a build produced, for the summary line. */
    public record Report(int languages, int articles, int files) {}

    public static Report build(Path projectDir, Path out) {
        Project project = ProjectReader.read(projectDir);
        List<Article> articles = run(project);
        Templates templates = new Templates(projectDir);
        MarkdownRenderer markdown = new MarkdownRenderer();
        try (Staging staging = Staging.beside(out)) {
            Pages pages = new Pages(project, templates, markdown, staging);
            pages.home();
            for (Language language : project.languages()) {
                pages.index(language, articles);
                for (Article article : articles) {
                    pages.article(language, article);
                }
            }
            copyAssets(projectDir.resolve("templates/assets"), staging);
            int files = count(staging.dir());
            staging.commit();
            return new Report(project.languages().size(), articles.size(), files);
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
